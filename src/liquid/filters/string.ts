// Liquid's string filters with Ruby's `to_s` of the input (Time, Float, Hash print as Ruby does) and
// Jekyll's additions (normalize_whitespace, number_of_words, array_to_sentence_string).

import { isNil, rubyToS, rubyJoin } from '../ruby/value.js';
import type { FilterFn } from './types.js';

const s = rubyToS;

/**
 * Ruby's `String#gsub` / `#sub` with a string pattern, as Liquid's replace / replace_first call them:
 * the replacement's backslash sequences still apply (`\\` is one backslash, `\0` and `\&` the match,
 * `\`` and `\'` the text before / after it, `\1`…`\9` empty); an empty pattern matches at every position.
 */
function rubySub(str: string, pattern: string, replacement: string, global: boolean): string {
  const simple = !replacement.includes('\\');
  let out = '';
  let from = 0;
  while (from <= str.length) {
    const at = str.indexOf(pattern, from);
    if (at < 0) break;
    const end = at + pattern.length;
    out += str.slice(from, at) + (simple ? replacement : expandReplacement(replacement, str, at, end));
    if (pattern === '') {
      if (at < str.length) out += str[at];
      from = at + 1;
    } else {
      from = end;
    }
    if (!global) break;
  }
  return from > str.length ? out : out + str.slice(from);
}

