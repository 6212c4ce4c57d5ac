// `kiln.images` in _config.yml: reads and validates the image settings, filling in the defaults.
// Off unless `kiln.images` is present (and not `false` / `enabled: false`), so a plain Jekyll
// site builds byte-identical to Jekyll.
import { KilnError } from '../util/errors.js';
import { globToRegExp } from './glob.js';

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';
/** Formats kiln re-encodes at the original URL (the source's own format). */
export type SourceFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

export interface ImageQuality {
  avif: number;
  webp: number;
  jpeg: number;
  /** PNG stays lossless unless set: then it is palette-quantised at this quality. */
  png?: number;
}

export interface ImageConfig {
  /** Globs (relative to the source) of the images to optimise. Default `["**\/*.{jpg,jpeg,png,webp,avif,gif}"]`. */
  include: string[];
  /** Globs to leave alone even when included. Default none. */
  exclude: string[];
  /** Widths of the variants, in px; the largest also caps the image served at the original URL. Default [480, 960]. */
  widths: number[];
  /** Variant formats, besides the original format served at the original URL. Default [avif, webp]. */
  formats: VariantFormat[];
  /**
   * Lowest encoder quality per format (1-100), raised per output until SSIM ≥ min_ssim and the worst
   * tile ≥ min_tile_ssim. Defaults from the sweeps on the 38 real logos (bench/results/images-sweep.md,
   * images-tiles.md): AVIF and JPEG the lowest base tried; WebP 25, below which small text smears
   * visibly (seen on 3 logos at 20) although both SSIM measures can still pass.
   */
  quality: ImageQuality;
  /** Rewrite `<img>` pointing to processed images into `<picture>`. Default true. */
  picture: boolean;
  /** `sizes` of the generated `<source>`s when the `<img>` has none. Default `100vw`. */
  sizes: string;
  /** Largest input accepted, in pixels (width × height). Default sharp's limit, 16383 × 16383. */
  maxPixels: number;
  /**
   * Lowest SSIM (against the source at the same width) a lossy output may have: below it, the
   * quality is raised in steps. Default 0.95; 0 turns the check off.
   */
  minSsim: number;
  /**
   * Lowest SSIM of the worst tile of about 64 × 64 px (see ssim.ts) a lossy output may have: the
   * mean over a whole logo hides a smeared line of small text, its tile does not. Default
   * DEFAULT_MIN_TILE_SSIM; 0 turns this check off.
   */
  minTileSsim: number;
  /**
   * Encoder effort (speed/size trade-off): AVIF 0-9 (default 2: AVIF is most of the CPU, and with the
   * worst-tile guard raising more outputs, effort 3 cost 43 % more CPU than 2 on a quarter of the logos
   * for 1.6 % fewer bytes over all outputs), WebP 0-6 (default 4: effort 6 gave 0.4 % more bytes at
   * equal guarded SSIM for 40 % more CPU; images-tiles.md has the runs).
   */
  effort: { avif: number; webp: number };
  /** Images that cannot be optimised fail the build (like `kiln images --strict`). Default false. */
  strict: boolean;
}

export const DEFAULT_QUALITY: ImageQuality = { avif: 34, webp: 25, jpeg: 62 };
/**
 * From the logos (bench/results/images-tiles.md, crops viewed side by side with the source): the
 * logos whose worst tile is below 0.88 at WebP 30 (0.75-0.86: a photo and its menu text smeared, map
 * labels blurred) look right once raised to it; 0.85 still let text smear.
 */
export const DEFAULT_MIN_TILE_SSIM = 0.88;
export const DEFAULT_MAX_PIXELS = 16383 * 16383;
const VARIANT_FORMATS: VariantFormat[] = ['avif', 'webp', 'jpeg', 'png'];

export interface CompiledImageConfig extends ImageConfig {
  /** True when a source-relative path is one of the images to process. */
  matches(relPath: string): boolean;
}

/** The image settings from a site config (`config.kiln.images`), or null when image optimisation is off. */
export function imageConfigFromSite(siteConfig: Record<string, unknown>): CompiledImageConfig | null {
  const kiln = siteConfig.kiln;
  if (kiln === undefined || kiln === null) return null;
  if (typeof kiln !== 'object' || Array.isArray(kiln)) throw configError('kiln', 'should be a mapping');
  return resolveImageConfig((kiln as Record<string, unknown>).images);
}

