// The `<picture>` rewrite: finds the `<img>` tags of a page that point to processed images and
// replaces only those tags' source ranges with a `<picture>` (AVIF/WebP `<source>`s, then the
// original `<img>` with every attribute it had, plus width/height, lazy loading and async decoding).
// Every other byte of the page is left as it was. Parsed with htmlparser2 for exact tag offsets.
import { Parser } from 'htmlparser2';
import { extensionOf, mimeType, type OutputFormat } from './encode.js';
import { resolveImageSrc, variantUrl, type UrlContext } from './url.js';

export interface ProcessedImage {
  /** Size of the image served at the original URL. */
  width: number;
  height: number;
  /** Variants by format, in `<source>` order, each with its widths ascending. */
  variants: { format: OutputFormat; widths: number[] }[];
}

export interface RewriteOptions {
  baseurl: string;
  siteUrl?: string;
  /** Default `sizes` of the `<source>`s when the `<img>` has none. */
  sizes: string;
  /** The processed image at a destination-relative path, if any. */
  lookup(relPath: string): ProcessedImage | undefined;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Rewrites the `<img>`s of `html` (the page written at destination-relative `pagePath`). */
export function rewriteImages(html: string, pagePath: string, options: RewriteOptions): string {
  if (!/<img[\s/>]/i.test(html)) return html;
  const ctx: UrlContext = { pagePath, baseurl: options.baseurl, siteUrl: options.siteUrl };
  const edits: Edit[] = [];
  let pictureDepth = 0;
  let seenImage = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'picture') pictureDepth++;
        if (name !== 'img') return;
        const first = !seenImage;
        seenImage = true;
        // An <img> already in a <picture> or with its own srcset is managed by its author.
        if (pictureDepth > 0 || attribs.srcset !== undefined || attribs.src === undefined) return;
        const rel = resolveImageSrc(attribs.src, ctx);
        const image = rel === undefined ? undefined : options.lookup(rel);
        if (!image || image.variants.length === 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const tag = html.slice(start, end);
        if (!/^<img/i.test(tag) || !tag.endsWith('>')) return; // implied or odd tag: leave it
        edits.push({ start, end, text: pictureMarkup(tag, attribs, image, first, options.sizes) });
      },
      onclosetag(name) {
        if (name === 'picture' && pictureDepth > 0) pictureDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (edits.length === 0) return html;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}

function pictureMarkup(tag: string, attribs: Record<string, string>, image: ProcessedImage, first: boolean, defaultSizes: string): string {
  const tail = /\s*\/?>$/.exec(tag)!;
  const selfClosing = tail[0].includes('/');
  const close = selfClosing ? ' />' : '>';
  const sizes = attribs.sizes ?? defaultSizes;
  const src = attribs.src;
  const sources = image.variants.map((v) => {
    const srcset = v.widths.map((w) => `${variantUrl(src, w, extensionOf(v.format))} ${w}w`).join(', ');
    return `<source type="${mimeType(v.format)}" srcset="${escapeAttr(srcset)}" sizes="${escapeAttr(sizes)}"${close}`;
  });
  const added: string[] = [];
  if (attribs.width === undefined && attribs.height === undefined) added.push(`width="${image.width}"`, `height="${image.height}"`);
  if (!first && attribs.loading === undefined) added.push('loading="lazy"');
  if (!first && attribs.decoding === undefined) added.push('decoding="async"');
  const img = added.length ? `${tag.slice(0, tail.index)} ${added.join(' ')}${tail[0]}` : tag;
  return `<picture>${sources.join('')}${img}</picture>`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