function expandReplacement(replacement: string, str: string, at: number, end: number): string {
  return replacement.replace(/\\([\\0-9&`'])/g, (_, c: string) => {
    if (c === '\\') return '\\';
    if (c === '0' || c === '&') return str.slice(at, end);
    if (c === '`') return str.slice(0, at);
    if (c === "'") return str.slice(end);
    return '';
  });
}

// Ruby's \s and String#strip know only ASCII whitespace: a no-break space (U+00A0, common in French
// typography) is a word character to them, unlike JavaScript's \s and trim().
const WS = '[ \\t\\n\\v\\f\\r]';
const WS_RUN = new RegExp(`${WS}+`, 'g');
const TRAILING_WS = new RegExp(`${WS}$`);
const LEADING = new RegExp(`^[ \\t\\n\\v\\f\\r\\0]+`);
const TRAILING_STRIP = new RegExp(`[ \\t\\n\\v\\f\\r\\0]+$`);

function rubyStrip(str: string): string {
  return str.replace(LEADING, '').replace(TRAILING_STRIP, '');
}

/** Ruby's String#split with no pattern / " ": runs of ASCII whitespace, leading ones ignored. */
function awkSplit(str: string): string[] {
  const t = rubyStrip(str);
  return t === '' ? [] : t.split(WS_RUN);
}

/** Ruby's String#split(pattern) (a string pattern; ' ' means awk-style whitespace splitting). */
export function rubySplit(input: string, pattern: string): string[] {
  let parts: string[];
  if (pattern === ' ') parts = awkSplit(input);
  else if (pattern === '') parts = Array.from(input);
  else parts = input.split(pattern);
  // Ruby drops trailing empty strings.
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function rubyCapitalize(str: string): string {
  return str.charAt(0).toUpperCase() + str.slice(1).toLowerCase();
}

const STRIP_HTML_BLOCKS = /<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gims;
const STRIP_HTML_TAGS = /<.*?>/gms;

export const stringFilters: Record<string, FilterFn> = {
  downcase: (a) => s(a).toLowerCase(),
  upcase: (a) => s(a).toUpperCase(),
  capitalize: (a) => rubyCapitalize(s(a)),
  append: (a, b) => s(a) + s(b),
  prepend: (a, b) => s(b) + s(a),
  strip: (a) => rubyStrip(s(a)),
  lstrip: (a) => s(a).replace(LEADING, ''),
  rstrip: (a) => s(a).replace(TRAILING_STRIP, ''),
  strip_newlines: (a) => s(a).replace(/\r?\n/g, ''),
  newline_to_br: (a) => s(a).replace(/\r?\n/g, '<br />\n'),
  strip_html: (a) => s(a).replace(STRIP_HTML_BLOCKS, '').replace(STRIP_HTML_TAGS, ''),
  replace: (a, b, c = '') => rubySub(s(a), s(b), s(c), true),
  replace_first: (a, b, c = '') => rubySub(s(a), s(b), s(c), false),
  replace_last: (a, b, c) => {
    const str = s(a);
    const i = str.lastIndexOf(s(b));
    return i < 0 ? str : str.slice(0, i) + s(c) + str.slice(i + s(b).length);
  },
  remove: (a, b) => rubySub(s(a), s(b), '', true),
  remove_first: (a, b) => rubySub(s(a), s(b), '', false),
  remove_last: (a, b) => {
    const str = s(a);
    const i = str.lastIndexOf(s(b));
    return i < 0 ? str : str.slice(0, i) + str.slice(i + s(b).length);
  },
  split: (a, b) => rubySplit(s(a), s(b)),
  // Ruby's defaults apply to missing arguments only: a nil ellipsis is '' (nil.to_s).
  truncate: (a, ...args) => {
    if (isNil(a)) return a;
    const length = args.length > 0 ? args[0] : 50;
    const ellipsis = args.length > 1 ? args[1] : '...';
    const chars = Array.from(s(a));
    const n = toInteger(length);
    const e = s(ellipsis);
    const l = Math.max(0, n - Array.from(e).length);
    return chars.length > n ? chars.slice(0, l).join('') + e : chars.join('');
  },
  truncatewords: (a, ...args) => {
    if (isNil(a)) return a;
    const words = args.length > 0 ? args[0] : 15;
    const ellipsis = args.length > 1 ? args[1] : '...';
    const str = s(a);
    let n = toInteger(words);
    if (n <= 0) n = 1;
    const list = awkSplit(str);
    // Liquid counts `input.split(" ", n + 1)`: with a limit, whitespace after the last word yields a
    // trailing "" field, so n words then a newline (strip_html of a post's content) are truncated.
    const count = list.length + (list.length > 0 && TRAILING_WS.test(str) ? 1 : 0);
    if (count <= n) return str;
    return list.slice(0, n).join(' ') + s(ellipsis);
  },
  slice: (a, offset, length) => {
    const off = toInteger(offset);
    const len = length === undefined || length === null ? 1 : toInteger(length);
    if (Array.isArray(a)) {
      const start = off < 0 ? a.length + off : off;
      if (start < 0 || start > a.length || len < 0) return [];
      return a.slice(start, start + len);
    }
    const chars = Array.from(s(a));
    const start = off < 0 ? chars.length + off : off;
    if (start < 0 || start > chars.length || len < 0) return '';
    return chars.slice(start, start + len).join('');
  },
  size: (a) => (Array.isArray(a) || typeof a === 'string' ? Array.from(a as string).length : a && typeof a === 'object' ? ('size' in a ? (a as { size: unknown }).size : Object.keys(a).length) : 0),
  normalize_whitespace: (a) => rubyStrip(s(a).replace(WS_RUN, ' ')),
  number_of_words: (a, mode) => {
    const str = s(a);
    const cjk = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/gu;
    const word = /[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul} \t\n\v\f\r]+/gu;
    const split = () => awkSplit(str).length;
    if (mode === 'cjk') return (str.match(cjk)?.length ?? 0) + (str.match(word)?.length ?? 0);
    if (mode === 'auto') {
      const c = str.match(cjk)?.length ?? 0;
      return c === 0 ? split() : c + (str.match(word)?.length ?? 0);
    }
    return split();
  },
  array_to_sentence_string: (a, connector = 'and') => {
    const arr = Array.isArray(a) ? a : [a];
    const c = s(connector);
    if (arr.length === 0) return '';
    if (arr.length === 1) return s(arr[0]);
    if (arr.length === 2) return `${s(arr[0])} ${c} ${s(arr[1])}`;
    return `${rubyJoin(arr.slice(0, -1), ', ')}, ${c} ${s(arr[arr.length - 1])}`;
  },
  base64_encode: (a) => Buffer.from(s(a), 'utf8').toString('base64'),
  base64_decode: (a) => Buffer.from(s(a), 'base64').toString('utf8'),
  base64_url_safe_encode: (a) => Buffer.from(s(a), 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
  base64_url_safe_decode: (a) => Buffer.from(s(a), 'base64url').toString('utf8'),
};

/** Liquid::Utils.to_integer: Integer(x.to_s) or "invalid integer". */
export function toInteger(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const str = rubyToS(v).trim();
  if (/^[+-]?\d+$/.test(str.replace(/_/g, ''))) return parseInt(str.replace(/_/g, ''), 10);
  throw new Error('invalid integer');
}