/** Validates `kiln.images`; null when absent, `false` or `enabled: false`. */
export function resolveImageConfig(raw: unknown): CompiledImageConfig | null {
  if (raw === undefined || raw === null || raw === false) return null;
  if (raw === true) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw configError('kiln.images', 'should be a mapping');
  const r = raw as Record<string, unknown>;
  if (r.enabled === false) return null;

  const include = stringList(r.include, 'include') ?? ['**/*.{jpg,jpeg,png,webp,avif,gif}'];
  const exclude = stringList(r.exclude, 'exclude') ?? [];
  const widths = numberList(r.widths, 'widths') ?? [480, 960];
  if (widths.length === 0) throw configError('kiln.images.widths', 'needs at least one width');
  const formats = (stringList(r.formats, 'formats') ?? ['avif', 'webp']).map((f) => {
    const lower = f.toLowerCase() === 'jpg' ? 'jpeg' : f.toLowerCase();
    if (!VARIANT_FORMATS.includes(lower as VariantFormat)) {
      throw configError('kiln.images.formats', `has ${JSON.stringify(f)}; expected some of ${VARIANT_FORMATS.join(', ')}`);
    }
    return lower as VariantFormat;
  });
  const quality: ImageQuality = { ...DEFAULT_QUALITY };
  if (r.quality !== undefined) {
    if (typeof r.quality !== 'object' || r.quality === null || Array.isArray(r.quality)) throw configError('kiln.images.quality', 'should be a mapping like { avif: 50, webp: 75 }');
    for (const [k, v] of Object.entries(r.quality)) {
      const key = k === 'jpg' ? 'jpeg' : k;
      if (!['avif', 'webp', 'jpeg', 'png'].includes(key)) throw configError('kiln.images.quality', `has an unknown format ${JSON.stringify(k)}`);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 100) throw configError(`kiln.images.quality.${k}`, 'should be an integer from 1 to 100');
      (quality as unknown as Record<string, number>)[key] = v;
    }
  }
  const picture = r.picture === undefined ? true : Boolean(r.picture);
  const sizes = r.sizes === undefined ? '100vw' : String(r.sizes);
  const maxPixels = r.max_pixels ?? r.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (typeof maxPixels !== 'number' || !Number.isInteger(maxPixels) || maxPixels < 1) throw configError('kiln.images.max_pixels', 'should be a positive integer');

  const minSsim = r.min_ssim ?? r.minSsim ?? 0.95;
  if (typeof minSsim !== 'number' || minSsim < 0 || minSsim >= 1) throw configError('kiln.images.min_ssim', 'should be a number from 0 (off) to below 1');
  const minTileSsim = r.min_tile_ssim ?? r.minTileSsim ?? DEFAULT_MIN_TILE_SSIM;
  if (typeof minTileSsim !== 'number' || minTileSsim < 0 || minTileSsim >= 1) throw configError('kiln.images.min_tile_ssim', 'should be a number from 0 (off) to below 1');
  const effort = { avif: 2, webp: 4 };
  if (r.effort !== undefined) {
    if (typeof r.effort !== 'object' || r.effort === null || Array.isArray(r.effort)) throw configError('kiln.images.effort', 'should be a mapping like { avif: 4, webp: 4 }');
    for (const [k, v] of Object.entries(r.effort)) {
      const max = k === 'avif' ? 9 : k === 'webp' ? 6 : -1;
      if (max < 0) throw configError('kiln.images.effort', `has an unknown format ${JSON.stringify(k)}`);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw configError(`kiln.images.effort.${k}`, `should be an integer from 0 to ${max}`);
      effort[k as 'avif' | 'webp'] = v;
    }
  }
  const includeRe = include.map((g) => globToRegExp(g));
  const excludeRe = exclude.map((g) => globToRegExp(g));
  const config: CompiledImageConfig = {
    include,
    exclude,
    widths: [...new Set(widths)].sort((a, b) => a - b),
    formats: [...new Set(formats)],
    quality,
    picture,
    sizes,
    maxPixels,
    strict: r.strict === true,
    minSsim,
    minTileSsim,
    effort,
    matches(relPath: string) {
      const p = relPath.replace(/\\/g, '/').replace(/^\/+/, '');
      return includeRe.some((re) => re.test(p)) && !excludeRe.some((re) => re.test(p));
    },
  };
  return config;
}

function stringList(value: unknown, key: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) if (typeof v !== 'string' || v === '') throw configError(`kiln.images.${key}`, 'should be a list of non-empty strings');
  return list as string[];
}

function numberList(value: unknown, key: string): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 16 || v > 16383) throw configError(`kiln.images.${key}`, 'should be a list of integer widths from 16 to 16383');
  }
  return list as number[];
}

function configError(key: string, message: string): KilnError {
  return new KilnError(`Invalid configuration: ${key} ${message}.`, { file: '_config.yml' });
}
