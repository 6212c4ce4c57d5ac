// Encoding: one decode of the source (orientation applied, converted to sRGB, shrunk to the largest
// width; one more per smaller width), then every output is encoded from those small masters. Each
// output is the smallest faithful candidate: lossy from the configured (low) quality, raised until its
// SSIM against the master at its width reaches `min_ssim` and its worst 64 px tile `min_tile_ssim`
// (the mean alone lets a line of small text smear), then bisected back down; and, only for
// few-colour images (counted cheaply, with an early exit), lossless or palette-quantised encodings.
// Decoding streams (`sequentialRead`) and JPEG shrink-on-load keep memory bounded even for an
// 86-megapixel input.
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { CompiledImageConfig, SourceFormat, VariantFormat } from './config.js';
import type { GoodInput } from './inspect.js';
import { countColours } from './colours.js';
import { greyPixels, ssimReference } from './ssim.js';

/**
 * Everything that decides the encoders' bytes besides the configuration: part of the cache key, so
 * changing any of it re-encodes instead of serving stale outputs.
 */
export const ENCODER_SETTINGS = {
  /** A lossy output below `min_ssim` / `min_tile_ssim` is re-encoded this much higher, up to the cap... */
  qualityStep: 8,
  qualityCap: 94,
  /**
   * ...then bisected between the last failure and the pass until they are this close: WebP (the
   * variant most browsers take; tens of ms an encode) to 1; JPEG at the original URL and AVIF (ten
   * times the CPU of WebP) to 4, one more encode.
   */
  refineTo: { webp: 1, jpeg: 4, avif: 4, png: 8, gif: 8 } as Record<OutputFormat, number>,
  /** Images with at most this many colours also get a lossless (≤ 256) or palette candidate. */
  paletteColours: 4096,
  webp: { smartSubsample: true },
  png: { compressionLevel: 9, effort: 10 },
  palette: { dither: 0, effort: 7 },
};
const QUALITY_STEP = ENCODER_SETTINGS.qualityStep;
const QUALITY_CAP = ENCODER_SETTINGS.qualityCap;

export type OutputFormat = SourceFormat | VariantFormat;
export type EncodeMode = 'lossy' | 'lossless' | 'palette';

export interface EncodedImage {
  /** 'original' for the image served at the source URL, else the variant's `<width>.<format>`. */
  role: 'original' | 'variant';
  format: OutputFormat;
  width: number;
  height: number;
  data: Buffer;
  /** Encoder quality used (lossy formats and palette quantisation). */
  quality?: number;
  /**
   * How it was encoded: `lossy` (at `quality`), `lossless` (every pixel exact, e.g. a few-colour
   * image as WebP lossless or a palette PNG), `palette` (quantised to 256 colours, then lossless).
   */
  mode: EncodeMode;
  /** SSIM against the source at the same width, when measured: the mean and the worst tile. */
  ssim?: number;
  tileSsim?: number;
}

export interface EncodeResult {
  /** Size of the image at the original URL. */
  width: number;
  height: number;
  /** True when the source bytes are kept at the original URL (re-encoding would not make them smaller). */
  keptOriginal: boolean;
  outputs: EncodedImage[];
}

/** The widths of the variants of a `sourceWidth`-wide image: no upscaling, the source width instead. */
export function variantWidths(sourceWidth: number, widths: number[]): number[] {
  return [...new Set(widths.map((w) => Math.min(w, sourceWidth)))].sort((a, b) => a - b);
}

/**
 * Encodes `data`. With `keepOriginal` the source format is not re-encoded (the caller serves the
 * original bytes, e.g. for a file whose extension lies about its content).
 */
