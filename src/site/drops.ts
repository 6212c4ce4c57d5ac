// The Liquid view of the site (Jekyll's drops) as plain objects with own getters, so liquidjs
// (ownPropertyOnly) reads them directly: `site` (config keys plus posts, pages, data, collections…),
// a document's drop (live `content`, lazily rendered `excerpt`, `next`/`previous`), a page's hash,
// static files. Each `site.*` collection read is reported to a tracker for the dependency graph.
import { RubyTime } from '../liquid/ruby/time.js';
import { deepMerge } from '../config/merge.js';
import { JSONIFY } from '../liquid/filters/json.js';
import { Page, type Collection, type Doc, type Site, type StaticFile } from './model.js';

export type SiteDependency = 'posts' | 'pages' | 'data' | 'static_files' | 'documents' | 'collections' | 'time';

export interface DropHooks {
  /** Rendered excerpt of a document (Jekyll renders it on first access). */
  excerpt(doc: Doc): string;
  /** Rendered excerpt of a page (page_excerpts). */
  pageExcerpt(page: Page): string;
  /**
   * Called when a template reads one of the site's lists (for the dependency graph): `posts`,
   * `collection:<label>`, … and `body:<file>` when it reads an item's content or excerpt (so
   * editing a post's body re-renders only the pages that show that body), `output:<file>` when it
   * reads a document's output.
   */
  track(dep: SiteDependency | `collection:${string}` | `body:${string}` | `output:${string}`): void;
  /** The document being rendered right now (site.related_posts). */
  currentDocument(): Doc | undefined;
}

const JEKYLL_VERSION = '4.3.1';

export function jekyllDrop(): Record<string, unknown> {
  return { version: JEKYLL_VERSION, environment: process.env.JEKYLL_ENV || 'development' };
}

function define(obj: Record<string, unknown>, key: string, get: () => unknown, enumerable = true): void {
  Object.defineProperty(obj, key, { get, enumerable, configurable: true });
}

/** Document#id: the URL's folder plus the slug. */
export function documentId(doc: Doc): string {
  // File.dirname ignores trailing slashes: dirname("/a/b/") is "/a".
  const url = doc.url.replace(/\/+$/, '');
  const dir = url.slice(0, url.lastIndexOf('/')) || '/';
  const slug = doc.data.slug ?? doc.basenameWithoutExt;
  return (dir === '/' ? '' : dir) + '/' + String(slug);
}

/** DocumentDrop: methods first (content, url, excerpt…), then the front matter. */
export function documentDrop(doc: Doc, hooks: DropHooks): Record<string, unknown> {
  if (doc.liquid) return doc.liquid;
  const drop: Record<string, unknown> = { ...doc.data };
  delete drop.excerpt;
  const body = `body:${doc.absPath}` as const;
  define(drop, 'content', () => {
    hooks.track(body);
    return doc.content;
  });
  define(drop, 'output', () => {
    hooks.track(`output:${doc.absPath}`);
    return doc.output ?? null;
  });
  define(drop, 'excerpt', () => {
    hooks.track(body);
    const fm = doc.data.excerpt;
    if (fm !== undefined && fm !== null && fm !== false) return String(fm);
    return doc.excerptSource === undefined ? '' : hooks.excerpt(doc);
  });
  // Not enumerable: readable from Liquid, but key walks (jsonify, inspect) do not follow the chain
  // of neighbours forever (Jekyll collapses them in hash_for_json).
  define(drop, 'next', () => neighbour(doc, 1, hooks), false);
  define(drop, 'previous', () => neighbour(doc, -1, hooks), false);
  if (doc.urlError) {
    const fail = (): never => {
      throw doc.urlError;
    };
    define(drop, 'id', fail);
    define(drop, 'url', fail);
  } else {
    drop.id = documentId(doc);
    drop.url = doc.url;
  }
  drop.date = doc.data.date;
  drop.relative_path = doc.relativePath;
  drop.path = doc.relativePath;
  drop.collection = doc.collection.label;
  drop.name = doc.data.name ?? doc.basename;
  drop.title = doc.data.title ?? null;
  drop.categories = doc.data.categories ?? null;
  drop.tags = doc.data.tags ?? null;
  Object.defineProperty(drop, JSONIFY, { value: (depth: number, skip?: Set<string>) => documentHash(drop, doc, depth, skip), enumerable: false });
  doc.liquid = drop;
  return drop;
}

// DocumentDrop#to_h: the drop's methods in the order Ruby lists them, then the data's own keys.
const DOCUMENT_METHODS = ['name', 'id', 'relative_path', 'excerpt', 'title', 'categories', 'collection', 'next', 'tags', 'previous', 'content', 'output', 'path', 'url', 'date'];
const NESTED_BLACKLIST = new Set(['content', 'output', 'excerpt', 'next', 'previous']);

