// Registry of block parsers by kramdown's names.

import type { BlockParser } from '../parser.js';
import type { Scanner } from '../scanner.js';
import { codeblock, codeblockFenced, codeblockFencedGfm } from './codeblock.js';
import { abbrevDefinition, blockMath, footnoteDefinition, linkDefinition } from './definitions.js';
import { blockExtensions } from './extensions.js';
import { atxHeader, atxHeaderGfm, atxHeaderGfmQuirk, setextHeader } from './header.js';
import { blockHtml } from './html.js';
import { definitionList, list } from './list.js';
import { blankLine, blockquote, eobMarker, horizontalRule, paragraph } from './simple.js';
import { table } from './table.js';

/** Whether the line at `i` holds a `|` (the scanner remembers its last search, so each line costs little). */
function lineHasPipe(src: Scanner, i: number): boolean {
  const j = src.nextPipe(i);
  if (j < 0) return false;
  const nl = src.string.indexOf('\n', i);
  return nl < 0 || j < nl;
}

function nextLineStartsWith(str: string, i: number, chars: string): boolean {
  const nl = str.indexOf('\n', i);
  return nl >= 0 && nl + 1 < str.length && chars.includes(str[nl + 1]!);
}

/** The characters each parser can start with, after up to three spaces (see BlockParser.first). */
const FIRST: Record<string, string> = {
  blank_line: ' \t\n\v\f\r',
  codeblock: ' \t',
  codeblock_fenced: '~',
  codeblock_fenced_gfm: '~`',
  blockquote: '>',
  atx_header: '#',
  atx_header_gfm: '#',
  atx_header_gfm_quirk: '#',
  horizontal_rule: '*-_',
  list: '*-+0123456789',
  definition_list: ':',
  block_html: '<',
  block_math: '$\\',
  footnote_definition: '[',
  link_definition: '[',
  abbrev_definition: '*',
  block_extensions: '{',
  eob_marker: '^',
};

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * LIST_START (`^ {0,3}[+*-]` or `^ {0,3}\d+\.`, then `[\t| ]` and the rest of a line) without a regexp; `i` is
 * past the leading spaces. The list parser matches its own patterns again, so only the answer matters.
 */
function listStartAt(src: Scanner, i: number, c: string): boolean {
  const str = src.string;
  let k: number;
  if (c === '*' || c === '-' || c === '+') k = i + 1;
  else {
    k = i;
    while (isDigitCode(str.charCodeAt(k))) k++;
    if (k === i || str.charCodeAt(k) !== 46) return false;
    k++;
  }
  const d = str.charCodeAt(k);
  return (d === 9 || d === 124 || d === 32) && str.indexOf('\n', k + 1) >= 0;
}

/** HTML_BLOCK_START (`^ {0,3}<` then a name, `!--` or `/`) decided by character where it can be. */
function htmlBlockStartAt(src: Scanner, i: number): boolean {
  const str = src.string;
  const d = str.charCodeAt(i + 1);
  if (d === 47 || d === 95 || (d >= 97 && d <= 122) || (d >= 65 && d <= 90)) return true;
  if (d === 33) return str.startsWith('--', i + 2);
  return d >= 128 && src.check(blockHtml.start) !== null;
}

/** Exact replacements for the start patterns (see BlockParser.test). */
const TEST: Record<string, (src: Scanner, i: number, c: string) => boolean> = {
  list: listStartAt,
  block_html: htmlBlockStartAt,
  // INDENT: a tab or four spaces at the line start.
  codeblock: (src) => src.string.charCodeAt(src.pos) === 9 || src.string.startsWith('    ', src.pos),
};

/** Further necessary conditions (see BlockParser.may). */
const MAY: Record<string, (str: string, i: number, c: string, src: Scanner) => boolean> = {
  setext_header: (s, i, c) => c !== ' ' && c !== '\t' && c !== '' && nextLineStartsWith(s, i, '-='),
  table: (_s, i, _c, src) => lineHasPipe(src, i),
  // ABBREV_DEFINITION_START: `*[`
  abbrev_definition: (s, i) => s.charCodeAt(i + 1) === 91,
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

for (const [name, first] of Object.entries(FIRST)) BLOCK_PARSERS[name] = { ...BLOCK_PARSERS[name]!, first };
for (const [name, may] of Object.entries(MAY)) BLOCK_PARSERS[name] = { ...BLOCK_PARSERS[name]!, may };
for (const [name, test] of Object.entries(TEST)) BLOCK_PARSERS[name] = { ...BLOCK_PARSERS[name]!, test };
