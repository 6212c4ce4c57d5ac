// jekyll-archives 2.2.1: archive pages of the posts by tag, category, year, month and day, as
// `jekyll-archives.enabled` asks (`all`/true, or a list of year, month, day, tags, categories).
// Each is a page (Jekyll::Archives::Archive) with no content, written at its permalink template
// (`permalinks.<type>`, with :year :month :day :name :type) in its layout (`layouts.<type>`, else
// `layout`), and seen by Liquid as the gem's ATTRIBUTES_FOR_LIQUID over the front matter defaults:
// posts (newest first), type, title (tags and categories), date (date archives), name, path,
// url, permalink. They join site.pages after the site's own, tags first, then categories, then
// each year followed by its months and days (newest first within a year, years oldest first);
// site.config gets the merged `jekyll-archives` settings and the list as `archives`.
import { deepMerge } from '../config/merge.js';
import { isHash } from '../liquid/ruby/value.js';
import { RubyDate, type RubyTime } from '../liquid/ruby/time.js';
import { slugify } from '../liquid/ruby/slugify.js';
import { documentDrop, type DropHooks } from '../site/drops.js';
import type { Doc, Page } from '../site/model.js';
import { compareDocs } from '../site/sort.js';
import { escapePath, outputPathForUrl, sanitizeUrl, unescapePath } from '../site/url.js';
import type { GeneratorContext, KilnPlugin } from './registry.js';

const DEFAULTS: Record<string, unknown> = {
  layout: 'archive',
  enabled: [],
  permalinks: {
    year: '/:year/',
    month: '/:year/:month/',
    day: '/:year/:month/:day/',
    tag: '/tag/:name/',
    category: '/category/:name/',
  },
};

type ArchiveType = 'year' | 'month' | 'day' | 'tag' | 'category';
type DateTitle = { year: string; month?: string; day?: string };

/** Archives#enabled?: `enabled` is true, "all", or a list naming the kind (tags, categories, year…). */
function enabled(config: Record<string, unknown>, kind: string): boolean {
  const e = config.enabled;
  return e === true || e === 'all' || (Array.isArray(e) && e.includes(kind));
}

/** Newest first: `posts.sort!.reverse!` with Document#<=> (date, then path). */
function newestFirst(posts: Doc[]): Doc[] {
  return [...posts].sort(compareDocs).reverse();
}

/** Site#post_attr_hash: each value (as written: 1 and "1" differ) → its posts, in the posts' order. */
function postAttrHash(posts: Doc[], attr: string): Map<unknown, Doc[]> {
  const hash = new Map<unknown, Doc[]>();
  for (const p of posts) {
    const values = p.data[attr];
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      if (!hash.has(v)) hash.set(v, []);
      hash.get(v)!.push(p);
    }
  }
  for (const [k, v] of hash) hash.set(k, newestFirst(v));
  return hash;
}

function groupBy(posts: Doc[], format: string): Map<string, Doc[]> {
  const hash = new Map<string, Doc[]>();
  for (const p of posts) {
    const key = (p.data.date as RubyTime).strftime(format);
    if (!hash.has(key)) hash.set(key, []);
    hash.get(key)!.push(p);
  }
  for (const [k, v] of hash) hash.set(k, newestFirst(v));
  return hash;
}

/** Jekyll::URL with a placeholder hash: replaced in order, a nil value removing `/:key`. */
function archiveUrl(template: string, placeholders: [string, string | null][]): string {
  let result = template;
  for (const [key, value] of placeholders) {
    if (!result.includes(':')) break;
    result = value === null ? result.replaceAll('/:' + key, '') : result.replaceAll(':' + key, escapePath(value));
  }
  return sanitizeUrl(result);
}

function define(obj: Record<string, unknown>, key: string, get: () => unknown): void {
  Object.defineProperty(obj, key, { get, enumerable: true, configurable: true });
}

class ArchiveBuilder {
  readonly pages: Page[] = [];

  constructor(
    private readonly ctx: GeneratorContext,
    private readonly config: Record<string, unknown>,
  ) {}