/**
 * What jsonify writes for a document (Jekyll's hash_for_json): every key, with next/previous in
 * full, except that from depth 2 down they are collapsed (no content, output, excerpt or
 * neighbours), which ends the chain of neighbours. Skipped keys are not even read: reading content
 * or excerpt would render it and record a dependency the output does not have.
 */
function documentHash(drop: Record<string, unknown>, doc: Doc, depth: number, skip?: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of DOCUMENT_METHODS) if (!skip?.has(key)) out[key] = drop[key];
  for (const key of Object.keys(doc.data)) if (!(key in out) && !skip?.has(key)) out[key] = drop[key];
  if (depth >= 2) {
    if (!skip?.has('previous')) out.previous = collapse(out.previous);
    if (!skip?.has('next')) out.next = collapse(out.next);
  }
  return out;
}

function collapse(neighbour: unknown): unknown {
  if (!neighbour || typeof neighbour !== 'object') return neighbour;
  return ((neighbour as Record<symbol, unknown>)[JSONIFY] as (depth: number, skip: Set<string>) => Record<string, unknown>)(0, NESTED_BLACKLIST);
}

/** The site list a document belongs to, as the dependency graph names it. */
export function listOf(doc: Doc): string {
  return doc.collection.label === 'posts' ? 'posts' : `collection:${doc.collection.label}`;
}

function neighbour(doc: Doc, step: number, hooks: DropHooks): unknown {
  // Neighbours depend on the list's order and on the other documents' data.
  hooks.track(listOf(doc) as SiteDependency);
  const docs = doc.collection.docs;
  const i = docs.indexOf(doc);
  if (i < 0) return null;
  const other = docs[i + step];
  return other ? documentDrop(other, hooks) : null;
}

/** ExcerptDrop: the document's data without layout/excerpt, its own id and path. */
export function excerptDrop(doc: Doc, hooks: DropHooks): Record<string, unknown> {
  const drop: Record<string, unknown> = { ...doc.data };
  delete drop.layout;
  delete drop.excerpt;
  drop.content = doc.excerptSource ?? '';
  drop.id = documentId(doc) + '#excerpt';
  drop.url = doc.url;
  drop.date = doc.data.date;
  drop.relative_path = doc.relativePath + '/#excerpt';
  drop.path = doc.relativePath + '/#excerpt';
  drop.collection = doc.collection.label;
  drop.name = doc.data.name ?? doc.basename;
  drop.layout = doc.data.layout ?? null;
  drop.excerpt = null;
  drop.title = doc.data.title ?? null;
  drop.categories = doc.data.categories ?? null;
  drop.tags = doc.data.tags ?? null;
  define(drop, 'next', () => neighbour(doc, 1, hooks), false);
  define(drop, 'previous', () => neighbour(doc, -1, hooks), false);
  return drop;
}

/** Page#dir: the URL when it ends in `/`, else its folder with a trailing slash. */
export function pageDir(page: Page): string {
  if (page.url.endsWith('/')) return page.url;
  const d = page.url.slice(0, page.url.lastIndexOf('/')) || '/';
  return d.endsWith('/') ? d : d + '/';
}

/**
 * Page#to_liquid: the front matter (defaults already merged) plus content, dir, excerpt, name,
 * path, url. Jekyll builds a fresh hash at each access, so `content` is live here.
 */
export function pageDrop(page: Page, hooks?: DropHooks): Record<string, unknown> {
  if (page.liquid) return page.liquid;
  if (page.liquidView) return (page.liquid = page.liquidView(hooks));
  // Convertible#to_liquid: deep_merge(defaults, deep_merge(data, attributes)).
  const drop: Record<string, unknown> = deepMerge(page.defaults, page.frontMatter);
  define(drop, 'content', () => {
    hooks?.track(`body:${page.absPath}`);
    return page.content;
  });
  drop.dir = pageDir(page);
  if (page.excerptSource !== undefined && hooks) define(drop, 'excerpt', () => hooks.pageExcerpt(page));
  else drop.excerpt = page.data.excerpt === undefined || page.data.excerpt === null ? null : String(page.data.excerpt);
  drop.name = page.name;
  drop.path = page.data.path ?? page.relativePath;
  drop.url = page.url;
  page.liquid = drop;
  return drop;
}

export function staticFileDrop(file: StaticFile): Record<string, unknown> {
  return {
    ...file.data,
    name: file.name,
    extname: file.extname,
    modified_time: RubyTime.at(file.mtimeMs),
    basename: file.basename,
    path: file.relativePath,
    collection: file.collection ? file.collection.label : null,
  };
}

