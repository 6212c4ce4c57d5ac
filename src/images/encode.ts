// Encoding: one decode of the source (orientation applied, converted to sRGB, shrunk to the largest
// width; one more per smaller width), then every output is encoded from those small masters. A lossy output whose SSIM
// against the master (at its width) is below `min_ssim` is re-encoded at a higher quality. Decoding streams
// (`sequentialRead`) and JPEG shrink-on-load keep memory bounded even for an 86-megapixel input.
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { CompiledImageConfig, SourceFormat, VariantFormat } from './config.js';
import type { GoodInput } from './inspect.js';
import { greyPixels, ssimOf, type GreyImage } from './ssim.js';

/** Quality is raised in these steps, up to this cap, until an output reaches `min_ssim`. */
const QUALITY_STEP = 8;
const QUALITY_CAP = 94;

export type OutputFormat = SourceFormat | VariantFormat;

export interface EncodedImage {
  /** 'original' for the image served at the source URL, else the variant's `<width>.<format>`. */
  role: 'original' | 'variant';
  format: OutputFormat;
  width: number;
  height: number;
  data: Buffer;
  /** Encoder quality used (lossy formats). */
  quality?: number;
  /** SSIM against the source at the same width, when measured. */
  ssim?: number;
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
  const references = new Map<number, Promise<GreyImage>>();
  const reference = (w: number) => {
    if (!references.has(w)) references.set(w, masterAt(w).then((m) => greyPixels(m.data, rawOf(m))));
    return references.get(w)!;
  };
  /** Encodes at the configured quality, raised until the output's SSIM reaches `minSsim`. */
  const encodeFaithful = async (w: number, format: OutputFormat): Promise<EncodedImage> => {
    let quality = baseQuality(format, config);
    for (;;) {
      const { data: bytes, info } = await encodeAs(await fromMaster(w), format, config, quality);
      const out: EncodedImage = { role: 'variant', format, width: info.width, height: info.height, data: bytes };
      if (quality === undefined) return out;
      out.quality = quality;
      if (config.minSsim <= 0) return out;
      out.ssim = ssimOf(await reference(w), await greyPixels(bytes));
      if (out.ssim >= config.minSsim || quality >= QUALITY_CAP) return out;
      quality = Math.min(QUALITY_CAP, quality + QUALITY_STEP);
    }
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
        ? img.png({ compressionLevel: 9, adaptiveFiltering: true, effort: 10 })
        : img.png({ compressionLevel: 9, palette: true, quality, effort: 10 });
    case 'webp':
      return img.webp({ quality, effort: config.effort.webp, smartSubsample: true });
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
