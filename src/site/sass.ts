// Sass/SCSS pages as jekyll-sass-converter 2 does them: load paths `_sass` (or `sass.sass_dir`)
// plus `sass.load_paths`, style from `sass.style`, and a source map page `<name>.css.map` beside the
// CSS unless `sass.sourcemap: never`. The compiler is libsass, as in Jekyll (`sass.implementation:
// sassc`, the default), or dart-sass with `sass.implementation: sass-embedded`.
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as SassModule from 'sass';
import { toCompact, toLibsassExpanded } from './css-compact.js';
import { KilnError } from '../util/errors.js';
import { compileWithLibsass, newLibsassGeneration, prefetchLibsass, type LibsassRequest } from './sass/libsass.js';
import type { Renderable } from './model.js';
import { siteTheme } from './theme.js';
import { spliceMediaRules } from './sass/media-flag.js';
import { foldRepeatedSources } from './sass/source-map.js';

export interface SassResult {
  css: string;
  /** Extra output (the source map), relative to the destination. */
  map?: { path: string; content: string };
  /** Absolute paths of the partials imported: an edit to any of them changes the CSS. */
  imported: string[];
}

// Loaded on first use: most sites have no Sass, and the compiler takes a while to load.
let sassModule: typeof SassModule | undefined;
function sassCompiler(): typeof SassModule {
  sassModule ??= createRequire(import.meta.url)('sass') as typeof SassModule;
  return sassModule;
}

/**
 * The `scssify` / `sassify` filters: Jekyll's Sass converter with no page associated (no source map,
 * imports from the load paths only).
 */
export function convertSassString(text: string, syntax: 'scss' | 'sass', source: string, config: Record<string, unknown>): string {
  return compileSass(text, undefined, source, config, syntax).css;
}

export function compileSass(text: string, item: Renderable | undefined, source: string, config: Record<string, unknown>, syntax?: 'scss' | 'sass'): SassResult {
  const conf = (config.sass && typeof config.sass === 'object' ? config.sass : {}) as Record<string, unknown>;
  const settings = sassSettings(item, source, config, syntax);
  if (conf.implementation === 'sass-embedded') {
    const wanted = String(conf.style ?? '').replace(/^:/, '');
    return compileWithDartSass(text, item, source, { ...settings, style: STYLES.includes(wanted) ? wanted : 'expanded' });
  }
  const name = item ? item.relativePath.slice(item.relativePath.lastIndexOf('/') + 1) : 'stdin';
  const basename = name.replace(/\.[^.]+$/, '');
  const { wantMap } = settings;
  const result = compileWithLibsass(libsassRequest(text, name, source, settings));
  // libsass 3.6.2's leaked @media flag undone as 3.6.5 has it (sass/media-flag.ts).
  if (result.ok && result.renamedMedia) Object.assign(result, spliceMediaRules(result, result.renamedMedia));
  if (!result.ok) {
    // From the scssify filter: a plain error, which the Liquid engine reports at the filter's page and line.
    if (!item) throw new Error(`Sass error: ${result.message.split('\n')[0]}`);
    const own = !result.file || result.file === path.join(source, name) || result.file === 'stdin';
    throw new KilnError(`Sass error: ${result.message.split('\n')[0]}`, {
      file: own ? item?.relativePath : path.relative(source, result.file!),
      line: result.line !== undefined ? result.line + (own && item ? item.contentLine : 0) : undefined,
      column: result.column,
    });
  }
  // sassc's output starts with a byte order mark when it holds non-ASCII text; the converter swaps it
  // for a charset rule with `sass.add_charset`, drops it otherwise.
  const css = result.css.replace(/^\uFEFF/, conf.add_charset ? '@charset "UTF-8";' : '');
  const imported = result.imported;
  if (!item || !wantMap || !result.map) return { css, imported };
  const dir = item.outputPath.includes('/') ? item.outputPath.slice(0, item.outputPath.lastIndexOf('/') + 1) : '';
  return { css, imported, map: { path: dir + basename + '.css.map', content: JSON.stringify(foldRepeatedSources(JSON.parse(result.map)), null, '\t') } };
}

const STYLES = ['nested', 'expanded', 'compact', 'compressed'];

/** jekyll-sass-converter's settings for one page (or the scssify filter: no item, no map). */
function sassSettings(item: Renderable | undefined, source: string, config: Record<string, unknown>, syntax?: 'scss' | 'sass'): LibsassSettings {
  const conf = (config.sass && typeof config.sass === 'object' ? config.sass : {}) as Record<string, unknown>;
  const sassDir = conf.sass_dir ? String(conf.sass_dir) : '_sass';
  const candidates = [...(Array.isArray(conf.load_paths) ? conf.load_paths.map(String) : conf.load_paths ? [String(conf.load_paths)] : []), sassDir]
    .map((p) => path.resolve(source, p))
    .filter((p) => p.startsWith(source) || !config.safe);
  // sass_load_paths: the theme's `_sass` after the site's paths.
  const themeSass = siteTheme(config).theme?.sassPath;
  if (themeSass && !candidates.includes(themeSass)) candidates.push(themeSass);
  const loadPaths = candidates.filter((p) => {
    try { return fs.statSync(p).isDirectory(); } catch { return false; }
  });
  const sourcemap = String(conf.sourcemap ?? 'always').replace(/^:/, '');
  const wantMap = item !== undefined && (sourcemap === 'always' || (sourcemap === 'development' && (process.env.JEKYLL_ENV || 'development') === 'development'));
  const indented = item ? item.ext === '.sass' : syntax === 'sass';
  const wanted = String(conf.style ?? '').replace(/^:/, '');
  // sassc's default style is compact.
  const style = (STYLES.includes(wanted) ? wanted : 'compact') as LibsassSettings['style'];
  return { loadPaths, indented, wantMap, style, lineComments: conf.line_comments === true };
}

