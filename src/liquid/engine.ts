// createLiquidEngine: liquidjs configured to render like Jekyll 4.3 (Liquid 5.4): Jekyll's tags and
// filters, Ruby value printing, includes from `_includes` with parameters, every template parsed
// once (pages by file, includes by path) and every file read during a render reported in `deps`.
// Pieces: liquidjs parses (patched for Ruby literals and command methods — ruby/literals.ts — and
// for Jekyll's lax error_mode — lax.ts); blank.ts applies Liquid 5's blank-block whitespace rule to
// each parse tree; compile.ts turns trees into closures that render synchronously (liquidjs's own
// generator renderer stays available as renderReference); tags/ and filters/ hold Jekyll's tags
// and filters with Ruby semantics (ruby/). The liquidjs patches are process-wide: kiln is the
// only liquidjs user in its process.

import fs from 'node:fs';
import path from 'node:path';
import { Context, Liquid, toValueSync, type Template } from 'liquidjs';
import { KilnError } from '../util/errors.js';
import { toKilnError } from './errors.js';
import type { JekyllLiquidOptions, LiquidRenderOptions } from './options.js';
import { STATE_REGISTER, type EngineServices, type LoadedTemplate, type RenderState } from './state.js';
import { registerTags } from './tags/index.js';
import { registerFilters } from './filters/index.js';
import { rubyOutput } from './ruby/value.js';
import { rubyOperators } from './operators.js';
import { patchLiquidLiterals } from './ruby/literals.js';
import { patchRawTrim } from './raw-trim.js';
import { relativeUrl } from './filters/url.js';
import { Compiler } from './compile.js';
import { enableLaxParsing, parseWithoutWarnings } from './lax.js';
import { removeBlankStrings } from './blank.js';

export type { JekyllLiquidOptions, LiquidRenderOptions, JekyllLiquidHooks } from './options.js';

/** The Liquid variables of one render (Jekyll's payload), as plain objects. */
export interface LiquidScope {
  site?: Record<string, unknown>;
  page?: Record<string, unknown>;
  layout?: Record<string, unknown>;
  content?: string;
  paginator?: Record<string, unknown> | null;
  jekyll?: Record<string, unknown>;
  [name: string]: unknown;
}

/** A parsed template: parse once with `parse()`, render many times. */
export interface ParsedTemplate {
  readonly file: string;
  readonly source: string;
  readonly lineOffset: number;
  /** liquidjs's parse tree. */
  readonly templates: Template[];
}

export interface JekyllLiquid {
  /**
   * Parses `source` (the template text of `file`, path relative to the site source). Cached by
   * `file`: the same file with the same text is parsed once. Throws KilnError on syntax errors.
   * `lineOffset`: line of `file` where `source` starts (after front matter). Default 1.
   */
  parse(source: string, file: string, lineOffset?: number): ParsedTemplate;
  /** Renders a parsed template. Synchronous; throws KilnError (file:line:col, frame, include chain). */
  render(template: ParsedTemplate, scope: LiquidScope, options: LiquidRenderOptions): string;
  /**
   * The same render through liquidjs's own (generator) renderer instead of the compiled closures:
   * slower, kept as a reference to cross-check the compiled path (tests, benchmarks).
   */
  renderReference(template: ParsedTemplate, scope: LiquidScope, options: LiquidRenderOptions): string;
  /** `parse` then `render`. */
  renderString(source: string, scope: LiquidScope, options: LiquidRenderOptions): string;
  /**
   * Forgets cached parses and include lookups: those of `absPaths` (and every include lookup and
   * the where/sort property cache), or everything when omitted. Call before a rebuild (kiln serve).
   */
  invalidate(absPaths?: string[]): void;
  /** The underlying liquidjs instance (tags and filters registered). */
  readonly liquid: Liquid;
}