  /** Archive.new(site, title, type, posts). */
  add(title: unknown, type: ArchiveType, posts: Doc[]): void {
    const slug = typeof title === 'string' ? slugify(title, null, false, (s) => this.ctx.warn(`Warning: Empty \`slug\` generated for '${s}'.`)) : null;
    const permalinks = (isHash(this.config.permalinks) ? this.config.permalinks : {}) as Record<string, unknown>;
    const template = permalinks[type];
    if (typeof template !== 'string') throw new Error(`jekyll-archives: no permalink for the ${type} archives (permalinks.${type})`);
    const dateTitle = isHash(title) ? (title as DateTitle) : undefined;
    const placeholders: [string, string | null][] = dateTitle
      ? [...Object.entries(dateTitle).map(([k, v]) => [k, v ?? null] as [string, string | null]), ['type', type]]
      : [['name', slug], ['type', type]];
    const url = archiveUrl(template, placeholders);
    // Archive#relative_path: the URL unescaped, without its leading slash, index.html for a folder.
    let relativePath = unescapePath(url).replace(/^\//, '');
    if (url.endsWith('/')) relativePath = relativePath + (relativePath === '' || relativePath.endsWith('/') ? '' : '/') + 'index.html';
    const slash = relativePath.lastIndexOf('/');
    const dir = slash < 0 ? '' : '/' + relativePath.slice(0, slash);
    const fileName = relativePath.slice(slash + 1);
    const layouts = this.config.layouts;
    // Ruby truthiness: only nil and false fall back to `layout`.
    const own = isHash(layouts) ? layouts[type] : undefined;
    const layout = own !== undefined && own !== null && own !== false ? own : this.config.layout;
    const page = this.ctx.makePage(dir, fileName, '', { layout });
    // Archive#initialize never reads front matter defaults into data: they only show in Liquid.
    page.frontMatter = { layout };
    page.data = { layout };
    page.url = url;
    page.outputPath = outputPathForUrl(url, page.outputExt, 'page');
    // One key per archive for rebuilds (a site file could sit at the same path).
    page.absPath += '#jekyll-archives';
    const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')) : '';
    const name = ext ? fileName.slice(0, -ext.length) : fileName;
    const date = dateTitle ? new RubyDate(Number.parseInt(dateTitle.year, 10), Number.parseInt(dateTitle.month ?? '1', 10), Number.parseInt(dateTitle.day ?? '1', 10)) : null;
    page.liquidView = (hooks?: DropHooks) => {
      // Convertible#to_liquid: defaults, under data, under the gem's attributes (a nil keeps what is under it).
      const further: Record<string, unknown> = { posts: null, type, title: typeof title === 'string' ? title : null, date, name, path: relativePath, url, permalink: null };
      const view = deepMerge(page.defaults, deepMerge(page.frontMatter, further));
      define(view, 'posts', () => {
        hooks?.track('posts');
        return hooks ? posts.map((d) => documentDrop(d, hooks)) : posts;
      });
      return view;
    };
    this.pages.push(page);
  }
}

export function generateArchives(ctx: GeneratorContext): void {
  const { site } = ctx;
  const siteConfig = site.config as Record<string, unknown>;
  const own = siteConfig['jekyll-archives'] ?? {};
  if (!isHash(own)) throw new Error(`jekyll-archives: the jekyll-archives setting must be a hash (no implicit conversion into Hash)`);
  const config = deepMerge(DEFAULTS, own as Record<string, unknown>);
  siteConfig['jekyll-archives'] = config;
  const posts = [...(site.collections.get('posts')?.docs ?? [])].sort(compareDocs);
  const builder = new ArchiveBuilder(ctx, config);
  if (enabled(config, 'tags')) for (const [title, list] of postAttrHash(posts, 'tags')) builder.add(title, 'tag', list);
  if (enabled(config, 'categories')) for (const [title, list] of postAttrHash(posts, 'categories')) builder.add(title, 'category', list);
  for (const [year, yearPosts] of groupBy(posts, '%Y')) {
    if (enabled(config, 'year')) builder.add({ year }, 'year', yearPosts);
    for (const [month, monthPosts] of groupBy(yearPosts, '%m')) {
      if (enabled(config, 'month')) builder.add({ year, month }, 'month', monthPosts);
      for (const [day, dayPosts] of groupBy(monthPosts, '%d')) {
        if (enabled(config, 'day')) builder.add({ year, month, day }, 'day', dayPosts);
      }
    }
  }
  site.pages.push(...builder.pages);
  siteConfig.archives = builder.pages;
}

export const archivesPlugin: KilnPlugin = {
  name: 'jekyll-archives',
  generate: generateArchives,
};
