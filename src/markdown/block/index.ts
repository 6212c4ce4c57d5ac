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

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
// The last `|` search: its string, start and answer. A later search in the same string from a start up
// to that answer has the same answer, so a document without pipes is not rescanned at every line.
let pipeStr = '';
let pipeFrom = -1;
let pipeAt = -1;
function lineHasPipe(str: string, i: number): boolean {
  let j: number;
  if (str === pipeStr && i >= pipeFrom && (pipeAt < 0 || i <= pipeAt)) j = pipeAt;
  else {
    j = str.indexOf('|', i);
    pipeStr = str;
    pipeFrom = i;
    pipeAt = j;
  }
  if (j < 0) return false;
  const nl = str.indexOf('\n', i);
  return nl < 0 || j < nl;
}
function nextLineStartsWith(str: string, i: number, chars: string): boolean {
  const nl = str.indexOf('\n', i);
  return nl >= 0 && nl + 1 < str.length && chars.includes(str[nl + 1]!);
}

/** Necessary first-character conditions per parser (see BlockParser.may). */
const MAY: Record<string, (str: string, i: number, c: string) => boolean> = {
  blank_line: (_s, _i, c) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r',
  codeblock: (_s, _i, c) => c === ' ' || c === '\t',
  codeblock_fenced: (_s, _i, c) => c === '~',
  codeblock_fenced_gfm: (_s, _i, c) => c === '~' || c === '`',
  blockquote: (_s, _i, c) => c === '>',
  atx_header: (_s, _i, c) => c === '#',
  atx_header_gfm: (_s, _i, c) => c === '#',
  atx_header_gfm_quirk: (_s, _i, c) => c === '#',
  horizontal_rule: (_s, _i, c) => c === '*' || c === '-' || c === '_',
  list: (_s, _i, c) => c === '*' || c === '-' || c === '+' || isDigit(c),
  definition_list: (_s, _i, c) => c === ':',
  block_html: (_s, _i, c) => c === '<',
  setext_header: (s, i, c) => c !== ' ' && c !== '\t' && c !== '' && nextLineStartsWith(s, i, '-='),
  block_math: (_s, _i, c) => c === '$' || c === '\\',
  table: (s, i) => lineHasPipe(s, i),
  footnote_definition: (_s, _i, c) => c === '[',
  link_definition: (_s, _i, c) => c === '[',
  abbrev_definition: (_s, _i, c) => c === '*',
  block_extensions: (_s, _i, c) => c === '{',
  eob_marker: (_s, _i, c) => c === '^',
};

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

for (const [name, may] of Object.entries(MAY)) BLOCK_PARSERS[name] = { ...BLOCK_PARSERS[name]!, may };