export function createLiquidEngine(options: JekyllLiquidOptions): JekyllLiquid {
  const source = path.resolve(options.source);
  const config = options.config ?? {};
  const liquidConfig = (config.liquid ?? {}) as Record<string, unknown>;
  const includesDirs = options.includesDirs ?? [path.join(source, String(config.includes_dir ?? '_includes'))];
  const readFile = options.readFile ?? ((p: string) => fs.readFileSync(p, 'utf8'));

  patchLiquidLiterals();
  patchRawTrim();
  const liquid = new Liquid({
    cache: false,
    dynamicPartials: true,
    jekyllInclude: false,
    strictFilters: liquidConfig.strict_filters === true,
    strictVariables: liquidConfig.strict_variables === true,
    // Ruby Liquid strips all whitespace (newlines too) next to `{%-` / `-%}`.
    greedy: true,
    ownPropertyOnly: true,
    outputEscape: rubyOutput,
    operators: rubyOperators,
  });

  const parseCache = new Map<string, ParsedTemplate>();
  const includeParses = new Map<string, LoadedTemplate>();
  const includeLookups = new Map<string, string | null>();

  const relFile = (abs: string) => {
    const rel = path.relative(source, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
  };

  const resolveInclude = (name: string, dirs: string[]): string | null => {
    const key = dirs.join('\0') + '\0' + name;
    const hit = includeLookups.get(key);
    if (hit !== undefined) return hit;
    let found: string | null = null;
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        if (!fs.statSync(candidate).isFile()) continue;
        if (options.safe && !fs.realpathSync(candidate).startsWith(fs.realpathSync(dir))) continue;
        found = candidate;
        break;
      } catch {
        continue;
      }
    }
    includeLookups.set(key, found);
    return found;
  };

  const services: EngineServices = {
    options,
    config,
    source,
    includesDirs,
    loadInclude(name, dirs, tagName) {
      const abs = resolveInclude(name, dirs);
      if (!abs) {
        const where = dirs.map((d) => JSON.stringify(relFile(d))).join(', ');
        throw new Error(
          tagName === 'include_relative'
            ? `Could not locate the included file '${name}' in ${where}. Ensure it exists there.`
            : `Could not locate the included file '${name}' in any of [${where}]. Ensure it exists in one of those directories${options.safe ? ' and is not a symlink as those are not allowed in safe mode' : ''}.`,
        );
      }
      let loaded = includeParses.get(abs);
      if (!loaded) {
        const text = readFile(abs);
        const origin = { file: relFile(abs), source: text, lineOffset: 1 };
        try {
          loaded = { ...origin, absPath: abs, templates: parseWithoutWarnings(() => liquid.parse(text, origin.file)) };
          removeBlankStrings(loaded.templates);
        } catch (err) {
          throw toKilnError(err, origin);
        }
        includeParses.set(abs, loaded);
      }
      return loaded;
    },
    relativeUrl: (input) => relativeUrl(input, config),
    compiler: undefined as unknown as Compiler,
    propertyCache: new WeakMap(),
    warn: (message) => options.logger?.warn(message),
  };

  registerTags(liquid);
  registerFilters(liquid);
  services.compiler = new Compiler(liquid);
  // Jekyll's default error_mode is `warn`: lax re-parse with a warning; `strict` keeps the error.
  if (liquidConfig.error_mode !== 'strict') enableLaxParsing(liquid, services.warn);

  function parse(text: string, file: string, lineOffset = 1): ParsedTemplate {
    const hit = parseCache.get(file);
    if (hit && hit.source === text && hit.lineOffset === lineOffset) return hit;
    let templates: Template[];
    try {
      templates = liquid.parse(text, file);
      removeBlankStrings(templates);
    } catch (err) {
      throw toKilnError(err, { file, source: text, lineOffset });
    }
    const parsed: ParsedTemplate = { file, source: text, lineOffset, templates };
    parseCache.set(file, parsed);
    return parsed;
  }

  function renderWith(template: ParsedTemplate, scope: LiquidScope, renderOptions: LiquidRenderOptions, reference: boolean): string {
    const page = scope.page as Record<string, unknown> | undefined;
    const state: RenderState = {
      services,
      file: template.file,
      lineOffset: template.lineOffset,
      pagePath: renderOptions.pagePath ?? (typeof page?.path === 'string' ? page.path : renderOptions.file),
      deps: renderOptions.deps,
      depth: 0,
      stack: [],
    };
    const ctx = new Context(scope, liquid.options, { sync: true }, { liquid });
    ctx.setRegister(STATE_REGISTER, state);
    try {
      if (reference) return toValueSync(liquid.renderer.renderTemplates(template.templates, ctx)) as string;
      return services.compiler.renderToString(template.templates, ctx);
    } catch (err) {
      if (err instanceof KilnError) throw err;
      throw toKilnError(err, template);
    }
  }

  const render = (template: ParsedTemplate, scope: LiquidScope, renderOptions: LiquidRenderOptions) => renderWith(template, scope, renderOptions, false);

  return {
    liquid,
    parse,
    render,
    renderReference: (template, scope, renderOptions) => renderWith(template, scope, renderOptions, true),
    renderString(text, scope, renderOptions) {
      return render(parse(text, renderOptions.file, renderOptions.lineOffset), scope, renderOptions);
    },
    invalidate(absPaths) {
      includeLookups.clear();
      services.propertyCache = new WeakMap();
      if (!absPaths) {
        parseCache.clear();
        includeParses.clear();
        return;
      }
      for (const p of absPaths) {
        includeParses.delete(path.resolve(p));
        parseCache.delete(relFile(path.resolve(p)));
      }
    },
  };
}
