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
