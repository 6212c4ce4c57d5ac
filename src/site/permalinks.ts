// URLs and output paths of pages, documents and static files, as Jekyll computes them
// (Page#template/url, Document#url through Drops::UrlDrop, StaticFile#url), and output extensions
// from the converters (Markdown → .html, Sass → .css, anything else keeps its extension).
import { addPermalinkSuffix } from '../config/defaults.js';
import { KilnError } from '../util/errors.js';
import type { RubyTime } from '../liquid/ruby/time.js';
import { slugify as slugifyText } from '../liquid/ruby/slugify.js';

/** Jekyll's slugify on a front matter value of any type (nil stays nil). */
const slugify = (input: unknown, mode?: string, cased = false) => slugifyText(input === null || input === undefined ? null : String(input), mode, cased);
import { urlFromHash, urlFromPlaceholders, outputPathForUrl } from './url.js';
import type { Doc, Page, StaticFile, Collection } from './model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface Converters {
  /** Output extension for a source extension (`.md` → `.html`). */
  outputExt(ext: string): string;
}

export function makeConverters(markdownExt: string): Converters & { isMarkdown(ext: string): boolean; isSass(ext: string): boolean } {
  const md = new Set(markdownExt.split(',').map((e) => '.' + e.trim().toLowerCase()));
  const isMarkdown = (ext: string) => md.has(ext.toLowerCase());
  const isSass = (ext: string) => ext === '.scss' || ext === '.sass';
  return {
    isMarkdown,
    isSass,
    outputExt: (ext) => (isMarkdown(ext) ? '.html' : isSass(ext) ? '.css' : ext),
  };
}

/** Renderer#output_ext: a permalink with an extension wins over the converter's. */
function outputExtFor(permalink: unknown, ext: string, converters: Converters): string {
  if (typeof permalink === 'string' && !permalink.endsWith('/')) {
    const base = permalink.slice(permalink.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot > 0) return base.slice(dot);
  }
  return converters.outputExt(ext);
}

export function assignPageUrl(page: Page, permalinkStyle: string, converters: Converters): void {
  page.outputExt = outputExtFor(page.data.permalink, page.ext, converters);
  let template: string;
  if (!page.isHtml) template = '/:path/:basename:output_ext';
  else if (page.basename === 'index') template = '/:path/';
  else template = addPermalinkSuffix('/:path/:basename', permalinkStyle);
  const placeholders: [string, string | null][] = [['path', page.dir], ['basename', page.basename], ['output_ext', page.outputExt]];
  const permalink = page.data.permalink;
  page.url = urlFromHash(typeof permalink === 'string' || typeof permalink === 'number' ? String(permalink) : template, placeholders);
  page.outputPath = outputPathForUrl(page.url, page.outputExt, 'page');
}

export function collectionUrlTemplate(collection: Collection, permalinkStyle: string): string {
  const p = collection.metadata.permalink;
  if (p !== undefined && p !== null) return String(p);
  return addPermalinkSuffix('/:collection/:path', permalinkStyle);
}

/** Document#cleaned_relative_path: no extension, no `_label`, no trailing dots. */
export function cleanedRelativePath(doc: Doc): string {
  const rp = doc.relativePath;
  const noExt = rp.slice(0, rp.length - doc.ext.length);
  return noExt.replace(doc.collection.relativeDirectory, '').replace(/\.*$/, '');
}

export function assignDocUrl(doc: Doc, permalinkStyle: string, converters: Converters): void {
  doc.outputExt = outputExtFor(doc.data.permalink, doc.ext, converters);
  const date = doc.date;
  const p = date.parts();
  const lookup = (key: string): string | null | undefined => {
    switch (key) {
      case 'collection': return doc.collection.label;
      case 'path': return cleanedRelativePath(doc);
      case 'output_ext': return doc.outputExt;
      case 'name': return slugify(doc.basenameWithoutExt);
      case 'title': return slugify(doc.data.slug, 'pretty', true) ?? slugify(doc.basenameWithoutExt, 'pretty', true);
      case 'slug': return slugify(doc.data.slug) ?? slugify(doc.basenameWithoutExt);
      case 'categories': return [...new Set(toArray(doc.data.categories).map((c) => String(c ?? '').toLowerCase()))].join('/');
      case 'slugified_categories': return [...new Set(toArray(doc.data.categories).map((c) => slugify(String(c ?? ''))))].join('/');
      case 'year': return pad(p.year, 4);
      case 'month': return pad(p.month, 2);
      case 'day': return pad(p.day, 2);
      case 'hour': return pad(p.hour, 2);
      case 'minute': return pad(p.minute, 2);
      case 'second': return pad(p.second, 2);
      case 'i_day': return String(p.day);
      case 'i_month': return String(p.month);
      case 'short_month': return MONTHS[p.month - 1]!.slice(0, 3);
      case 'long_month': return MONTHS[p.month - 1]!;
      case 'short_year': return pad(p.year % 100, 2);
      case 'w_year': return String(isoWeek(date).year);
      case 'week': return pad(isoWeek(date).week, 2);
      case 'w_day': return String(p.wday === 0 ? 7 : p.wday);
      case 'short_day': return DAYS[p.wday]!.slice(0, 3);
      case 'long_day': return DAYS[p.wday]!;
      case 'y_day': return pad(yearDay(p.year, p.month, p.day), 3);
      default: return undefined;
    }
  };
  const permalink = doc.data.permalink;
  const template = permalink !== undefined && permalink !== null && permalink !== false ? String(permalink) : collectionUrlTemplate(doc.collection, permalinkStyle);
  try {
    doc.url = urlFromPlaceholders(template, lookup, doc.relativePath);
  } catch (err) {
    if (!(err instanceof KilnError)) throw err;
    doc.url = '';
    doc.urlError = err;
  }
  doc.outputPath = outputPathForUrl(doc.url, doc.outputExt, 'document');
}

export function assignStaticUrl(file: StaticFile, permalinkStyle: string): void {
  const rp = file.relativePath;
  let cleaned = rp.slice(0, rp.length - file.extname.length).replace(/\.*$/, '');
  if (file.collection) {
    cleaned = cleaned.replace(file.collection.relativeDirectory, '');
    const template = collectionUrlTemplate(file.collection, permalinkStyle);
    const base = urlFromPlaceholders(template, (key) => {
      switch (key) {
        case 'collection': return file.collection!.label;
        case 'path': return cleaned;
        case 'output_ext': return '';
        case 'name': return file.basename;
        case 'title': return '';
        default: return undefined;
      }
    }, rp);
    file.url = base.replace(/\/$/, '') + file.extname;
  } else {
    file.url = cleaned.replace(/\/$/, '') + file.extname;
  }
  file.outputPath = outputPathForUrl(file.url, '', 'document').replace(/^\/+/, '');
}

function toArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function yearDay(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** ISO 8601 week number and week-based year (%V, %G). */
export function isoWeek(t: RubyTime): { year: number; week: number } {
  const p = t.parts();
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const dayNum = (p.wday + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - dayNum + 3); // Thursday of this week
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return { year, week };
}