export function collectionDrop(c: Collection, hooks: DropHooks, source: string, collectionsDir: string): Record<string, unknown> {
  const drop: Record<string, unknown> = { ...c.metadata };
  drop.label = c.label;
  define(drop, 'docs', () => c.docs.map((d) => documentDrop(d, hooks)));
  define(drop, 'files', () => c.files.map(staticFileDrop));
  drop.directory = [source, collectionsDir, c.relativeDirectory].filter(Boolean).join('/');
  drop.relative_directory = c.relativeDirectory;
  drop.output = c.write;
  return drop;
}

/** SiteDrop: config keys, then Jekyll's lists; every list computed once per build. */
export function siteDrop(site: Site, hooks: DropHooks): Record<string, unknown> {
  const drop: Record<string, unknown> = { ...site.config };
  // Jekyll objects a plugin put in the config (jekyll-archives' `archives` pages) show as their to_liquid.
  for (const [key, value] of Object.entries(site.config)) {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof Page)) define(drop, key, () => (hooks.track('pages'), (value as Page[]).map((p) => pageDrop(p, hooks))));
  }
  const once = <T>(key: string, dep: Parameters<DropHooks['track']>[0], make: () => T) => {
    let value: T | undefined;
    define(drop, key, () => {
      hooks.track(dep);
      if (value === undefined) value = make();
      return value;
    });
  };
  const posts = site.collections.get('posts')!;
  const sortedPosts = () => [...posts.docs].sort((a, b) => docCompare(b, a));
  once('posts', 'posts', () => sortedPosts().map((d) => documentDrop(d, hooks)));
  // Jekyll's site.pages is the live list: source map pages join it as their Sass pages convert.
  let pages: Record<string, unknown>[] | undefined;
  let mapPagesIn = 0;
  define(drop, 'pages', () => {
    hooks.track('pages');
    pages ??= site.pages.map((p) => pageDrop(p, hooks));
    while (mapPagesIn < site.sourceMapPages.length) pages.push(pageDrop(site.sourceMapPages[mapPagesIn++]!, hooks));
    return pages;
  });
  once('html_pages', 'pages', () => site.pages.filter((p) => p.isHtml || p.url.endsWith('/')).map((p) => pageDrop(p, hooks)));
  once('static_files', 'static_files', () => site.staticFiles.map(staticFileDrop));
  once('data', 'data', () => site.data);
  once('categories', 'posts', () => postAttrHash(posts.docs, 'categories', hooks));
  once('tags', 'posts', () => postAttrHash(posts.docs, 'tags', hooks));
  once('documents', 'documents', () => [...site.collections.values()].flatMap((c) => [...c.docs, ...c.files]).map((d) => ('kind' in d ? documentDrop(d as Doc, hooks) : staticFileDrop(d as StaticFile))));
  once('collections', 'collections', () => [...site.collections.values()].sort((a, b) => (a.label < b.label ? -1 : 1)).map((c) => collectionDrop(c, hooks, site.source, String(site.config.collections_dir ?? ''))));
  drop.time = site.time;
  for (const c of site.collections.values()) {
    if (c.label === 'posts') continue;
    once(c.label, `collection:${c.label}`, () => c.docs.map((d) => documentDrop(d, hooks)));
  }
  define(drop, 'related_posts', () => {
    const doc = hooks.currentDocument();
    if (!doc) return null;
    hooks.track('posts');
    if (posts.docs.length <= 1) return [];
    return posts.docs.slice(-11).reverse().filter((p) => p !== doc).slice(0, 10).map((d) => documentDrop(d, hooks));
  });
  return drop;
}

function docCompare(a: Doc, b: Doc): number {
  const da = (a.data.date as RubyTime).epochMs;
  const db = (b.data.date as RubyTime).epochMs;
  if (da !== db) return da - db;
  return a.absPath < b.absPath ? -1 : a.absPath > b.absPath ? 1 : 0;
}

/** Site#post_attr_hash: attribute value → posts having it, newest first. */
function postAttrHash(docs: Doc[], attr: string, hooks: DropHooks): Record<string, unknown> {
  const hash = new Map<string, Doc[]>();
  for (const d of docs) {
    const values = d.data[attr];
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      const key = String(v);
      if (!hash.has(key)) hash.set(key, []);
      hash.get(key)!.push(d);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, list] of hash) out[k] = [...list].sort(docCompare).reverse().map((d) => documentDrop(d, hooks));
  return out;
}

/** The layout variables of one render: layout data merged innermost-first. */
export function mergeLayoutData(layoutData: Record<string, unknown>, current: Record<string, unknown> | null): Record<string, unknown> {
  if (!current) return { ...layoutData };
  return deepMerge(layoutData, current);
}
