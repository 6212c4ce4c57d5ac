// What Jekyll's Document does when it reads a post or collection item: categories from folders,
// defaults, front matter, then the date (front matter, else file name), title/slug/ext from the
// file name, categories and tags normalised, the excerpt source, and the draft flag.
import { KilnError } from '../util/errors.js';
import { deepMerge } from '../config/merge.js';
import { parseDate, InvalidDateError } from '../config/parse-date.js';
import type { RubyTime } from '../liquid/ruby/time.js';
import { extractExcerpt } from './excerpt.js';
import type { Doc } from './model.js';

export const DATE_FILENAME_MATCHER = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
export const DATELESS_FILENAME_MATCHER = /^(?:.+\/)*(.*)(\.[^.]+)$/;

export interface DocContext {
  siteTime: RubyTime;
  excerptSeparator: string;
  defaults: Record<string, unknown>;
  frontMatter: Record<string, unknown>;
  /** The folder categories come from: `_posts`, `_drafts`, or the collection's `_label`. */
  specialDir: string;
  isDraft: boolean;
  mtimeMs: number;
  /**
   * The front matter failed to parse: Jekyll's Document#read stops at the exception, so the
   * file-name date, title, slug, categories/tags normalisation and excerpt never happen.
   */
  readFailed?: boolean;
  warn?: (message: string) => void;
}

/** Fills `doc.data` as Document#read does. */
export function readDocumentData(doc: Doc, ctx: DocContext): void {
  // Document#initialize asks draft? first (`data["draft"] ||= …`), so draft is the data's first key.
  doc.data = { draft: ctx.isDraft };
  mergeData(doc, { categories: categoriesFromPath(doc.relativePath, ctx.specialDir, doc.basename) }, 'file path');
  if (Object.keys(ctx.defaults).length) mergeData(doc, structuredCloneData(ctx.defaults), 'front matter defaults');
  mergeData(doc, ctx.frontMatter, 'YAML front matter');
  if (ctx.readFailed) {
    doc.data.draft = ctx.isDraft;
    return;
  }
  // populate_title
  let slug: string | undefined;
  let ext: string | undefined;
  const dated = DATE_FILENAME_MATCHER.exec(doc.relativePath);
  if (dated) {
    slug = dated[2];
    ext = dated[3];
    const current = doc.data.date as RubyTime | undefined;
    if (!current || Math.floor(current.epochMs / 1000) === Math.floor(ctx.siteTime.epochMs / 1000)) {
      mergeData(doc, { date: dated[1] }, 'filename');
    }
  } else {
    const dateless = DATELESS_FILENAME_MATCHER.exec(doc.relativePath);
    if (dateless) {
      slug = dateless[1];
      ext = dateless[2];
    }
  }
  slug = (slug ?? doc.basenameWithoutExt).replace(/\.*$/, '');
  if (doc.data.title === undefined || doc.data.title === null || doc.data.title === false) doc.data.title = titleizeSlug(slug);
  if (doc.data.slug === undefined || doc.data.slug === null || doc.data.slug === false) doc.data.slug = slug;
  if (doc.data.ext === undefined || doc.data.ext === null || doc.data.ext === false) doc.data.ext = ext ?? null;
  // populate_categories / populate_tags
  const cats = [...toArray(doc.data.categories), ...pluralized(doc.data, 'category', 'categories')].flat(Infinity).map(rubyToS);
  mergeData(doc, { categories: [...new Set(cats)] }, 'front matter');
  doc.data.tags = pluralized(doc.data, 'tag', 'tags').flat(Infinity);
  // excerpt
  const separator = String(doc.data.excerpt_separator ?? ctx.excerptSeparator ?? '');
  if (separator !== '' && (doc.data.excerpt === undefined || doc.data.excerpt === null || doc.data.excerpt === false)) {
    doc.excerptSource = extractExcerpt(doc.content, separator, () =>
      ctx.warn?.(`Excerpt modified in ${doc.relativePath}! Found a Liquid block containing the excerpt separator ${JSON.stringify(separator)}. The block has been modified with the appropriate closing tag. Feel free to define a custom excerpt or excerpt_separator in the document's Front Matter if the generated excerpt is unsatisfactory.`),
    );
  }
  // draft? and date
  if (doc.data.draft === undefined || doc.data.draft === null || doc.data.draft === false) doc.data.draft = ctx.isDraft;
  if (doc.data.date === undefined || doc.data.date === null) {
    // Jekyll sets this lazily (drafts: file mtime, others: site.time) — but only when first asked,
    // which sorting does not do; the reader assigns it after sorting (see ensureDate).
  }
}

/** Document#date: data["date"] ||= draft ? mtime : site.time. */
export function ensureDate(doc: Doc, siteTime: RubyTime, mtimeMs: number, isDraft: boolean): RubyTime {
  if (!doc.data.date) doc.data.date = isDraft ? parseDate(new Date(mtimeMs)) : siteTime;
  return doc.data.date as RubyTime;
}

function mergeData(doc: Doc, other: Record<string, unknown>, source: string): void {
  const incoming = { ...other };
  if ('categories' in incoming && incoming.categories !== null && incoming.categories !== undefined) {
    if (typeof incoming.categories === 'string') incoming.categories = incoming.categories.split(/\s+/).filter(Boolean);
    if (Array.isArray(doc.data.categories)) {
      const union = [...doc.data.categories];
      for (const c of toArray(incoming.categories)) if (!union.some((u) => rubyEql(u, c))) union.push(c);
      incoming.categories = union;
    }
  }
  doc.data = deepMerge(doc.data, incoming);
  if ('date' in doc.data && doc.data.date !== undefined && doc.data.date !== null && ('date' in incoming)) {
    try {
      doc.data.date = parseDate(doc.data.date);
    } catch (e) {
      if (e instanceof InvalidDateError) {
        throw new KilnError(`Invalid date '${String(incoming.date)}': Document '${doc.relativePath}' does not have a valid date in the ${source}.`, { file: doc.relativePath });
      }
      throw e;
    }
  }
}

function rubyEql(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

function structuredCloneData(v: Record<string, unknown>): Record<string, unknown> {
  return { ...v };
}

export function categoriesFromPath(relativePath: string, specialDir: string, basename: string): string[] {
  if (relativePath.startsWith(specialDir)) return [];
  const idx = relativePath.indexOf(specialDir);
  const superdirs = idx < 0 ? relativePath : relativePath.slice(0, idx);
  return superdirs.split('/').filter((c) => c !== '' && c !== specialDir && c !== basename);
}

function toArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Utils.pluralized_array_from_hash: the singular key wins; a plural string is split on spaces. */
function pluralized(data: Record<string, unknown>, singular: string, plural: string): unknown[] {
  let value: unknown = data[singular];
  if (value === undefined || value === null) {
    const pv = data[plural];
    if (typeof pv === 'string') value = pv.split(/\s+/).filter(Boolean);
    else if (Array.isArray(pv)) value = pv.filter((x) => x !== null && x !== undefined);
    else value = undefined;
  }
  return [value].flat(Infinity).filter((x) => x !== null && x !== undefined);
}

function rubyToS(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

export function titleizeSlug(slug: string): string {
  return slug.split('-').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w)).join(' ');
}
