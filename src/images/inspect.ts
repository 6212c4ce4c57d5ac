// Input inspection: reads an image's header and decides whether kiln can optimise it faithfully.
// Anything it cannot (empty, undecodable, animated, CMYK, 16-bit, vector, too large, unknown
// format) becomes a `BadInput` reason; the pipeline then warns and copies the original unchanged.
import sharp, { type Metadata } from 'sharp';
import type { SourceFormat } from './config.js';

export interface GoodInput {
  ok: true;
  format: SourceFormat;
  /** Displayed size, EXIF orientation applied. */
  width: number;
  height: number;
  hasAlpha: boolean;
  /** The file carries EXIF, ICC, XMP or IPTC metadata, or an orientation to apply. */
  hasMetadata: boolean;
  /** Set when the content is a decodable image whose extension names another format. */
  extensionMismatch?: string;
}

export interface BadInput {
  ok: false;
  reason: string;
}

export type Inspection = GoodInput | BadInput;

const EXTENSION_FORMAT: Record<string, SourceFormat | 'svg'> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.jpe': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
  '.gif': 'gif',
  '.svg': 'svg',
};

/** The format a file name announces, or undefined for an unknown extension. */
export function formatOfExtension(file: string): SourceFormat | 'svg' | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSION_FORMAT[file.slice(dot).toLowerCase()];
}

/** Reads the header of `data` (the file's bytes) named `file`. Never throws. */
export async function inspectImage(data: Buffer, file: string, maxPixels: number): Promise<Inspection> {
  if (data.length === 0) return bad('is empty (0 bytes)');
  const announced = formatOfExtension(file);
  if (announced === 'svg') return bad('is an SVG (vector images are served as they are)');
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch (err) {
    return bad(`cannot be decoded (${cleanMessage(err)})`);
  }
  const format = normaliseFormat(meta.format);
  if (meta.format === 'svg') return bad('is an SVG (vector images are served as they are)');
  if (!format) return bad(`is in a format kiln does not optimise (${meta.format})`);
  if (format === 'avif' && meta.compression && meta.compression !== 'av1') return bad(`is a ${meta.compression.toUpperCase()} image, not AVIF`);
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (!width || !height) return bad('has no dimensions in its header');
  if (width * height > maxPixels) {
    return bad(`is ${width}×${height} = ${(width * height).toLocaleString('en')} pixels, above the limit of ${maxPixels.toLocaleString('en')} (kiln.images.max_pixels)`);
  }
  if ((meta.pages ?? 1) > 1) return bad(`is animated (${meta.pages} frames); kiln keeps animations as they are`);
  if (meta.space === 'cmyk') return bad('is a CMYK image; convert it to RGB (sRGB) for the web');
  if (meta.depth && meta.depth !== 'uchar') {
    return bad(`has ${meta.depth === 'ushort' ? '16' : meta.depth}-bit channels; re-encoding would lose precision, save it as 8-bit`);
  }
  const good: GoodInput = {
    ok: true,
    format,
    width,
    height,
    hasAlpha: meta.hasAlpha,
    hasMetadata: Boolean(meta.exif || meta.icc || meta.xmp || meta.iptc || (meta.orientation && meta.orientation !== 1)),
  };
  if (announced && announced !== format) good.extensionMismatch = `its content is ${format.toUpperCase()} but its extension says ${announced.toUpperCase()}`;
  if (!announced) good.extensionMismatch = `its extension does not name an image format (content is ${format.toUpperCase()})`;
  return good;
}

function normaliseFormat(format: string | undefined): SourceFormat | undefined {
  switch (format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
      return format;
    case 'heif':
      return 'avif';
    default:
      return undefined;
  }
}

/** sharp's messages end with libvips detail lines; keep the first, readable line. */
export function cleanMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0].replace(/^Input (buffer|file) /, '').trim();
}

function bad(reason: string): BadInput {
  return { ok: false, reason };
}
