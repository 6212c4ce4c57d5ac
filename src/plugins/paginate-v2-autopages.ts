// jekyll-paginate-v2's AutoPages (autopages/*.rb), made before the pagination runs: one page per
// tag, category and collection found in every collection's documents (each document is tagged
// with its collection in `data.__coll`, as the gem does), per layout listed, each a pagination
// template filtered on its key. A page's body and front matter are its layout file's (read from
// the site's `_layouts`, never a theme's), and its layout is that same layout; the permalink and
// title come from the `autopages:` config (overridable in the layout's own `autopages:`).
import path from 'node:path';
import fs from 'node:fs';
import { deepMerge } from '../config/merge.js';
import { readSourceText } from '../config/read-text.js';
import { splitFrontMatter } from '../site/frontmatter.js';
import { outputPathForUrl } from '../site/url.js';
import { slugify } from '../liquid/ruby/slugify.js';
import { KilnError } from '../util/errors.js';
import { isHash, isNil, rubyInspect, rubyToS, rubyTruthy } from '../liquid/ruby/value.js';
import type { Doc, Page } from '../site/model.js';
import type { GeneratorContext } from './registry.js';
import { sitePaginationConfig, type PaginationConfig } from './paginate-v2-config.js';
import { fileJoin, rubySplit, rubySub } from './paginate-v2-ruby.js';

/** AutoPages::DEFAULT. */
function defaultAutopagesConfig(): Record<string, unknown> {
  const kind = (layout: string, title: string, permalink: string) => ({
    layouts: [layout],
    title,
    permalink,
    enabled: true,
    slugify: { mode: 'none', cased: false },
  });
  return {
    enabled: false,
    tags: kind('autopage_tags.html', 'Posts tagged with :tag', '/tag/:tag'),
    categories: kind('autopage_category.html', 'Posts in category :cat', '/category/:cat'),
    collections: kind('autopage_collection.html', 'Posts in collection :coll', '/collection/:coll'),
  };
}

/** The three kinds: config key, the document field indexed, the macro and the pagination filter. */
const KINDS = [
  { key: 'tags', field: 'tags', macro: ':tag', filter: 'tag' },
  { key: 'categories', field: 'categories', macro: ':cat', filter: 'category' },
  { key: 'collections', field: '__coll', macro: ':coll', filter: 'collection' },
] as const;

/** Utils.collect_all_docs: every collection's documents without a `pagination` key, marked with their collection. */
function collectAllDocs(ctx: GeneratorContext): Doc[] {
  const out: Doc[] = [];
  for (const [label, c] of ctx.site.collections) {
    for (const doc of c.docs) {
      if (Object.prototype.hasOwnProperty.call(doc.data, 'pagination')) continue;
      doc.data.__coll = label;
      out.push(doc);
    }
  }
  return out;
}

/** Utils.ap_index_posts_by: lowercased key → the first spelling met (its display name). */
export function autopageIndex(docs: Doc[], field: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const doc of docs) {
    if (!Object.prototype.hasOwnProperty.call(doc.data, field)) continue;
    const value = doc.data[field];
    if (isNil(value)) continue;
    const size = typeof value === 'string' || Array.isArray(value) ? value.length : typeof value === 'number' ? 8 : 1;
    if (size <= 0 || rubyToS(value).trim().length === 0) continue;
    const values = typeof value === 'string' ? rubySplit(value, /;|,|\s/) : Array.isArray(value) ? value : undefined;
    if (!values) throw new KilnError(`AutoPages: undefined method 'each' for ${rubyInspect(value)} (${field} of ${doc.relativePath})`);
    for (const item of values) {
      if (typeof item !== 'string') throw new KilnError(`AutoPages: undefined method 'strip' for ${rubyInspect(item)} (${field} of ${doc.relativePath})`);
      for (const raw of rubySplit(item.trim(), /;|,/)) {
        const key = raw.toLowerCase().trim();
        if (!index.has(key)) index.set(key, raw);
      }
    }
  }
  return index;
}

/** format_tag_macro and its kin: the first macro replaced by the slugified key. */
function formatMacro(format: unknown, macro: string, key: string, slugifyConfig: unknown, warn: (m: string) => void): string {
  const config = isHash(slugifyConfig) ? slugifyConfig : {};
  const mode = Object.prototype.hasOwnProperty.call(config, 'mode') ? config.mode : null;
  const cased = Object.prototype.hasOwnProperty.call(config, 'cased') ? rubyTruthy(config.cased) : false;
  const slug = slugify(key, isNil(mode) ? null : rubyToS(mode), cased, (s) => warn(`Warning: Empty \`slug\` generated for '${s}'.`)) ?? '';
  return rubySub(rubyToS(format), macro, slug);
}

