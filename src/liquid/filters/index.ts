// Registers every Jekyll/Liquid filter family on a liquidjs instance (replacing liquidjs's own
// where they differ from Ruby's).

import type { Liquid } from 'liquidjs';
import { arrayFilters } from './array.js';
import { dateFilters } from './date.js';
import { escapeFilters } from './escape.js';
import { jsonFilters } from './json.js';
import { markupFilters } from './markup.js';
import { mathFilters } from './math.js';
import { stringFilters } from './string.js';
import { urlFilters } from './url.js';
import type { FilterFn } from './types.js';

export const jekyllFilters: Record<string, FilterFn> = {
  ...stringFilters,
  ...escapeFilters,
  ...mathFilters,
  ...arrayFilters,
  ...dateFilters,
  ...jsonFilters,
  ...urlFilters,
  ...markupFilters,
};

/**
 * Ruby arities (arguments after the input: [min, max]); Ruby raises "wrong number of arguments"
 * and Jekyll fails the build, so kiln does too.
 */
const ARITY: Record<string, [number, number]> = {
  append: [1, 1], prepend: [1, 1], date: [1, 1], default: [0, 2], split: [1, 1], join: [0, 1],
  replace: [1, 2], replace_first: [1, 2], replace_last: [2, 2], remove: [1, 1], remove_first: [1, 1],
  remove_last: [1, 1], slice: [1, 2], truncate: [0, 2], truncatewords: [0, 2], plus: [1, 1], minus: [1, 1],
  times: [1, 1], divided_by: [1, 1], modulo: [1, 1], round: [0, 1], ceil: [0, 0], floor: [0, 0], abs: [0, 0],
  at_least: [1, 1], at_most: [1, 1], where: [2, 2], find: [2, 2], where_exp: [2, 2], find_exp: [2, 2],
  group_by: [1, 1], group_by_exp: [2, 2], sort: [0, 2], sort_natural: [0, 1], uniq: [0, 1], map: [1, 1],
  compact: [0, 1], reverse: [0, 0], first: [0, 0], last: [0, 0], size: [0, 0], concat: [1, 1], push: [1, 1],
  unshift: [1, 1], pop: [0, 1], shift: [0, 1], sample: [0, 1], jsonify: [0, 0], inspect: [0, 0],
  xml_escape: [0, 0], escape: [0, 0], h: [0, 0], escape_once: [0, 0], url_encode: [0, 0], url_decode: [0, 0],
  cgi_escape: [0, 0], uri_escape: [0, 0], slugify: [0, 1], markdownify: [0, 0], scssify: [0, 0], sassify: [0, 0], smartify: [0, 0],
  relative_url: [0, 0], absolute_url: [0, 0], strip_index: [0, 0], date_to_xmlschema: [0, 0],
  date_to_rfc822: [0, 0], date_to_string: [0, 2], date_to_long_string: [0, 2], normalize_whitespace: [0, 0],
  number_of_words: [0, 1], array_to_sentence_string: [0, 1], to_integer: [0, 0], downcase: [0, 0],
  upcase: [0, 0], capitalize: [0, 0], strip: [0, 0], lstrip: [0, 0], rstrip: [0, 0], strip_newlines: [0, 0],
  newline_to_br: [0, 0], strip_html: [0, 0], base64_encode: [0, 0], base64_decode: [0, 0],
  base64_url_safe_encode: [0, 0], base64_url_safe_decode: [0, 0],
};

function withArity(name: string, fn: FilterFn): FilterFn {
  const arity = ARITY[name];
  if (!arity) return fn;
  const [min, max] = arity;
  const expected = min === max ? String(min + 1) : `${min + 1}..${max + 1}`;
  return function (this: ThisParameterType<FilterFn>, input: unknown, ...args: unknown[]) {
    if (args.length < min || args.length > max) throw new Error(`wrong number of arguments (given ${args.length + 1}, expected ${expected})`);
    return fn.call(this, input, ...args);
  };
}

/**
 * liquidjs filters that Ruby Liquid 5.4 and Jekyll 4.3 do not have (Shopify's or later Liquid's): in
 * Jekyll they are unknown filters, which pass the input through (or fail with `strict_filters`).
 */
const NOT_IN_JEKYLL = ['find_index', 'find_index_exp', 'has', 'has_exp', 'hmac_sha256', 'json', 'raw', 'reject', 'reject_exp', 'sha256', 'squish', 'sum'];

export function registerFilters(liquid: Liquid): void {
  for (const name of NOT_IN_JEKYLL) liquid.unregisterFilter(name);
  for (const [name, fn] of Object.entries(jekyllFilters)) liquid.registerFilter(name, withArity(name, fn) as never);
}
