// jekyll-paginate (v1, the one GitHub Pages runs): when `paginate` is set, the `index.html` page
// nearest `paginate_path` gets `paginator` with `paginate` posts per page, and copies of it are
// added at `paginate_path` (`/page:num`) for the other pages.
import path from 'node:path';
import { rubyToI, rubyTruthy } from '../liquid/ruby/value.js';
import { documentDrop, type DropHooks } from './drops.js';
import { pluginEnabled } from '../plugins/registry.js';
import type { Doc, Page, Site } from './model.js';

export interface Pager {
  page: number;
  perPage: number;
  totalPages: number;
  totalPosts: number;
  posts: Doc[];
  previousPage: number | null;
  previousPagePath: string | null;
  nextPage: number | null;
  nextPagePath: string | null;
  /** A plugin's own `paginator` (jekyll-paginate-v2's has more keys); v1's fields otherwise. */
  liquid?: (hooks: DropHooks) => Record<string, unknown>;
}

export function paginationEnabled(site: Site): boolean {
  const c = site.config;
  // Pager.pagination_enabled?: `paginate` set (any value but nil) and the site has pages.
  if (c.paginate === undefined || c.paginate === null || site.pages.length === 0) return false;
  // Listed in `plugins:` and, under --safe, whitelisted (src/plugins/registry.ts).
  return pluginEnabled(c, 'jekyll-paginate');
}

/**
 * PluginManager#deprecation_checks: `paginate` set while jekyll-paginate is neither listed in
 * `plugins:` nor loaded (by Bundler or the github-pages gem) gives Jekyll's deprecation message,
 * e.g. for a site still listing it under Jekyll 2's `gems:` key, which Jekyll 4 no longer reads.
 */
export function paginationDeprecation(config: Record<string, unknown>): string | undefined {
  if (config.paginate === undefined || config.paginate === null || config.paginate === false) return undefined;
  const listed = Array.isArray(config.plugins) ? config.plugins.map(String) : [];
  if (listed.includes('jekyll-paginate') || pluginEnabled(config, 'jekyll-paginate') || pluginEnabled(config, 'github-pages')) return undefined;
  return "Deprecation: You appear to have pagination turned on, but you haven't included the `jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in your configuration file.";
}

/** Pagination.template_page: `index.html` pages in the paginate_path hierarchy, deepest path first. */
export function templatePage(site: Site): Page | undefined {
  const source = site.source;
  const paginatePath = path.resolve(source, String(site.config.paginate_path ?? '/page:num').replace(/^\//, ''));
  const candidates = site.pages.filter((page) => {
    if (page.name !== 'index.html') return false;
    const pageDir = path.dirname(path.resolve(source, String(page.data.path ?? page.relativePath).replace(/^\//, '')));
    let p = path.dirname(paginatePath);
    while (p !== pageDir && p !== source && p !== path.dirname(p)) p = path.dirname(p);
    return p === pageDir;
  });
  return candidates.sort((a, b) => String(b.data.path ?? b.relativePath).length - String(a.data.path ?? a.relativePath).length)[0];
}

export function paginatePath(site: Site, num: number | null, first: Page): string | null {
  if (num === null) return null;
  if (num <= 1) return first.url;
  // Without ':num' every page gets the same path, as in the gem (Jekyll then warns of the conflict).
  const format = String(site.config.paginate_path ?? '/page:num');
  const p = format.replace(':num', String(num));
  return p.startsWith('/') ? p : '/' + p;
}

/**
 * Runs the generator: sets `pager` on the template page and returns the extra pages' folders
 * (`/page2`…) — the caller reads a fresh Page for each (Jekyll re-reads the template file).
 */
export function paginate(site: Site, postsNewestFirst: Doc[], makePage: (template: Page, dir: string) => Page, warn: (m: string) => void): Page[] {
  if (!paginationEnabled(site)) return [];
  const template = templatePage(site);
  if (!template) {
    warn("Pagination: Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.");
    return [];
  }
  const all = postsNewestFirst.filter((p) => !rubyTruthy(p.data.hidden));
  const perPage = rubyToI(site.config.paginate);
  const total = perPage > 0 ? Math.ceil(all.length / perPage) : 0;
  const extra: Page[] = [];
  for (let num = 1; num <= total; num++) {
    const init = (num - 1) * perPage;
    const offset = Math.min(init + perPage - 1, all.length);
    const pager: Pager = {
      page: num,
      perPage,
      totalPages: total,
      totalPosts: all.length,
      posts: all.slice(init, offset + 1),
      previousPage: num !== 1 ? num - 1 : null,
      previousPagePath: null,
      nextPage: num !== total ? num + 1 : null,
      nextPagePath: null,
    };
    pager.previousPagePath = paginatePath(site, pager.previousPage, template);
    pager.nextPagePath = paginatePath(site, pager.nextPage, template);
    if (num > 1) {
      const page = makePage(template, paginatePath(site, num, template)!);
      page.pager = pager;
      extra.push(page);
    } else {
      template.pager = pager;
    }
  }
  return extra;
}

export function pagerDrop(pager: Pager, hooks: DropHooks): Record<string, unknown> {
  if (pager.liquid) return pager.liquid(hooks);
  return {
    page: pager.page,
    per_page: pager.perPage,
    posts: pager.posts.map((d) => documentDrop(d, hooks)),
    total_posts: pager.totalPosts,
    total_pages: pager.totalPages,
    previous_page: pager.previousPage,
    previous_page_path: pager.previousPagePath,
    next_page: pager.nextPage,
    next_page_path: pager.nextPagePath,
  };
}