interface LayoutFile {
  absPath: string;
  data: Record<string, unknown>;
  content: string;
  contentLine: number;
}

/** Convertible#read_yaml on `_layouts/<name>`: a missing or unreadable file warns and leaves it empty. */
function readLayout(ctx: GeneratorContext, name: string, cache: Map<string, LayoutFile>): LayoutFile {
  const absPath = path.join(ctx.site.source, '_layouts', name);
  const hit = cache.get(absPath);
  if (hit) return hit;
  let file: LayoutFile = { absPath, data: {}, content: '', contentLine: 0 };
  if (fs.existsSync(absPath) && fs.statSync(absPath).isFile()) {
    const split = splitFrontMatter(readSourceText(absPath, `_layouts/${name}`), `_layouts/${name}`);
    file = { absPath, data: split.data, content: split.content, contentLine: split.contentLine };
  } else {
    ctx.warn(`Error reading file ${absPath}: No such file or directory @ rb_sysopen - ${absPath}`);
  }
  cache.set(absPath, file);
  return file;
}

/** BaseAutoPage.new: the page for one key and one layout. */
function autoPage(ctx: GeneratorContext, kind: (typeof KINDS)[number], kindConfig: Record<string, unknown>, pagination: PaginationConfig, layoutName: string, key: string, displayName: string, cache: Map<string, LayoutFile>): Page {
  const layout = readLayout(ctx, layoutName, cache);
  const data: Record<string, unknown> = { ...layout.data };
  const paginationConfig = deepMerge(pagination, isHash(data.pagination) ? data.pagination : {});
  paginationConfig[kind.filter] = key;
  const autopageConfig = deepMerge(kindConfig, isHash(data.autopages) ? data.autopages : {});
  const permalink = formatMacro(autopageConfig.permalink, kind.macro, key, kindConfig.slugify, ctx.warn);
  data.permalink = permalink;
  data.layout = path.basename(layoutName, path.extname(layoutName));
  data.title = formatMacro(autopageConfig.title, kind.macro, key, kindConfig.slugify, ctx.warn);
  data.pagination = paginationConfig;
  data.autopage = { layout_path: `_layouts/${layoutName}`, display_name: displayName };
  // Its data falls back on the defaults of the layout's path (the gem's default_proc); its Liquid
  // view on those of its relative_path, memoized as `index.html` before its folder was set.
  const layoutDefaults = ctx.makePage('_layouts', layoutName, '', {}).defaults;
  const page = ctx.makePage('', 'index.html', layout.content, { ...data });
  page.defaults = ctx.makePage('', 'index.html', '', {}).defaults;
  page.frontMatter = data;
  page.data = { ...layoutDefaults, ...data };
  page.contentLine = layout.contentLine;
  page.fixedRelativePath = 'index.html';
  page.dir = permalink;
  page.url = fileJoin(permalink, 'index.html');
  page.outputPath = outputPathForUrl(page.url, page.outputExt, 'page');
  // One file makes many pages: the key tells them apart (the layout is recorded as it renders).
  page.absPath = `${layout.absPath}#${permalink}`;
  return page;
}

/** AutoPages.create_autopages: appends the pages to site.pages; returns them. */
export function createAutopages(ctx: GeneratorContext): Page[] {
  const siteConfig = ctx.site.config as Record<string, unknown>;
  const own = siteConfig.autopages;
  const config = deepMerge(defaultAutopagesConfig(), isHash(own) ? own : {});
  if (!rubyTruthy(config.enabled)) return [];
  const pagination = sitePaginationConfig(siteConfig);
  const docs = collectAllDocs(ctx);
  const cache = new Map<string, LayoutFile>();
  const made: Page[] = [];
  for (const kind of KINDS) {
    const kindConfig = config[kind.key];
    if (isNil(kindConfig)) continue;
    if (!isHash(kindConfig)) throw new KilnError(`AutoPages: the ${kind.key} settings must be a hash, not ${rubyInspect(kindConfig)}`, { file: '_config.yml' });
    if (!rubyTruthy(kindConfig.enabled)) continue;
    const layouts = kindConfig.layouts;
    if (!Array.isArray(layouts)) throw new KilnError(`AutoPages: ${kind.key}.layouts must be a list, not ${rubyInspect(layouts)}`, { file: '_config.yml' });
    for (const [key, displayName] of autopageIndex(docs, kind.field)) {
      for (const layoutName of layouts) {
        const page = autoPage(ctx, kind, kindConfig, pagination, rubyToS(layoutName), key, displayName, cache);
        ctx.site.pages.push(page);
        made.push(page);
      }
    }
  }
  return made;
}
