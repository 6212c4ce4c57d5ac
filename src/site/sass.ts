// Sass/SCSS pages as jekyll-sass-converter 2 does them, with the `sass` package: load paths
// `_sass` (or `sass.sass_dir`) plus `sass.load_paths`, style from `sass.style`, and a source map
// page `<name>.css.map` beside the CSS unless `sass.sourcemap: never`.
import path from 'node:path';
import fs from 'node:fs';
import * as sass from 'sass';
import { KilnError } from '../util/errors.js';
import type { Renderable } from './model.js';

export interface SassResult {
  css: string;
  /** Extra output (the source map), relative to the destination. */
  map?: { path: string; content: string };
}

export function compileSass(text: string, item: Renderable, source: string, config: Record<string, unknown>): SassResult {
  const conf = (config.sass && typeof config.sass === 'object' ? config.sass : {}) as Record<string, unknown>;
  const sassDir = conf.sass_dir ? String(conf.sass_dir) : '_sass';
  const loadPaths = [...(Array.isArray(conf.load_paths) ? conf.load_paths.map(String) : conf.load_paths ? [String(conf.load_paths)] : []), sassDir]
    .map((p) => path.resolve(source, p))
    .filter((p) => p.startsWith(source) || !config.safe)
    .filter((p) => {
      try { return fs.statSync(p).isDirectory(); } catch { return false; }
    });
  const style = String(conf.style ?? 'expanded').replace(/^:/, '') === 'compressed' ? 'compressed' : 'expanded';
  const sourcemap = String(conf.sourcemap ?? 'always').replace(/^:/, '');
  const wantMap = sourcemap === 'always' || (sourcemap === 'development' && (process.env.JEKYLL_ENV || 'development') === 'development');
  let result: sass.CompileResult;
  try {
    result = sass.compileString(text, {
      syntax: item.ext === '.sass' ? 'indented' : 'scss',
      loadPaths,
      style,
      sourceMap: wantMap,
      sourceMapIncludeSources: true,
      url: new URL('file://' + item.absPath),
      silenceDeprecations: ['import', 'global-builtin', 'legacy-js-api'] as never,
      logger: sass.Logger.silent,
    });
  } catch (e) {
    const err = e as sass.Exception;
    const span = err.span;
    throw new KilnError(`Sass error: ${err.sassMessage ?? String(err.message)}`, {
      file: item.relativePath,
      line: span ? span.start.line + 1 + (span.url?.pathname === item.absPath ? item.contentLine : 0) : undefined,
      column: span ? span.start.column + 1 : undefined,
      cause: e,
    });
  }
  const basename = item.relativePath.slice(item.relativePath.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  if (!wantMap || !result.sourceMap) return { css: result.css + '\n' };
  const map = { ...result.sourceMap, file: basename + '.css' } as Record<string, unknown>;
  map.sources = (result.sourceMap.sources ?? []).map((s) => (s.startsWith('file://') ? path.relative(source, new URL(s).pathname) : s));
  const dir = item.outputPath.includes('/') ? item.outputPath.slice(0, item.outputPath.lastIndexOf('/') + 1) : '';
  return {
    css: `${result.css}\n\n/*# sourceMappingURL=${basename}.css.map */`,
    map: { path: dir + basename + '.css.map', content: JSON.stringify(map) },
  };
}
