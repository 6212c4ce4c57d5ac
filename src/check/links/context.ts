// What every per-page check receives: the parsed page, the options, and the ways to report a
// failure or hand a URL on to the internal or external validators. Also html-proofer's Element
// helpers: the attribute an element links through, and whether the element is ignored.
import type { CheckOptions } from '../options.js';
import type { ParsedPage, PageElement } from '../dom/page.js';
import { CheckedUrl, type UrlContext } from './url.js';
import type { PathResolver } from './resolver.js';

export interface CheckContext {
  options: CheckOptions;
  resolver: PathResolver;
  /** Absolute path of the checked folder. */
  source: string;
  /** Absolute path of the page. */
  file: string;
  page: ParsedPage;
  fail(check: string, message: string, element?: PageElement, url?: string): void;
  /** Queue an internal URL for the internal validator (existence and fragment). */
  internal(url: CheckedUrl, element: PageElement): void;
  /** Queue an external URL for the external validator. */
  external(url: CheckedUrl, element: PageElement): void;
  /** Run-wide memo tables for URL cleaning and path resolution. */
  memo?: Pick<UrlContext, 'memo' | 'pathMemo'>;
  /** Set by `urlContext` on first use. */
  urlContext?: UrlContext;
}

/** The elements html-proofer checks: those outside code, pre and tt, attributes swapped. */
export function elementsOf(ctx: CheckContext, names: string[]): PageElement[] {
  const out: PageElement[] = [];
  const swaps = ctx.options.swapAttributes;
  const found = names.length === 1
    ? ctx.page.byName.get(names[0]) ?? []
    : names.flatMap((n) => ctx.page.byName.get(n) ?? []).sort((a, b) => a.offset - b.offset);
  for (const el of found) {
    if (el.inCode) continue;
    const pairs = swaps[el.name];
    if (pairs && pairs.length) {
      const attrs = { ...el.attrs };
      for (const [from, to] of pairs) {
        if (attrs[from]) { attrs[to] = attrs[from]; delete attrs[from]; }
      }
      out.push({ ...el, attrs });
    } else out.push(el);
  }
  return out;
}

/** html-proofer's `link_attribute`: meta content, else src, else srcset, else href. */
export function linkAttribute(el: PageElement): string | undefined {
  const a = el.attrs;
  if (el.name === 'meta') return a.content ?? undefined;
  const isImg = el.name === 'img';
  const isSource = el.name === 'source';
  if ((isImg || el.name === 'script' || isSource) && a.src !== undefined) return a.src;
  if ((isImg || isSource) && a.srcset !== undefined) return a.srcset;
  if ((el.name === 'a' || el.name === 'link') && a.href !== undefined) return a.href;
  return undefined;
}

/** The page's URL context, made once per page (every link of the page shares it). */
export function urlContext(ctx: CheckContext): UrlContext {
  ctx.urlContext ??= { options: ctx.options, resolver: ctx.resolver, source: ctx.source, filename: ctx.file, baseUrl: ctx.page.baseHref, ...ctx.memo };
  return ctx.urlContext;
}

export function elementUrl(ctx: CheckContext, el: PageElement): CheckedUrl {
  return new CheckedUrl(linkAttribute(el), urlContext(ctx));
}

/** `data-proofer-ignore` on the element or an ancestor, or an ignored URL. */
export function isIgnored(el: PageElement, url: CheckedUrl): boolean {
  return el.ignored || url.ignored;
}

export function blank(s: string | undefined | null): boolean {
  return s === undefined || s === null || s === '';
}
