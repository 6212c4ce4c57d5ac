// Registry of block parsers by kramdown's names.

import type { BlockParser } from '../parser.js';
import { codeblock, codeblockFenced, codeblockFencedGfm } from './codeblock.js';
import { abbrevDefinition, blockMath, footnoteDefinition, linkDefinition } from './definitions.js';
import { blockExtensions } from './extensions.js';
import { atxHeader, atxHeaderGfm, atxHeaderGfmQuirk, setextHeader } from './header.js';
import { blockHtml } from './html.js';
import { definitionList, list } from './list.js';
import { blankLine, blockquote, eobMarker, horizontalRule, paragraph } from './simple.js';
import { table } from './table.js';

export const BLOCK_PARSERS: Record<string, BlockParser> = {
  blank_line: blankLine,
  codeblock,
  codeblock_fenced: codeblockFenced,
  codeblock_fenced_gfm: codeblockFencedGfm,
  blockquote,
  atx_header: atxHeader,
  atx_header_gfm: atxHeaderGfm,
  atx_header_gfm_quirk: atxHeaderGfmQuirk,
  horizontal_rule: horizontalRule,
  list,
  definition_list: definitionList,
  block_html: blockHtml,
  setext_header: setextHeader,
  block_math: blockMath,
  table,
  footnote_definition: footnoteDefinition,
  link_definition: linkDefinition,
  abbrev_definition: abbrevDefinition,
  block_extensions: blockExtensions,
  eob_marker: eobMarker,
  paragraph,
};
