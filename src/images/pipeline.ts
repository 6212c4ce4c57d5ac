// The image pipeline a build drives: which static files are images to optimise, their output files
// (the optimised image at the original URL plus `<name>-<width>.<format>` variants, served from the
// cache when the content and options did not change), and the `<picture>` rewrite of HTML pages.
// Bad inputs are warned about and copied unchanged (an error with `strict`).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { KilnError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import type { OutputFile } from '../write/files.js';
import { CACHE_VERSION, ImageCache, sha256, type CacheEntry, type CachedOutput, type VerifiedEntry } from './cache.js';
import type { CompiledImageConfig } from './config.js';
import { ENCODER_SETTINGS, encodeImage, extensionOf, type EncodeMode, type OutputFormat } from './encode.js';
import { cleanMessage, inspectImage } from './inspect.js';
import { createProgress, formatBytes } from './progress.js';
import { rewriteImages, type ProcessedImage } from './rewrite.js';
import { normaliseBaseurl, variantPath } from './url.js';

export interface ImagePipelineOptions {
  /** Absolute site source. */
  source: string;
  /** kiln's cache folder; images go to `<cacheDir>/images`. Default `<source>/.kiln-cache`. */
  cacheDir?: string;
  /** Site baseurl (`site.baseurl`). */
  baseurl?: unknown;
  /** Site url (`site.url`), to recognise absolute links to the site's own images. */
  siteUrl?: unknown;
  /** Bad inputs fail the run instead of a warning. */
  strict?: boolean;
  logger?: Logger;
  /** Show a progress bar (only on a TTY). Default: true. */
  progress?: boolean;
  /** Compute everything but write nothing, not even the cache. */
  dryRun?: boolean;
  /** Images encoded at once. Default: the number of cores. */
  concurrency?: number;
}

export type ImageStatus = 'optimised' | 'cached' | 'unchanged';

export interface ImageReport {
  /** Source-relative path. */
  path: string;
  status: ImageStatus;
  /** Bytes of the source. */
  before: number;
  /** Bytes served at the original URL. */
  after: number;
  variants: { path: string; format: OutputFormat; width: number; size: number; mode?: EncodeMode; quality?: number; ssim?: number; tileSsim?: number }[];
  warning?: string;
}

export interface ImageRunStats {
  images: number;
  fromCache: number;
  warnings: number;
  bytesBefore: number;
  bytesAfter: number;
  variants: number;
  variantBytes: number;
  ms: number;
}

export interface ImageRunResult {
  /** Output files in the writer's shape (originals and variants). */
  files: OutputFile[];
  reports: ImageReport[];
  warnings: string[];
  stats: ImageRunStats;
  /** The one-line summary. */
  summary: string;
  /** Cache entries deleted by pruning. */
  pruned: number;
}

export interface ProcessOptions {
  /** Destination paths other files of the site already produce: a variant never overwrites one. */
  reserved?: Set<string>;
  /** Remove cache entries this run did not use (a full build). Default true. */
  prune?: boolean;
}

export interface ImagePipeline {
  readonly config: CompiledImageConfig;
  /** True when the source-relative `relPath` is an image to optimise. */
  matches(relPath: string): boolean;
  /** Processes the given source-relative images (those `matches` accepted). */
  process(relPaths: string[], options?: ProcessOptions): Promise<ImageRunResult>;
  /** Rewrites the `<img>`s of a page written at destination-relative `outputPath`. */
  rewriteHtml(html: string, outputPath: string): string;
}

interface ProcessedOne {
  entry: CacheEntry;
  /** The cache folder holding the outputs (absent in a dry run). */
  dir?: string;
  /** The outputs' bytes, in a dry run. */
  data?: Buffer[];
  before: number;
  cached: boolean;
}

