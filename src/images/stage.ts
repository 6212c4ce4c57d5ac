// The images stage of a site build: given the build's OutputFile[] (before writing), replaces each
// static image `kiln.images` selects by its optimised outputs (same URL + variants) and rewrites the
// `<img>` of HTML outputs into `<picture>`. Returns undefined when `kiln.images` is off, so a plain
// Jekyll site goes through untouched.
import path from 'node:path';
import type { SiteConfig } from '../config/defaults.js';
import type { Logger } from '../util/log.js';
import type { OutputFile } from '../write/files.js';
import { imageConfigFromSite } from './config.js';
import { createImagePipeline, type ImageRunResult } from './pipeline.js';

export interface ImageStageOptions {
  /** kiln's cache folder (default `<source>/.kiln-cache`). */
  cacheDir?: string;
  logger?: Logger;
  /** Bad images fail the build (also `kiln.images.strict: true`). */
  strict?: boolean;
  /** Progress bar on a TTY (default true). */
  progress?: boolean;
}

export type ImageStage = (files: OutputFile[], warnings?: string[]) => Promise<OutputFile[]>;

/** The stage for `config` (a loaded site config), or undefined when image optimisation is off. */
export function createImageStage(config: SiteConfig, options: ImageStageOptions = {}): ImageStage | undefined {
  const images = imageConfigFromSite(config);
  if (!images) return undefined;
  const source = path.resolve(String(config.source));
  const pipeline = createImagePipeline(images, {
    source,
    cacheDir: options.cacheDir,
    baseurl: config.baseurl,
    siteUrl: config.url,
    strict: options.strict || images.strict,
    logger: options.logger,
    progress: options.progress,
  });
  return async (files, warnings) => {
    const imageFiles: string[] = [];
    const rest: OutputFile[] = [];
    for (const f of files) {
      const rel = f.copyFrom ? path.relative(source, f.copyFrom).split(path.sep).join('/') : undefined;
      // Only static files written at their own source path (what the variants' names assume).
      if (rel && rel === f.path && pipeline.matches(rel)) imageFiles.push(rel);
      else rest.push(f);
    }
    if (imageFiles.length === 0) return files;
    const run: ImageRunResult = await pipeline.process(imageFiles, { reserved: new Set(rest.map((f) => f.path)) });
    warnings?.push(...run.warnings);
    const pages = rest.map((f) => {
      if (!/\.html?$/i.test(f.path) || f.content === undefined) return f;
      const html = typeof f.content === 'string' ? f.content : f.content.toString('utf8');
      const rewritten = pipeline.rewriteHtml(html, f.path);
      return rewritten === html ? f : { ...f, content: rewritten }; // untouched pages keep their exact bytes
    });
    return [...pages, ...run.files];
  };
}