interface LibsassSettings {
  loadPaths: string[];
  indented: boolean;
  wantMap: boolean;
  style: 'nested' | 'expanded' | 'compact' | 'compressed';
  lineComments: boolean;
}

/**
 * Jekyll compiles with the site source as working directory: the page by its bare name, its map
 * beside it, so the map's sources are the page's name and paths relative to the source.
 */
function libsassRequest(text: string, name: string, source: string, settings: LibsassSettings): LibsassRequest {
  const basename = name.replace(/\.[^.]+$/, '');
  return {
    text,
    indented: settings.indented,
    style: settings.style,
    loadPaths: settings.loadPaths,
    inputPath: path.join(source, name),
    outputPath: path.join(source, basename + '.css'),
    mapPath: path.join(source, basename + '.css.map'),
    sourceMap: settings.wantMap,
    lineComments: settings.lineComments,
  };
}

/**
 * Starts compiling, in libsass's worker thread, the Sass pages whose text Liquid will not change
 * (no `{{`/`{%`), while the main thread renders the rest of the site; their render then takes the
 * result. Call once per full build, before rendering.
 */
export function prefetchSassPages(items: Renderable[], source: string, config: Record<string, unknown>): void {
  newLibsassGeneration();
  const conf = (config.sass && typeof config.sass === 'object' ? config.sass : {}) as Record<string, unknown>;
  if (conf.implementation === 'sass-embedded') return;
  for (const item of items) {
    if (item.ext !== '.scss' && item.ext !== '.sass') continue;
    const text = item.content;
    if (item.data.render_with_liquid !== false && (text.includes('{{') || text.includes('{%'))) continue;
    const settings = sassSettings(item, source, config);
    const name = item.relativePath.slice(item.relativePath.lastIndexOf('/') + 1);
    prefetchLibsass(libsassRequest(text, name, source, settings));
  }
}

interface DartSassSettings {
  loadPaths: string[];
  indented: boolean;
  wantMap: boolean;
  style: string;
}

/** `sass.implementation: sass-embedded`: dart-sass, expanded by default. */
function compileWithDartSass(text: string, item: Renderable | undefined, source: string, settings: DartSassSettings): SassResult {
  const { loadPaths, indented, wantMap } = settings;
  const style = settings.style === 'compressed' ? 'compressed' : 'expanded';
  const compact = settings.style === 'compact' || settings.style === 'nested';
  const sass = sassCompiler();
  let result: SassModule.CompileResult;
  try {
    result = sass.compileString(text, {
      syntax: indented ? 'indented' : 'scss',
      loadPaths,
      style,
      sourceMap: wantMap,
      sourceMapIncludeSources: true,
      url: item ? new URL('file://' + item.absPath) : undefined,
      silenceDeprecations: ['import', 'global-builtin', 'legacy-js-api'] as never,
      logger: sass.Logger.silent,
    });
  } catch (e) {
    const err = e as SassModule.Exception;
    const span = err.span;
    throw new KilnError(`Sass error: ${err.sassMessage ?? String(err.message)}`, {
      file: item?.relativePath,
      line: span ? span.start.line + 1 + (item && span.url?.pathname === item.absPath ? item.contentLine : 0) : undefined,
      column: span ? span.start.column + 1 : undefined,
      cause: e,
    });
  }
  const css = style === 'compressed' ? result.css : (compact ? toCompact(result.css) : toLibsassExpanded(result.css)).replace(/\n$/, '');
  const imported = result.loadedUrls.filter((u) => u.protocol === 'file:' && u.pathname !== item?.absPath).map((u) => u.pathname);
  if (!item || !wantMap || !result.sourceMap) return { css: css + '\n', imported };
  const basename = item.relativePath.slice(item.relativePath.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const own = 'file://' + item.absPath;
  const sources = (result.sourceMap.sources ?? []).map((s) =>
    s === own ? item.relativePath.slice(item.relativePath.lastIndexOf('/') + 1) : s.startsWith('file://') ? path.relative(source, new URL(s).pathname) : s,
  );
  const map = {
    version: 3,
    file: basename + '.css',
    sources,
    sourcesContent: result.sourceMap.sourcesContent ?? [],
    names: [],
    mappings: result.sourceMap.mappings,
  };
  const dir = item.outputPath.includes('/') ? item.outputPath.slice(0, item.outputPath.lastIndexOf('/') + 1) : '';
  return {
    css: `${css}\n\n/*# sourceMappingURL=${basename}.css.map */`,
    imported,
    map: { path: dir + basename + '.css.map', content: JSON.stringify(map, null, '\t') },
  };
}
