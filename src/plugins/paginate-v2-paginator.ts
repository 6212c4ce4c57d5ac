// jekyll-paginate-v2's Paginator (generator/paginator.rb): one pagination page's slice of the
// documents, its own path and the paths of the first, previous, next and last pages, and the
// optional page trail; and its Liquid hash, keys in the gem's order.
import { documentDrop, type DropHooks } from '../site/drops.js';
import type { Doc } from '../site/model.js';
import type { Pager } from '../site/paginate.js';
import { ensureFullPath, formatPageNumber } from './paginate-v2-ruby.js';

/** PageTrail: one entry of `paginator.page_trail`. */
export interface PageTrail {
  num: number;
  path: string;
  title: unknown;
}

export interface PaginatorV2 extends Pager {
  pagePath: string;
  firstPage: number;
  firstPagePath: string;
  lastPage: number;
  lastPagePath: string;
  pageTrail: PageTrail[] | null;
}

export interface PaginatorInput {
  perPage: number;
  /** The first page's URL (the template's permalink or folder, with a trailing slash). */
  firstIndexPageUrl: string;
  /** The other pages' URL pattern, with `:num`. */
  paginatedPageUrl: string;
  posts: Doc[];
  page: number;
  totalPages: number;
  /** `indexpage` without its extension ('' when unset). */
  indexName: string;
  /** `extension` with its dot ('' when unset). */
  indexExt: string;
  /** Collections the posts come from: the render records them as dependencies. */
  collections: string[];
}

/** Paginator.new: the slice and every path, as the gem computes them. */
export function makePaginator(input: PaginatorInput): PaginatorV2 {
  const { perPage, posts, page, totalPages: total } = input;
  let { firstIndexPageUrl: first, paginatedPageUrl: paginated } = input;
  if (page > total) throw new Error(`page number can't be greater than total pages: ${page} > ${total}`);
  const init = (page - 1) * perPage;
  const last = init + perPage - 1 >= posts.length ? posts.length : init + perPage - 1;
  const thisUrl = ensureFullPath(page === 1 ? first : paginated, input.indexName || 'index', input.indexExt || '.html');
  if (input.indexName) {
    first = ensureFullPath(first, input.indexName, input.indexExt);
    paginated = ensureFullPath(paginated, input.indexName, input.indexExt);
  }
  const previousPage = page !== 1 ? page - 1 : null;
  const nextPage = page !== total ? page + 1 : null;
  const pager: PaginatorV2 = {
    page,
    perPage,
    totalPages: total,
    totalPosts: posts.length,
    posts: posts.slice(init, last + 1),
    pagePath: formatPageNumber(thisUrl, page, total),
    previousPage,
    previousPagePath: page === 1 ? null : page === 2 ? formatPageNumber(first, 1, total) : formatPageNumber(paginated, previousPage!, total),
    nextPage,
    nextPagePath: nextPage === null ? null : formatPageNumber(paginated, nextPage, total),
    firstPage: 1,
    firstPagePath: formatPageNumber(first, 1, total),
    lastPage: total,
    lastPagePath: formatPageNumber(paginated, total, total),
    pageTrail: null,
  };
  pager.liquid = (hooks) => paginatorLiquid(pager, hooks, input.collections);
  return pager;
}

/** Paginator#to_liquid. */
function paginatorLiquid(p: PaginatorV2, hooks: DropHooks, collections: string[]): Record<string, unknown> {
  // The render records `posts` for any pager; other collections are recorded here.
  for (const c of collections) if (c !== 'posts') hooks.track(`collection:${c}`);
  return {
    per_page: p.perPage,
    posts: p.posts.map((d) => documentDrop(d, hooks)),
    total_posts: p.totalPosts,
    total_pages: p.totalPages,
    page: p.page,
    page_path: p.pagePath,
    previous_page: p.previousPage,
    previous_page_path: p.previousPagePath,
    next_page: p.nextPage,
    next_page_path: p.nextPagePath,
    first_page: p.firstPage,
    first_page_path: p.firstPagePath,
    last_page: p.lastPage,
    last_page_path: p.lastPagePath,
    page_trail: p.pageTrail ? p.pageTrail.map((t) => ({ num: t.num, path: t.path, title: t.title ?? null })) : null,
  };
}

/**
 * The trail of PaginationModel#paginate: up to before + 1 + after neighbours around each page,
 * kept at full length near the ends where there are enough pages.
 */
export function trailFor(pageNumber: number, pages: { path: string; title: unknown }[], before: number, after: number): PageTrail[] {
  const length = before + after + 1;
  let start = Math.max(pageNumber - before - 1, 0);
  const end = Math.min(start + length, pages.length);
  if (end - start < length) start = Math.max(start - (length - (end - start)), 0);
  return pages.slice(start, end).map((p, i) => ({ num: start + i + 1, path: p.path, title: p.title }));
}