export async function encodeImage(data: Buffer, input: GoodInput, config: CompiledImageConfig, keepOriginal = false): Promise<EncodeResult> {
  const widths = variantWidths(input.width, config.widths);
  const top = widths[widths.length - 1];
  // One small master per width, each resized straight from the source: a 480 px variant made from
  // the 960 px master would be resized twice (softer), and the SSIM reference must be the source.
  const decodeAt = (w: number) =>
    sharp(data, { sequentialRead: true, limitInputPixels: config.maxPixels, failOn: 'error' })
      .autoOrient()
      .resize({ width: w, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  const master = await decodeAt(top);
  const { width, height } = master.info;
  const masters = new Map([[width, Promise.resolve(master)]]);
  // Above 24 MP a second decode costs more memory than it gains: derive from the top master.
  const fromSource = input.width * input.height <= 24_000_000;
  const masterAt = (w: number) => {
    if (!masters.has(w)) {
      masters.set(w, fromSource ? decodeAt(w) : sharp(master.data, { raw: rawOf(master) }).resize({ width: w }).raw().toBuffer({ resolveWithObject: true }));
    }
    return masters.get(w)!;
  };
  const rawOf = (m: { info: OutputInfo }) => ({ width: m.info.width, height: m.info.height, channels: m.info.channels as 1 | 2 | 3 | 4 });
  const fromMaster = async (w: number) => {
    const m = await masterAt(w);
    return sharp(m.data, { raw: rawOf(m) });
  };
  // Greyscale reference per width, for the SSIM check of lossy outputs.
  // (prepared once: its window moments are shared by every candidate compared at that width).
  const references = new Map<number, Promise<ReturnType<typeof ssimReference>>>();
  const reference = (w: number) => {
    if (!references.has(w)) references.set(w, masterAt(w).then(async (m) => ssimReference(await greyPixels(m.data, rawOf(m)))));
    return references.get(w)!;
  };
  // Distinct colours per width (counted up to the palette limit), for the lossless candidates.
  const colourCounts = new Map<number, Promise<number>>();
  const coloursAt = (w: number) => {
    if (!colourCounts.has(w)) colourCounts.set(w, masterAt(w).then((m) => countColours(m.data, m.info.channels, ENCODER_SETTINGS.paletteColours)));
    return colourCounts.get(w)!;
  };
  const faithful = (out: EncodedImage) =>
    out.ssim === undefined || ((config.minSsim <= 0 || out.ssim >= config.minSsim) && (config.minTileSsim <= 0 || out.tileSsim! >= config.minTileSsim));
  const checked = config.minSsim > 0 || config.minTileSsim > 0;
  const measure = async (w: number, out: EncodedImage) => {
    const score = (await reference(w)).score(await greyPixels(out.data));
    out.ssim = score.mean;
    out.tileSsim = score.worstTile;
  };

  /**
   * The configured (lowest) quality, raised in steps until the output is faithful, then bisected
   * between the last failure and the pass down to the format's `refineTo`.
   */
  const encodeLossy = async (w: number, format: OutputFormat): Promise<EncodedImage> => {
    const at = async (quality: number | undefined): Promise<EncodedImage> => {
      const { data: bytes, info } = await encodeAs(await fromMaster(w), format, config, quality);
      const out: EncodedImage = { role: 'variant', format, width: info.width, height: info.height, data: bytes, mode: quality === undefined ? 'lossless' : 'lossy' };
      if (quality === undefined) return out;
      out.quality = quality;
      if (checked) await measure(w, out);
      return out;
    };
    let out = await at(baseQuality(format, config));
    if (out.quality === undefined || faithful(out)) return out;
    let failed = out.quality;
    while (!faithful(out) && out.quality! < QUALITY_CAP) {
      failed = out.quality!;
      out = await at(Math.min(QUALITY_CAP, failed + QUALITY_STEP));
    }
    if (!faithful(out)) return out; // the cap: the best this encoder does
    while (out.quality! - failed > ENCODER_SETTINGS.refineTo[format]) {
      const mid = await at(Math.floor((failed + out.quality!) / 2));
      if (faithful(mid)) out = mid;
      else failed = mid.quality!;
    }
    return out;
  };

  /**
   * Lossless candidates of a few-colour image (flat logos, diagrams): WebP lossless (libwebp packs
   * ≤ 256 colours as a palette) or, up to `paletteColours`, quantised to a 256-colour palette first
   * (SSIM-checked); for PNG, an exact palette PNG.
   */
  const encodeLosslessCandidates = async (w: number, format: OutputFormat): Promise<EncodedImage[]> => {
    if (format !== 'webp' && format !== 'png') return [];
    const colours = await coloursAt(w);
    if (colours > ENCODER_SETTINGS.paletteColours) return [];
    const m = await masterAt(w);
    const made: EncodedImage[] = [];
    const variant = (data: Buffer, info: OutputInfo, mode: EncodeMode): EncodedImage => ({ role: 'variant', format, width: info.width, height: info.height, data, mode });
    if (format === 'webp' && colours <= 256) {
      const r = await sharp(m.data, { raw: rawOf(m) }).webp({ lossless: true, effort: config.effort.webp }).toBuffer({ resolveWithObject: true });
      made.push(variant(r.data, r.info, 'lossless'));
    } else if (format === 'webp' && checked) {
      const png = await sharp(m.data, { raw: rawOf(m) }).png({ palette: true, colours: 256, ...ENCODER_SETTINGS.palette }).toBuffer();
      const r = await sharp(png).webp({ lossless: true, effort: config.effort.webp }).toBuffer({ resolveWithObject: true });
      const candidate = variant(r.data, r.info, 'palette');
      await measure(w, candidate);
      made.push(candidate);
    } else if (format === 'png' && colours <= 256) {
      // libimagequant keeps ≤ 256 colours exactly; checked pixel for pixel all the same.
      const r = await sharp(m.data, { raw: rawOf(m) }).png({ palette: true, colours: 256, quality: 100, ...ENCODER_SETTINGS.palette, effort: 10, compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
      const back = await sharp(r.data).ensureAlpha().raw().toBuffer();
      const orig = await sharp(m.data, { raw: rawOf(m) }).ensureAlpha().raw().toBuffer();
      if (back.equals(orig)) made.push(variant(r.data, r.info, 'lossless'));
    }
    return made;
  };

  /** The smallest faithful candidate: the lossy search, or a lossless one when it is smaller. */
  const encodeFaithful = async (w: number, format: OutputFormat): Promise<EncodedImage> => {
    let best = await encodeLossy(w, format);
    for (const c of await encodeLosslessCandidates(w, format)) {
      if (faithful(c) && (c.data.length < best.data.length || !faithful(best))) best = c;
    }
    return best;
  };

  const outputs: EncodedImage[] = [];
  let keptOriginal = keepOriginal;
  if (!keepOriginal) {
    const encoded = await encodeFaithful(width, input.format);
    // Re-encoding an already small, metadata-free file can make it bigger: then keep its bytes.
    if (width === input.width && !input.hasMetadata && encoded.data.length >= data.length) keptOriginal = true;
    else outputs.push({ ...encoded, role: 'original' });
  }
  for (const format of config.formats) {
    for (const w of widths) outputs.push(await encodeFaithful(w, format));
  }
  return { width, height, keptOriginal, outputs };
}

/** The configured quality of a lossy format; undefined for lossless output (PNG without quality, GIF). */
function baseQuality(format: OutputFormat, config: CompiledImageConfig): number | undefined {
  switch (format) {
    case 'jpeg':
    case 'webp':
    case 'avif':
      return config.quality[format];
    case 'png':
      return config.quality.png;
    case 'gif':
      return undefined;
  }
}

function encodeAs(img: Sharp, format: OutputFormat, config: CompiledImageConfig, quality: number | undefined): Promise<{ data: Buffer; info: OutputInfo }> {
  return encoder(img, format, config, quality).toBuffer({ resolveWithObject: true });
}

function encoder(img: Sharp, format: OutputFormat, config: CompiledImageConfig, quality: number | undefined): Sharp {
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality, mozjpeg: true });
    case 'png':
      return quality === undefined
        ? img.png({ ...ENCODER_SETTINGS.png, adaptiveFiltering: true })
        : img.png({ ...ENCODER_SETTINGS.png, palette: true, quality });
    case 'webp':
      return img.webp({ quality, effort: config.effort.webp, ...ENCODER_SETTINGS.webp });
    case 'avif':
      return img.avif({ quality, effort: config.effort.avif });
    case 'gif':
      return img.gif({ effort: 10 });
  }
}

/** MIME type of an output format, for `<source type>`. */
export function mimeType(format: OutputFormat): string {
  return format === 'jpeg' ? 'image/jpeg' : `image/${format}`;
}

/** File extension of a variant format. */
export function extensionOf(format: OutputFormat): string {
  return format === 'jpeg' ? 'jpg' : format;
}
