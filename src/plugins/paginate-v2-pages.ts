// The pages jekyll-paginate-v2 makes from one template (PaginationModel#paginate and
// PaginationPage): the template leaves site.pages and N in-memory copies are appended. Each copy
// is named after `indexpage`+`extension` — `.html` by default, a dotfile name, so Jekyll gives it
// no extension: no converter (Markdown stays as written), output_ext '' (not in html_pages),
// page.name and page.path '.html' — its URL is set from the pager's page_path.
import { pageDir } from '../site/drops.js';
import { outputPathForUrl } from '../site/url.js';
import { KilnError } from '../util/errors.js';
import { isHash, isNil, rubyToI, rubyToS, rubyTruthy } from '../liquid/ruby/value.js';
import type { Doc, Page } from '../site/model.js';
import type { GeneratorContext } from './registry.js';
import type { PaginationConfig } from './paginate-v2-config.js';
import { ensureLeadingDot, ensureTrailingSlash, fileJoin, formatPageTitle, rubySplit } from './paginate-v2-ruby.js';
import { makePaginator, trailFor, type PaginatorV2 } from './paginate-v2-paginator.js';

export interface TemplateRun {
  template: Page;
  config: PaginationConfig;
  siteTitle: unknown;
  posts: Doc[];
  /** The collections behind `posts` (recorded as the pages' dependencies). */
  collections: string[];
}

/** Utils.calculate_number_of_pages: (size.to_f / per_page.to_i).ceil (a zero per_page is Ruby's FloatDomainError). */
function numberOfPages(count: number, perPage: unknown, file: string): number {
  const n = rubyToI(perPage);
  const pages = Math.ceil(count / n);
  if (!Number.isFinite(pages)) throw new KilnError(`Pagination: FloatDomainError: ${count / n} (per_page ${rubyToS(perPage)})`, { file });
  return pages;
}

/** Makes the template's pagination pages and appends them to site.pages; returns them. */
export function paginateTemplate(ctx: GeneratorContext, run: TemplateRun): Page[] {
  const { template, config, posts } = run;
  const site = ctx.site;
  let totalPages = numberOfPages(posts.length, config.per_page, template.relativePath);
  const limit = rubyTruthy(config.limit) ? rubyToI(config.limit) : 0;
  if (limit > 0 && limit < totalPages) totalPages = limit;

  // Before anything else the template leaves the site.
  const at = site.pages.indexOf(template);
  if (at >= 0) site.pages.splice(at, 1);

  if (isNil(config.indexpage) === false && typeof config.indexpage !== 'string') throw new KilnError(`Pagination: undefined method 'split' for ${rubyToS(config.indexpage)} (indexpage)`, { file: template.relativePath });
  const indexName = typeof config.indexpage === 'string' ? rubySplit(config.indexpage, /\./)[0] : '';
  if (indexName === undefined) throw new KilnError("Pagination: undefined method '+' for nil (indexpage '')", { file: template.relativePath });
  const indexExt = isNil(config.extension) ? '' : ensureLeadingDot(rubyToS(config.extension));
  const name = indexName + indexExt;
  if (totalPages === 0) totalPages = 1;

  const permalink = template.data.permalink;
  const firstIndexPageUrl = ensureTrailingSlash(rubyTruthy(permalink) ? rubyToS(permalink) : pageDir(template));
  const paginatedPageUrl = fileJoin(firstIndexPageUrl, rubyToS(config.permalink));
  const title = rubyTruthy(template.data.title) ? template.data.title : run.siteTitle;
  const made: Page[] = [];
  for (let num = 1; num <= totalPages; num++) {
    const pager = makePaginator({
      perPage: rubyToI(config.per_page),
      firstIndexPageUrl,
      paginatedPageUrl,
      posts,
      page: num,
      totalPages,
      indexName,
      indexExt,
      collections: run.collections,
    });
    const url = pager.pagePath.endsWith('/') ? fileJoin(pager.pagePath, name) : pager.pagePath.endsWith(indexExt) ? pager.pagePath : pager.pagePath + indexExt;
    // data: the template's front matter (its defaults still apply through Jekyll's default_proc).
    const added: Record<string, unknown> = { pagination_info: { curr_page: num, total_pages: totalPages } };
    if (rubyTruthy(permalink)) added.permalink = pager.pagePath;
    added.title = num > 1 && Object.prototype.hasOwnProperty.call(config, 'title') ? formatPageTitle(rubyToS(config.title), rubyToS(title), num, totalPages) : (title ?? null);
    if (num > 1) added.autogen = 'jekyll-paginate-v2';
    made.push(paginationPage(ctx, template, name, url, pager, added));
  }
  site.pages.push(...made);
  applyTrail(made, config);
  return made;
}