export function createImagePipeline(config: CompiledImageConfig, options: ImagePipelineOptions): ImagePipeline {
  sharp.cache(false); // no libvips operation cache: memory stays proportional to the images in flight
  const source = path.resolve(options.source);
  const cacheRoot = path.join(options.cacheDir ?? path.join(source, '.kiln-cache'), 'images');
  const logger = options.logger;
  const baseurl = normaliseBaseurl(options.baseurl);
  const siteUrl = typeof options.siteUrl === 'string' && options.siteUrl ? options.siteUrl : undefined;
  const processed = new Map<string, ProcessedImage>();
  const fingerprintBase = JSON.stringify({
    v: CACHE_VERSION,
    sharp: sharp.versions,
    widths: config.widths,
    formats: config.formats,
    quality: config.quality,
    maxPixels: config.maxPixels,
    minSsim: config.minSsim,
    minTileSsim: config.minTileSsim,
    effort: config.effort,
    encoder: ENCODER_SETTINGS,
  });

  async function processOne(rel: string, cache: ImageCache, dryRun: boolean, inflight: Map<string, Promise<ProcessedOne>>): Promise<ProcessedOne> {
    const abs = path.join(source, rel);
    let stat: fs.Stats;
    try {
      stat = await fsp.stat(abs);
    } catch (err) {
      return { entry: badEntry('', `cannot be read (${cleanMessage(err)})`), before: 0, cached: false };
    }
    const fingerprint = `${fingerprintBase}\0${path.extname(rel).toLowerCase()}`;
    let data: Buffer | undefined;
    let hash = cache.knownHash(abs, stat);
    if (!hash) {
      data = await fsp.readFile(abs);
      hash = sha256(data);
      if (!dryRun) cache.rememberHash(abs, stat, hash);
    }
    const key = ImageCache.key(hash, fingerprint);
    // Two files with the same bytes (and extension) share one entry: encode it once per run.
    const pending = inflight.get(key);
    if (pending) return { ...(await pending), before: stat.size };
    const work = (async (): Promise<ProcessedOne> => {
      const hit = await cache.get(key);
      if (hit) return { entry: hit.entry, dir: hit.dir, before: stat.size, cached: true };
      if (!data) {
        data = await fsp.readFile(abs);
        if (sha256(data) !== hash) {
          // The file changed under the memo's stamp: trust the bytes, not the memo.
          cache.forgetHash(abs);
          return processOne(rel, cache, dryRun, inflight);
        }
      }
      const { entry, buffers } = await encodeEntry(key, data, rel);
      if (dryRun) return { entry, data: buffers, before: data.length, cached: false };
      let stored: VerifiedEntry;
      try {
        stored = await cache.put(entry, buffers);
      } catch (err) {
        // A cache that cannot be written (disk full, read-only) costs speed, never the build.
        logger?.warn(`Could not write the image cache in ${cacheRoot}: ${cleanMessage(err)}`);
        return { entry, data: buffers, before: data.length, cached: false };
      }
      return { entry: stored.entry, dir: stored.dir, before: data.length, cached: false };
    })();
    inflight.set(key, work);
    return work;
  }

  async function encodeEntry(key: string, data: Buffer, rel: string): Promise<{ entry: CacheEntry; buffers: Buffer[] }> {
    const input = await inspectImage(data, rel, config.maxPixels);
    if (!input.ok) return { entry: badEntry(key, input.reason), buffers: [] };
    let encoded;
    try {
      // A file whose extension lies about its content keeps its bytes at its URL; variants are still made.
      encoded = await encodeImage(data, input, config, input.extensionMismatch !== undefined);
    } catch (err) {
      return { entry: badEntry(key, `cannot be decoded (${cleanMessage(err)})`), buffers: [] };
    }
    const outputs: CachedOutput[] = encoded.outputs.map((o) => ({
      role: o.role,
      format: o.format,
      width: o.width,
      height: o.height,
      file: o.role === 'original' ? `original.${extensionOf(o.format)}` : `${o.width}.${extensionOf(o.format)}`,
      size: o.data.length,
      sha256: sha256(o.data),
      mode: o.mode,
      ...(o.quality !== undefined ? { quality: o.quality } : {}),
      ...(o.ssim !== undefined ? { ssim: Math.round(o.ssim * 1e5) / 1e5 } : {}),
      ...(o.tileSsim !== undefined ? { tileSsim: Math.round(o.tileSsim * 1e5) / 1e5 } : {}),
    }));
    const entry: CacheEntry = {
      version: CACHE_VERSION,
      key,
      width: encoded.width,
      height: encoded.height,
      keptOriginal: encoded.keptOriginal,
      outputs,
    };
    if (input.extensionMismatch) entry.mismatch = input.extensionMismatch;
    return { entry, buffers: encoded.outputs.map((o) => o.data) };
  }

  async function processImages(relPaths: string[], runOptions: ProcessOptions = {}): Promise<ImageRunResult> {
    const started = performance.now();
    const dryRun = options.dryRun === true;
    const cache = new ImageCache(cacheRoot);
    const inflight = new Map<string, Promise<ProcessedOne>>();
    const reserved = runOptions.reserved ?? new Set<string>();
    const list = [...new Set(relPaths.map((p) => p.replace(/\\/g, '/').replace(/^\/+/, '')))].sort();
    const files: OutputFile[] = [];
    const reports: ImageReport[] = new Array(list.length);
    const warnings: string[] = [];
    const problems: { file: string; message: string }[] = [];

    // sharp runs each image on a libuv worker (UV_THREADPOOL_SIZE, default 4) and libvips threads
    // inside it: images in flight are capped by the libuv pool, and the cores are split between the
    // two levels instead of multiplied (2 cores → 2 images × 1 thread; 16 → 4 images × 4 threads).
    const cores = Math.max(1, options.concurrency ?? os.availableParallelism());
    const libuvPool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
    const inFlight = Math.max(1, Math.min(cores, libuvPool, list.length));
    const previousThreads = sharp.concurrency();
    sharp.concurrency(Math.max(1, Math.floor(cores / inFlight)));
    const progress = createProgress(list.length, options.progress !== false);
    try {
      await eachLimit(list, inFlight, async (rel, index) => {
        const result = await processOne(rel, cache, dryRun, inflight);
        const { entry } = result;
        const report: ImageReport = { path: rel, status: result.cached ? 'cached' : 'optimised', before: result.before, after: result.before, variants: [] };
        const outFiles: OutputFile[] = [];
        const abs = path.join(source, rel);
        if (entry.bad !== undefined) {
          report.status = 'unchanged';
          report.warning = `${rel} ${entry.bad}; copied unchanged`;
          problems.push({ file: rel, message: `${rel} ${entry.bad}` });
          outFiles.push({ path: rel, copyFrom: abs });
        } else {
          if (entry.mismatch) {
            report.warning = `${rel}: ${entry.mismatch}; served unchanged at its URL (variants made)`;
            problems.push({ file: rel, message: `${rel}: ${entry.mismatch}` });
          }
          const original = entry.outputs.findIndex((o) => o.role === 'original');
          if (original < 0) outFiles.push({ path: rel, copyFrom: abs });
          else {
            report.after = entry.outputs[original].size;
            outFiles.push(outputFile(rel, entry.outputs[original], original, result));
          }
          const byFormat = new Map<OutputFormat, number[]>();
          entry.outputs.forEach((o, i) => {
            if (o.role !== 'variant') return;
            const out = variantPath(rel, o.width, extensionOf(o.format));
            if (reserved.has(out)) {
              warnings.push(`${out} exists in the site: the ${o.format} ${o.width}px variant of ${rel} is not written`);
              return;
            }
            outFiles.push(outputFile(out, o, i, result));
            report.variants.push({ path: out, format: o.format, width: o.width, size: o.size, mode: o.mode, quality: o.quality, ssim: o.ssim, tileSsim: o.tileSsim });
            if (!byFormat.has(o.format)) byFormat.set(o.format, []);
            byFormat.get(o.format)!.push(o.width);
          });
          processed.set(rel, {
            width: entry.width,
            height: entry.height,
            variants: config.formats.filter((f) => byFormat.has(f)).map((f) => ({ format: f, widths: byFormat.get(f)!.sort((a, b) => a - b) })),
          });
        }
        if (entry.bad !== undefined) processed.delete(rel);
        if (report.warning) {
          warnings.push(report.warning);
          if (!options.strict) logger?.warn(report.warning);
        }
        reports[index] = report;
        files.push(...outFiles);
        progress.tick(rel);
      });
    } finally {
      progress.stop();
      sharp.concurrency(previousThreads);
    }
    if (options.strict && problems.length) {
      throw new KilnError(`${problems.length} image${problems.length > 1 ? 's' : ''} cannot be optimised (--strict):\n  ${problems.map((p) => p.message).join('\n  ')}`, {
        file: problems[0].file,
      });
    }
    let pruned = 0;
    if (!dryRun) {
      try {
        if (runOptions.prune !== false) {
          pruned = (await cache.prune()).length;
          await cache.save(new Set(list.map((rel) => path.join(source, rel))));
        } else {
          await cache.save();
        }
      } catch (err) {
        logger?.warn(`Could not update the image cache in ${cacheRoot}: ${cleanMessage(err)}`);
      }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const stats: ImageRunStats = {
      images: list.length,
      fromCache: reports.filter((r) => r.status === 'cached').length,
      warnings: reports.filter((r) => r.warning).length,
      bytesBefore: sum(reports.map((r) => r.before)),
      bytesAfter: sum(reports.map((r) => r.after)),
      variants: sum(reports.map((r) => r.variants.length)),
      variantBytes: sum(reports.flatMap((r) => r.variants.map((v) => v.size))),
      ms: performance.now() - started,
    };
    const summary = summarise(stats, dryRun);
    logger?.info(summary);
    return { files, reports, warnings, stats, summary, pruned };
  }

  return {
    config,
    matches: (relPath) => config.matches(relPath),
    process: processImages,
    rewriteHtml(html, outputPath) {
      if (!config.picture || processed.size === 0) return html;
      return rewriteImages(html, outputPath.replace(/\\/g, '/').replace(/^\/+/, ''), {
        baseurl,
        siteUrl,
        sizes: config.sizes,
        lookup: (rel) => processed.get(rel),
      });
    },
  };
}

function outputFile(outPath: string, output: CachedOutput, index: number, result: { dir?: string; data?: Buffer[] }): OutputFile {
  if (result.dir) return { path: outPath, copyFrom: path.join(result.dir, output.file) };
  return { path: outPath, content: result.data![index] };
}

function badEntry(key: string, reason: string): CacheEntry {
  return { version: CACHE_VERSION, key, bad: reason, width: 0, height: 0, keptOriginal: true, outputs: [] };
}

function summarise(s: ImageRunStats, dryRun: boolean): string {
  const parts = [`${s.images} image${s.images === 1 ? '' : 's'}`];
  if (s.fromCache) parts.push(`${s.fromCache} from cache`);
  if (s.warnings) parts.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
  const time = s.ms < 1000 ? `${Math.round(s.ms)} ms` : `${(s.ms / 1000).toFixed(1)} s`;
  return (
    `Images${dryRun ? ' (dry run)' : ''}: ${parts.join(', ')}; ${formatBytes(s.bytesBefore)} → ${formatBytes(s.bytesAfter)} at their URLs` +
    ` + ${s.variants} variants (${formatBytes(s.variantBytes)}), ${time}`
  );
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function eachLimit<T>(items: T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
