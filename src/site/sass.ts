// Sass/SCSS pages as jekyll-sass-converter 2 does them, with the `sass` package: load paths
// `_sass` (or `sass.sass_dir`) plus `sass.load_paths`, style from `sass.style`, and a source map
// page `<name>.css.map` beside the CSS unless `sass.sourcemap: never`.
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as SassModule from 'sass';
import { toCompact, toLibsassExpanded } from './css-compact.js';
import { KilnError } from '../util/errors.js';
import type { Renderable } from './model.js';

export interface SassResult {
  css: string;
  /** Extra output (the source map), relative to the destination. */
  map?: { path: string; content: string };
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
  const sassDir = conf.sass_dir ? String(conf.sass_dir) : '_sass';
  const loadPaths = [...(Array.isArray(conf.load_paths) ? conf.load_paths.map(String) : conf.load_paths ? [String(conf.load_paths)] : []), sassDir]
    .map((p) => path.resolve(source, p))
    .filter((p) => p.startsWith(source) || !config.safe)
    .filter((p) => {
      try { return fs.statSync(p).isDirectory(); } catch { return false; }
    });
  // jekyll-sass-converter 2 runs sassc, whose default style is `compact`; dart-sass has only
  // expanded and compressed, so compact (and libsass's nested) are rebuilt from expanded.
  const wanted = String(conf.style ?? 'compact').replace(/^:/, '');
  const style = wanted === 'compressed' ? 'compressed' : 'expanded';
  const compact = wanted !== 'compressed' && wanted !== 'expanded';
  const sourcemap = String(conf.sourcemap ?? 'always').replace(/^:/, '');
  const wantMap = item !== undefined && (sourcemap === 'always' || (sourcemap === 'development' && (process.env.JEKYLL_ENV || 'development') === 'development'));
  const sass = sassCompiler();
  let result: SassModule.CompileResult;
  try {
    result = sass.compileString(text, {
      syntax: (item ? item.ext === '.sass' : syntax === 'sass') ? 'indented' : 'scss',
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
  if (!item || !wantMap || !result.sourceMap) return { css: css + '\n' };
  const basename = item.relativePath.slice(item.relativePath.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  // libsass's map layout: the page itself by its bare name, other sources relative to the site
  // source, tab-indented. The mappings are dart-sass's own (they cannot match libsass's).
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
    map: { path: dir + basename + '.css.map', content: JSON.stringify(map, null, '\t') },
  };
}
