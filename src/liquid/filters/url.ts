// Jekyll's URL filters: relative_url (baseurl prefixed), absolute_url (url + baseurl), strip_index,
// with Addressable's normalisation of the result (percent-encoding what a URI may not hold raw).

import { isNil, isHash, rubyToS } from '../ruby/value.js';
import { uriEscape } from './escape.js';
import type { FilterFn, FilterThis } from './types.js';
import { getState } from '../state.js';

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function ensureLeadingSlash(s: string): string {
  return s === '' || s.startsWith('/') ? s : '/' + s;
}

/** What Addressable::URI#normalize does to a URL's text, for the shapes Jekyll produces. */
export function normalizeUrl(url: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/s.exec(url);
  if (m) {
    const scheme = m[1].toLowerCase();
    let host = m[2].toLowerCase();
    if ((scheme === 'http' && host.endsWith(':80')) || (scheme === 'https' && host.endsWith(':443'))) host = host.replace(/:\d+$/, '');
    const rest = stripPath(m[3]);
    return `${scheme}://${host}${withoutEmptyParts(withoutDotSegments(uriEscape(rest === '' ? '/' : rest)))}`;
  }
  return withoutEmptyParts(withoutDotSegments(uriEscape(stripPath(url))));
}

/** Addressable's normalized query and fragment are nil when empty: `/a?#` is `/a`, `/#` is `/`. */
function withoutEmptyParts(url: string): string {
  const hash = url.indexOf('#');
  let out = hash >= 0 && hash === url.length - 1 ? url.slice(0, hash) : url;
  const q = out.indexOf('?');
  if (q >= 0 && (q === out.length - 1 || out[q + 1] === '#')) out = out.slice(0, q) + out.slice(q + 1);
  return out;
}

/** The path of an escaped URL (before `?`/`#`) with its dot segments removed; query and fragment kept. */
function withoutDotSegments(url: string): string {
  const end = url.search(/[?#]/);
  const path = end < 0 ? url : url.slice(0, end);
  if (!path.includes('.')) return url;
  return removeDotSegments(path) + (end < 0 ? '' : url.slice(end));
}

/**
 * Addressable::URI.normalize_path (RFC 3986 §5.2.4 as Addressable words it): each round applies the
 * first rule that changes the path — `/./` → `/`, `/seg/../` → `/`, a leading `./` or `../` dropped,
 * a leading `/../` → `/` — until none does. `/../../images/a.svg` is `/images/a.svg`.
 */
export function removeDotSegments(path: string): string {
  let p = path;
  const apply = (re: RegExp, by: string): boolean => {
    const next = p.replace(re, by);
    if (next === p) return false;
    p = next;
    return true;
  };
  for (;;) {
    if (apply(/\/\.\/|\/\.$/g, '/')) continue;
    const pair = /\/([^/]*)\/\.\.\/|\/([^/]*)\/\.\.$/.exec(p);
    if (pair) {
      const parent = pair[1] ?? '';
      const current = pair[2] ?? '';
      if ((parent !== '.' && parent !== '..') || (current !== '.' && current !== '..')) {
        if (apply(new RegExp(`/${escapeRegExp(parent)}/\\.\\./|(/${escapeRegExp(current)}/\\.\\.$)`, 'g'), '/')) continue;
      }
    }
    if (apply(/^\.\.?\/?/, '')) continue;
    if (apply(/^\/\.\.?\/|^(\/\.\.?)+\/?$/, '/')) continue;
    return p;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Addressable's normalized_path strips the path's surrounding whitespace (Ruby's strip, NUL
 *  included); the query and fragment keep theirs (escaped). `'/tags.html ' | relative_url` is
 *  `/tags.html`. */
function stripPath(url: string): string {
  const end = url.search(/[?#]/);
  const path = end < 0 ? url : url.slice(0, end);
  const stripped = path.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
  return stripped === path ? url : stripped + (end < 0 ? '' : url.slice(end));
}

function urlOf(input: unknown): unknown {
  // Documents and pages respond to `url`.
  if (isHash(input) && 'url' in input) return input.url;
  return input;
}

// Jekyll caches relative_url/absolute_url of strings for the whole build (site.filter_cache); the
// result depends only on the input and the config, so the cache hangs off the config object.
const relativeCache = new WeakMap<object, Map<string, unknown>>();
const absoluteCache = new WeakMap<object, Map<string, unknown>>();

function cached(store: WeakMap<object, Map<string, unknown>>, config: object, input: unknown, compute: () => unknown): unknown {
  if (typeof input !== 'string') return compute();
  let map = store.get(config);
  if (!map) store.set(config, (map = new Map()));
  if (map.has(input)) return map.get(input);
  const value = compute();
  map.set(input, value);
  return value;
}

/** Jekyll's relative_url against a site config. */
export function relativeUrl(input: unknown, config: Record<string, unknown>): unknown {
  return cached(relativeCache, config, input, () => computeRelativeUrl(input, config));
}

function computeRelativeUrl(input: unknown, config: Record<string, unknown>): unknown {
  if (isNil(input)) return input;
  const value = urlOf(input);
  const text = rubyToS(value);
  if (ABSOLUTE.test(text)) return value;
  const baseurl = isNil(config.baseurl) ? '' : rubyToS(config.baseurl).replace(/\/$/, '');
  return normalizeUrl(ensureLeadingSlash(baseurl) + ensureLeadingSlash(text));
}

/** Jekyll's absolute_url against a site config. */
export function absoluteUrl(input: unknown, config: Record<string, unknown>): unknown {
  return cached(absoluteCache, config, input, () => computeAbsoluteUrl(input, config));
}

function computeAbsoluteUrl(input: unknown, config: Record<string, unknown>): unknown {
  if (isNil(input)) return input;
  const value = urlOf(input);
  const text = rubyToS(value);
  if (ABSOLUTE.test(text)) return value;
  const siteUrl = config.url;
  const rel = relativeUrl(value, config);
  if (isNil(siteUrl) || siteUrl === '') return rel;
  return normalizeUrl(rubyToS(siteUrl) + rubyToS(rel));
}

function siteConfig(self: FilterThis): Record<string, unknown> {
  return getState(self.context).services.config;
}

export const urlFilters: Record<string, FilterFn> = {
  relative_url(input) {
    return relativeUrl(input, siteConfig(this));
  },
  absolute_url(input) {
    return absoluteUrl(input, siteConfig(this));
  },
  strip_index(input) {
    if (isNil(input) || rubyToS(input) === '') return undefined;
    return rubyToS(input).replace(/\/index\.html?$/m, '/');
  },
};
