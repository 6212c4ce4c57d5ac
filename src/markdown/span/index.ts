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

const at = (chars: string) => (str: string, pos: number): boolean => pos < str.length && chars.includes(str[pos]!);
const MAY: Record<string, (str: string, pos: number) => boolean> = {
  emphasis: at('*_'),
  codespan: at('`'),
  autolink: at('<'),
  span_html: at('<'),
  footnote_marker: at('['),
  link: at('![') ,
  smart_quotes: (str, pos) => {
    const c = str[pos];
    if (c === '"' || c === "'") return true;
    // the quote may follow one character, which can be a surrogate pair
    const n = str[pos + (c !== undefined && c >= '\ud800' && c <= '\udbff' ? 2 : 1)];
    return n === '"' || n === "'";
  },
  inline_math: at('$'),
  span_extensions: at('{'),
  html_entity: at('&'),
  typographic_syms: at('-.\\<> '),
  line_break: at(' \\'),
  escaped_chars: at('\\'),
  escaped_chars_gfm: at('\\'),
  strikethrough_gfm: at('~'),
};
for (const [name, may] of Object.entries(MAY)) SPAN_PARSERS[name] = { ...SPAN_PARSERS[name]!, may };
