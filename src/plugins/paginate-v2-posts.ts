// Which documents a jekyll-paginate-v2 template lists, in the gem's order: the requested
// collections (`collection: posts`, `a, b`, `all`) without their pagination pages and hidden
// documents (PaginationModel#get_docs_in_collections), narrowed by the `category`/`tag`/`locale`
// filters (PaginationIndexer), then sorted by `sort_field`, cut by `offset` and reversed by
// `sort_reverse` (PaginationModel#paginate). Ruby's sort! is glibc's merge sort here: stable.
import { KilnError } from '../util/errors.js';
import { isHash, isNil, rubyInspect, rubyToI, rubyToS, rubyTruthy, compareBytes } from '../liquid/ruby/value.js';
import { isRubyTime, RubyDate } from '../liquid/ruby/time.js';
import type { Doc, Site } from '../site/model.js';
import { rubySplit } from './paginate-v2-ruby.js';
import type { PaginationConfig } from './paginate-v2-config.js';

/** The collection lambda of PaginationGenerator: `all` is every collection but posts. */
export function docsOfCollection(site: Site, name: string): Doc[] {
  const notPagination = (d: Doc) => !Object.prototype.hasOwnProperty.call(d.data, 'pagination');
  if (name === 'all') return [...site.collections.values()].filter((c) => c.label !== 'posts').flatMap((c) => c.docs.filter(notPagination));
  const c = site.collections.get(name);
  return c ? c.docs.filter(notPagination) : [];
}

/** The collection names a `collection:` value asks for (a string splits on `;`, `,` and spaces). */
export function collectionNames(value: unknown): string[] {
  if (typeof value === 'string') return rubySplit(value, /;|,|\s/);
  if (Array.isArray(value)) return value.map((v) => rubyToS(v));
  throw new KilnError(`Pagination: collection must be a string or a list, not ${rubyInspect(value)}`);
}

/** get_docs_in_collections: the collections' documents joined, hidden ones removed. */
export function docsInCollections(site: Site, value: unknown): Doc[] {
  const docs = collectionNames(value).flatMap((n) => docsOfCollection(site, n.toLowerCase().trim()));
  return docs.filter((d) => !rubyTruthy(d.data.hidden));
}

/** Ruby's `#size` as index_posts_by asks it (a String's length, an Integer's 8 bytes). */
function rubySize(v: unknown): number {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (typeof v === 'number') return 8;
  if (isHash(v)) return Object.keys(v).length;
  throw new KilnError(`Pagination: undefined method 'size' for ${rubyInspect(v)}`);
}

/** PaginationIndexer.index_posts_by: lowercased keys (split on `;` and `,`) → documents. */
export function indexPostsBy(posts: Doc[], key: string): Map<string, Doc[]> {
  const index = new Map<string, Doc[]>();
  for (const post of posts) {
    if (!Object.prototype.hasOwnProperty.call(post.data, key)) continue;
    const value = post.data[key];
    if (isNil(value) || rubySize(value) <= 0 || rubyToS(value).trim().length === 0) continue;
    const values = typeof value === 'string' ? rubySplit(value, /;|,|\s/) : Array.isArray(value) ? value : undefined;
    if (!values) throw new KilnError(`Pagination: undefined method 'each' for ${rubyInspect(value)} (${key} of ${post.relativePath})`);
    for (const item of values) {
      for (const part of rubySplit(rubyToS(item).toLowerCase().trim(), /;|,/)) {
        const k = part.toLowerCase().trim();
        const list = index.get(k) ?? [];
        list.push(post);
        index.set(k, list);
      }
    }
  }
  return index;
}

/** Array#&: the first list's items (once each) that the second has. */
function intersect(first: Doc[], second: Doc[] | undefined): Doc[] {
  if (!second) return [];
  const keep = new Set(second);
  return [...new Set(first)].filter((d) => keep.has(d));
}

