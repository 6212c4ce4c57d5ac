// `{% include file.html key="value" other=variable %}` with Jekyll's semantics: parameters under
// `include.*` (a nested include without parameters keeps the outer `include`), file names checked
// as Jekyll does (`..`, `./`, `//` rejected), `{{ var }}` in the name, missing file → error,
// recursion → "Nesting too deep" error, and errors carrying the include chain.

import { Tag, Tokenizer, evalToken, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken, type Template } from 'liquidjs';
import type { Parser } from 'liquidjs';
import { KilnError } from '../../util/errors.js';
import { throughInclude } from '../errors.js';
import { getState, type LoadedTemplate, type RenderState } from '../state.js';
import type { Compiler, RenderFn } from '../compile.js';

// Jekyll's own patterns (Jekyll::Tags::IncludeTag).
const VALID_SYNTAX = /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g;
const VARIABLE_SYNTAX = /^(?<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)(?<params>.*)$/s;
const FULL_VALID_SYNTAX = new RegExp(String.raw`^\s*(?:${VALID_SYNTAX.source}(?=\s|$)\s*)*$`);
const VALID_FILENAME_CHARS = /^[\w/.\-()+~#@]+$/;
const INVALID_SEQUENCES = /[./]{2,}/;

type ParamValue = { kind: 'string'; value: string } | { kind: 'expr'; token: ReturnType<Tokenizer['readValue']> };

/** Shared by `include` and `include_relative`: they differ only in the folders searched. */
export abstract class JekyllIncludeBase extends Tag {
  protected fileMarkup: string;
  protected fileTemplates: Template[] | undefined;
  protected params: [string, ParamValue][] | undefined;
  private lineNo?: number;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    const markup = token.args.trim();
    const m = VARIABLE_SYNTAX.exec(markup);
    let file: string;
    let params: string | undefined;
    if (m?.groups) {
      file = m.groups.variable.trim();
      params = m.groups.params.trim();
    } else {
      const split = /^(\S*)(?:\s+([\s\S]*))?$/.exec(markup)!;
      file = split[1];
      params = split[2];
    }
    this.fileMarkup = file;
    if (/\{\{/.test(file)) this.fileTemplates = parser.parse(file, token.file);
    if (params !== undefined) {
      if (!FULL_VALID_SYNTAX.test(params)) {
        throw new Error(`Invalid syntax for include tag:\n\n${params}\n\nValid syntax:\n\n{% ${token.name} file.ext param='value' param2='value' %}`);
      }
      this.params = [];
      for (const p of params.matchAll(VALID_SYNTAX)) {
        const [, key, dq, sq, variable] = p;
        if (dq !== undefined) this.params.push([key, { kind: 'string', value: dq.replace(/\\"/g, '"') }]);
        else if (sq !== undefined) this.params.push([key, { kind: 'string', value: sq.replace(/\\'/g, "'") }]);
        else this.params.push([key, { kind: 'expr', token: new Tokenizer(variable, liquid.options.operators).readValue() }]);
      }
    }
  }

  /** The closure form of render() (same steps, no generators). */
  compile(compiler: Compiler): RenderFn {
    const call = this.compileCall(compiler);
    return (ctx, out) => {
      const state = getState(ctx);
      const loaded = this.prepare(state, call.fileName(ctx));
      this.renderLoaded(compiler, ctx, out, loaded, call.params?.map(([key, fn]) => [key, fn(ctx)] as const));
    };
  }

  /** The file name and parameters compiled once: each call evaluates them in its context. */
  protected compileCall(compiler: Compiler): { fileName: (ctx: Context) => string; params?: (readonly [string, (ctx: Context) => unknown])[] } {
    const fileFn = this.fileTemplates ? compiler.templates(this.fileTemplates) : undefined;
    const params = this.params?.map(([key, v]) => [key, v.kind === 'string' ? () => v.value : compiler.token(v.token as never)] as const);
    const fileName = (ctx: Context): string => {
      if (!fileFn) return this.fileMarkup;
      const parts = { s: '' };
      fileFn(ctx, parts);
      return parts.s;
    };
    return { fileName, params };
  }

  /** Renders a prepared include with its evaluated parameters (none: no `include` scope pushed). */
  protected renderLoaded(compiler: Compiler, ctx: Context, out: { s: string }, loaded: LoadedTemplate, values?: (readonly [string, unknown])[]): void {
    const state = getState(ctx);
    const scope: Record<string, unknown> = {};
    if (values) scope.include = Object.fromEntries(values);
    const outer = enterInclude(state, loaded);
    // Without parameters the new scope would stay empty (assign writes the outermost scope,
    // loops push their own), so it is not pushed: lookups stay one scope shorter.
    const pushed = values !== undefined;
    if (pushed) ctx.push(scope);
    try {
      compiler.templates(loaded.templates)(ctx, out);
    } catch (err) {
      throw throughInclude(err, loaded, outer.file, this.line + outer.lineOffset - 1);
    } finally {
      if (pushed) ctx.pop();
      leaveInclude(state, outer);
    }
  }

  /** The tag's line, for errors only: liquidjs counts it by scanning the file from its start. */
  protected get line(): number {
    return (this.lineNo ??= this.token.getPosition()[0]);
  }

  /** Checks the name and depth, finds and parses the file, records the dependency. */
  protected prepare(state: RenderState, file: string): LoadedTemplate {
    if (INVALID_SEQUENCES.test(file) || !VALID_FILENAME_CHARS.test(file)) {
      throw new Error(
        `Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  ${file}\n\nValid syntax:\n\n  {% ${this.name} file.ext param='value' param2='value' %}`,
      );
    }
    const max = state.services.options.maxIncludeDepth ?? 100;
    if (state.depth >= max) {
      throw new KilnError(`Nesting too deep: includes nested more than ${max} levels (${[...state.stack.slice(-3), file].join(' → ')} …)`, {
        file: state.file,
        line: this.line + state.lineOffset - 1,
      });
    }
    const loaded = state.services.loadInclude(file, this.dirs(state), this.name);
    state.deps?.add(loaded.absPath);
    return loaded;
  }

  /** Folders to search for the file. */
  protected abstract dirs(state: RenderState): string[];

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const state = getState(ctx);
    const file = this.fileTemplates
      ? String(yield this.liquid.renderer.renderTemplates(this.fileTemplates, ctx))
      : this.fileMarkup;
    const loaded = this.prepare(state, file);

    const scope: Record<string, unknown> = {};
    if (this.params) {
      const include: Record<string, unknown> = {};
      for (const [key, v] of this.params) include[key] = v.kind === 'string' ? v.value : yield evalToken(v.token, ctx);
      scope.include = include;
    }
    const outer = enterInclude(state, loaded);
    ctx.push(scope);
    try {
      yield this.liquid.renderer.renderTemplates(loaded.templates, ctx, emitter);
    } catch (err) {
      throw throughInclude(err, loaded, outer.file, this.line + outer.lineOffset - 1);
    } finally {
      ctx.pop();
      leaveInclude(state, outer);
    }
  }
}

export class IncludeTag extends JekyllIncludeBase {
  protected dirs(state: RenderState): string[] {
    return state.services.includesDirs;
  }
}

/** Makes the included file the current one (errors, nesting depth, include chain); returns the outer. */
function enterInclude(state: RenderState, loaded: LoadedTemplate): { file: string; lineOffset: number } {
  const outer = { file: state.file, lineOffset: state.lineOffset };
  state.file = loaded.file;
  state.lineOffset = 1;
  state.depth++;
  state.stack.push(loaded.file);
  return outer;
}

function leaveInclude(state: RenderState, outer: { file: string; lineOffset: number }): void {
  state.stack.pop();
  state.depth--;
  state.file = outer.file;
  state.lineOffset = outer.lineOffset;
}
