// Registry of span parsers by kramdown's names.

import type { SpanParser } from '../parser.js';
import { codespan } from './code.js';
import { emphasis } from './emphasis.js';
import { htmlEntity, spanHtml } from './html.js';
import { autolink, footnoteMarker, link } from './link.js';
import { escapedChars, escapedCharsGfm, inlineMath, lineBreak, smartQuotes, spanExtensions, strikethroughGfm, typographicSyms } from './text.js';

export const SPAN_PARSERS: Record<string, SpanParser> = {
  emphasis,
  codespan,
  autolink,
  span_html: spanHtml,
  footnote_marker: footnoteMarker,
  link,
  smart_quotes: smartQuotes,
  inline_math: inlineMath,
  span_extensions: spanExtensions,
  html_entity: htmlEntity,
  typographic_syms: typographicSyms,
  line_break: lineBreak,
  escaped_chars: escapedChars,
  escaped_chars_gfm: escapedCharsGfm,
  strikethrough_gfm: strikethroughGfm,
};

/**
 * AUTOLINK_START needs `<mailto:`, `<http(s):`, `<ftp(s):` (a first letter m, h or f) or an address: a run of
 * letters, digits, `-`, `_`, `.` up to an `@`. On ASCII text anything else rules it out; other characters
 * (possible Unicode letters or digits) are left to the pattern.
 */
function mayAutolink(str: string, pos: number): boolean {
  if (str.charCodeAt(pos) !== 60) return false;
  for (let i = pos + 1; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 64) return i > pos + 1;
    if (i === pos + 1 && (c === 109 || c === 104 || c === 102)) return true;
    if (c >= 128) return true;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46)) return false;
  }
  return false;
}

/** The characters each parser can start with (see SpanParser.first). */
const FIRST: Record<string, string> = {
  emphasis: '*_',
  codespan: '`',
  autolink: '<',
  span_html: '<',
  footnote_marker: '[',
  link: '![',
  inline_math: '$',
  span_extensions: '{',
  html_entity: '&',
  typographic_syms: '-.\\<> ',
  line_break: ' \\',
  escaped_chars: '\\',
  escaped_chars_gfm: '\\',
  strikethrough_gfm: '~',
};
/** Further necessary conditions (see SpanParser.may). */
const MAY: Record<string, (str: string, pos: number) => boolean> = {
  autolink: mayAutolink,
  footnote_marker: (str, pos) => str.charCodeAt(pos + 1) === 94,
  smart_quotes: (str, pos) => {
    const c = str[pos];
    if (c === '"' || c === "'") return true;
    // the quote may follow one character, which can be a surrogate pair
    const n = str[pos + (c !== undefined && c >= '\ud800' && c <= '\udbff' ? 2 : 1)];
    return n === '"' || n === "'";
  },
};
for (const [name, first] of Object.entries(FIRST)) SPAN_PARSERS[name] = { ...SPAN_PARSERS[name]!, first };
for (const [name, may] of Object.entries(MAY)) SPAN_PARSERS[name] = { ...SPAN_PARSERS[name]!, may };
