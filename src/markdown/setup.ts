// Parser setup: the block and span parser lists kramdown (or its GFM subclass) uses for a set of options,
// with the derived span-start and paragraph-end patterns, built once per combination.

import { BLOCK_PARSERS } from './block/index.js';
import type { BlockParser, SpanParser } from './parser.js';
import { BLOCKQUOTE_START, DEFINITION_LIST_START, GFM_ATX_HEADER_START, GFM_FENCED_CODEBLOCK_START, LAZY_END, LIST_START, PARAGRAPH_END } from './patterns.js';
import { re, type Pattern } from './scanner.js';
import { SPAN_PARSERS } from './span/index.js';
import { content } from './block/content.js';

export interface ParserSetup {
  blocks: BlockParser[];
  spans: SpanParser[];
  spanStartSource: string;
  spanStartRe: Pattern;
  paragraphEnd: Pattern;
}
const setupCache = new Map<string, ParserSetup>();

/** The parser lists kramdown (or the GFM subclass) uses for these options, built once per combination. */
export function parserSetup(gfm: boolean, paragraphEndQuirk: boolean, noTypographic: boolean, hardWrap: boolean): ParserSetup {
  const key = `${gfm}${paragraphEndQuirk}${noTypographic}${hardWrap}`;
  const cached = setupCache.get(key);
  if (cached) return cached;
  const blocks = gfm
    ? ['blank_line', 'codeblock', 'codeblock_fenced_gfm', 'blockquote', paragraphEndQuirk ? 'atx_header_gfm_quirk' : 'atx_header_gfm',
      'horizontal_rule', 'list', 'definition_list', 'block_html', 'setext_header', 'block_math', 'table', 'footnote_definition',
      'link_definition', 'abbrev_definition', 'block_extensions', 'eob_marker', 'paragraph']
    : ['blank_line', 'codeblock', 'codeblock_fenced', 'blockquote', 'atx_header', 'horizontal_rule', 'list', 'definition_list',
      'block_html', 'setext_header', 'block_math', 'table', 'footnote_definition', 'link_definition', 'abbrev_definition',
      'block_extensions', 'eob_marker', 'paragraph'];
  let spans = ['emphasis', 'codespan', 'autolink', 'span_html', 'footnote_marker', 'link', 'smart_quotes', 'inline_math',
    'span_extensions', 'html_entity', 'typographic_syms', 'line_break', 'escaped_chars'];
  if (gfm) {
    if (hardWrap) spans = spans.filter((s) => s !== 'line_break');
    if (noTypographic) spans = spans.filter((s) => s !== 'typographic_syms');
    spans = spans.map((s) => (s === 'escaped_chars' ? 'escaped_chars_gfm' : s));
    spans.push('strikethrough_gfm');
  }
  const spanParsers = spans.map((n) => SPAN_PARSERS[n]!);
  const spanStartSource = spanParsers.map((s) => s.spanStart).join('|');
  const setup: ParserSetup = {
    blocks: blocks.map((n) => BLOCK_PARSERS[n]!),
    spans: spanParsers,
    spanStartSource,
    spanStartRe: re(`(?=${spanStartSource})`),
    paragraphEnd: re(gfm && paragraphEndQuirk ? PARAGRAPH_END_GFM_SRC() : PARAGRAPH_END_SRC()),
  };
  setupCache.set(key, setup);
  return setup;
}

let smartyPants: ParserSetup | undefined;

/**
 * Jekyll's SmartyPants input (the `smartify` filter): block HTML and whole lines of text, with only the
 * smart quote, entity, typographic symbol and span HTML parsers.
 */
export function smartyPantsSetup(): ParserSetup {
  if (smartyPants) return smartyPants;
  const spanParsers = ['smart_quotes', 'html_entity', 'typographic_syms', 'span_html'].map((n) => SPAN_PARSERS[n]!);
  const spanStartSource = spanParsers.map((s) => s.spanStart).join('|');
  smartyPants = {
    blocks: [BLOCK_PARSERS.block_html!, content],
    spans: spanParsers,
    spanStartSource,
    spanStartRe: re(`(?=${spanStartSource})`),
    paragraphEnd: re(PARAGRAPH_END_SRC()),
  };
  return smartyPants;
}

function PARAGRAPH_END_SRC(): string {
  return PARAGRAPH_END;
}
function PARAGRAPH_END_GFM_SRC(): string {
  return [LAZY_END, LIST_START, GFM_ATX_HEADER_START, DEFINITION_LIST_START, BLOCKQUOTE_START, GFM_FENCED_CODEBLOCK_START].map((s) => `(?:${s})`).join('|');
}
