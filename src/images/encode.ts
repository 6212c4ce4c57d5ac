// Encoding: one decode of the source (orientation applied, converted to sRGB, shrunk to the largest
// width), then every output is encoded from that small in-memory master. Decoding streams
// (`sequentialRead`) and JPEG shrink-on-load keep memory bounded even for an 86-megapixel input.
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { CompiledImageConfig, SourceFormat, VariantFormat } from './config.js';
import type { GoodInput } from './inspect.js';

export type OutputFormat = SourceFormat | VariantFormat;

export interface EncodedImage {
  /** 'original' for the image served at the source URL, else the variant's `<width>.<format>`. */
  role: 'original' | 'variant';
  format: OutputFormat;
  width: number;
  height: number;
  data: Buffer;
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
  const master = await sharp(data, { sequentialRead: true, limitInputPixels: config.maxPixels, failOn: 'error' })
    .autoOrient()
    .resize({ width: top, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = master.info;
  const raw = { width, height, channels: channels as 1 | 2 | 3 | 4 };
  const fromMaster = (w: number) => {
    const img = sharp(master.data, { raw });
    return w < width ? img.resize({ width: w }) : img;
  };

  const outputs: EncodedImage[] = [];
  let keptOriginal = keepOriginal;
  if (!keepOriginal) {
    const encoded = await encodeAs(fromMaster(width), input.format, config);
    // Re-encoding an already small, metadata-free file can make it bigger: then keep its bytes.
    if (width === input.width && !input.hasMetadata && encoded.data.length >= data.length) keptOriginal = true;
    else outputs.push({ role: 'original', format: input.format, width, height, data: encoded.data });
  }
  for (const format of config.formats) {
    for (const w of widths) {
      const encoded = await encodeAs(fromMaster(w), format, config);
      outputs.push({ role: 'variant', format, width: encoded.info.width, height: encoded.info.height, data: encoded.data });
    }
  }
  return { width, height, keptOriginal, outputs };
}

function encodeAs(img: Sharp, format: OutputFormat, config: CompiledImageConfig): Promise<{ data: Buffer; info: OutputInfo }> {
  return encoder(img, format, config).toBuffer({ resolveWithObject: true });
}

function encoder(img: Sharp, format: OutputFormat, config: CompiledImageConfig): Sharp {
  const q = config.quality;
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality: q.jpeg, mozjpeg: true });
    case 'png':
      return q.png === undefined
        ? img.png({ compressionLevel: 9, adaptiveFiltering: true, effort: 10 })
        : img.png({ compressionLevel: 9, palette: true, quality: q.png, effort: 10 });
    case 'webp':
      return img.webp({ quality: q.webp, effort: 5, smartSubsample: true });
    case 'avif':
      return img.avif({ quality: q.avif, effort: 4 });
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