/** A PaginationPage: a copy of the template's data and content at `url`. */
function paginationPage(ctx: GeneratorContext, template: Page, name: string, url: string, pager: PaginatorV2, added: Record<string, unknown>): Page {
  // An autopage's copies have no content (their layout is the page) but its autopage hash.
  const autopage = template.data.autopage;
  const fromAutopage: Record<string, unknown> = {};
  if (isHash(autopage) && Object.prototype.hasOwnProperty.call(autopage, 'display_name')) fromAutopage.autopages = { ...autopage };
  const data = assignAll(assignAll({ ...template.data }, fromAutopage), added);
  const frontMatter = assignAll(assignAll({ ...template.frontMatter }, fromAutopage), added);
  // makePage gives the defaults Jekyll's to_liquid merges (those of the page's relative_path,
  // which is its name) and the output extension its name and permalink give.
  const page = ctx.makePage('', name, rubyTruthy(autopage) ? '' : template.content, { ...data, permalink: data.permalink ?? null });
  page.data = data;
  page.frontMatter = frontMatter;
  page.absPath = template.absPath;
  page.contentLine = template.contentLine;
  page.fixedRelativePath = name;
  // Page#dir is unused for these pages but tells rebuilds one copy from another (the page number
  // too: a permalink without :num gives every copy one URL).
  page.dir = `${url}#${pager.page}`;
  page.url = url;
  page.outputPath = outputPathForUrl(url, page.outputExt, 'page');
  page.pager = pager;
  return page;
}

function assignAll(target: Record<string, unknown>, values: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(values)) target[k] = v;
  return target;
}

/** The page trail, when `trail` asks for neighbours and there is more than one page. */
function applyTrail(pages: Page[], config: PaginationConfig): void {
  const trail = config.trail;
  if (!rubyTruthy(trail) || pages.length <= 1) return;
  if (!isHash(trail)) throw new KilnError(`Pagination: undefined method '[]' for ${rubyToS(trail)} (trail must be a hash with before/after)`);
  const before = Math.max(rubyToI(trail.before), 0);
  const after = Math.max(rubyToI(trail.after), 0);
  if (before === 0 && after === 0) return;
  const entries = pages.map((p) => ({ path: (p.pager as PaginatorV2).pagePath, title: p.data.title }));
  for (const page of pages) {
    const pager = page.pager as PaginatorV2;
    pager.pageTrail = trailFor(pager.page, entries, before, after);
  }
}

/**
 * Jekyll parses a page's Liquid once per `page.path` and build (LiquidRenderer's cache): every
 * pagination page shares the path of its name (`.html`), so each renders the template of the
 * first page with that path that rendered Liquid — another template's pages included.
 */
export function shareParsedTemplates(pages: Page[], ours: Set<Page>): void {
  const first = new Map<string, Page>();
  for (const page of pages) {
    if (page.data.render_with_liquid === false) continue;
    if (!page.content.includes('{{') && !page.content.includes('{%')) continue;
    const key = rubyToS(page.data.path ?? page.relativePath).replace(/^\//, '');
    const held = first.get(key);
    if (!held) {
      first.set(key, page);
      continue;
    }
    if (ours.has(page) || ours.has(held)) {
      page.content = held.content;
      page.contentLine = held.contentLine;
      // The render records that file as read (src/site/render.ts), so a rebuild follows its edits.
      if (held.absPath !== page.absPath) (page as Page & { liquidFrom?: string }).liquidFrom = held.absPath;
    }
  }
}