/** read_config_value_and_filter_posts: each value of `config[key]` narrows the posts. */
export function filterPosts(config: PaginationConfig, key: string, posts: Doc[], index: Map<string, Doc[]>): Doc[] {
  const value = config[key];
  if (isNil(value)) return posts;
  const values = typeof value === 'string' ? rubySplit(value, /;|,/) : Array.isArray(value) ? value : undefined;
  if (!values) throw new KilnError(`Pagination: undefined method 'each' for ${rubyInspect(value)} (the ${key} filter)`);
  let out = posts;
  for (const v of values) out = intersect(out, index.get(rubyToS(v).toLowerCase().trim()));
  return out;
}

/** Utils.sort_get_post_data: `a:b` walks nested hashes (keys lowercased); a hash or a missing key is nil. */
export function sortValue(data: Record<string, unknown>, field: string): unknown {
  let value: unknown = data;
  for (const raw of rubySplit(field, /:/)) {
    const key = raw.toLowerCase().trim();
    if (!isHash(value)) throw new KilnError(`Pagination: undefined method 'has_key?' for ${rubyInspect(value)} (sort_field '${field}')`);
    if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) return null;
    value = value[key];
  }
  return isHash(value) ? null : value;
}

/** An instant for values that respond to to_datetime (Time, Date). */
function dateTimeMs(v: unknown): number | undefined {
  if (isRubyTime(v)) return v.epochMs;
  if (v instanceof RubyDate) return Date.UTC(v.year, v.month - 1, v.day);
  return undefined;
}

/** Utils.sort_values: nil first, Strings without case, dates by instant, else `<=>` (nil → error). */
export function compareSortValues(a: unknown, b: unknown, field: string): number {
  if (isNil(a) && !isNil(b)) return -1;
  if (!isNil(a) && isNil(b)) return 1;
  if (typeof a === 'string') {
    if (typeof b !== 'string') throw new KilnError(`Pagination: undefined method 'downcase' for ${rubyInspect(b)} (sorting by '${field}')`);
    return compareBytes(a.toLowerCase(), b.toLowerCase());
  }
  const ta = dateTimeMs(a);
  const tb = dateTimeMs(b);
  if (ta !== undefined && tb !== undefined) return Math.sign(ta - tb);
  if (isNil(a) && isNil(b)) return 0;
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'boolean' && a === b) return 0;
  throw new KilnError(`Pagination: comparison of Jekyll::Document with Jekyll::Document failed (sort_field '${field}': ${rubyInspect(a)} and ${rubyInspect(b)})`);
}

/** The sort, offset and reverse step of PaginationModel#paginate (only when sort_field is set). */
export function sortPosts(posts: Doc[], config: PaginationConfig): Doc[] {
  if (!rubyTruthy(config.sort_field)) return posts;
  const field = rubyToS(config.sort_field);
  const sorted = [...posts].sort((a, b) => compareSortValues(sortValue(a.data, field), sortValue(b.data, field), field));
  // "Remove the first x entries": Array#pop(n) takes them off the end, before the reverse.
  const offset = Math.max(0, rubyToI(config.offset));
  sorted.splice(Math.max(0, sorted.length - offset), offset);
  if (rubyTruthy(config.sort_reverse)) sorted.reverse();
  return sorted;
}

/** Everything one template lists: its collections, filtered by category, tag and locale, sorted. */
export function postsForTemplate(site: Site, config: PaginationConfig): Doc[] {
  const all = docsInCollections(site, config.collection);
  const categories = indexPostsBy(all, 'categories');
  // Every post is in the `posts` category (the gem's backward-compatible default).
  categories.set('posts', all);
  let posts = filterPosts(config, 'category', all, categories);
  posts = filterPosts(config, 'tag', posts, indexPostsBy(all, 'tags'));
  posts = filterPosts(config, 'locale', posts, indexPostsBy(all, 'locale'));
  return sortPosts(posts, config);
}
