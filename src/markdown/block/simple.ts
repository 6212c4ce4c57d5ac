// Simple blocks: blank lines, the end-of-block marker `^`, horizontal rules, blockquotes, paragraphs.

import type { BlockParser } from '../parser.js';
import { BLANK_LINE, BLOCKQUOTE_START, EOB_MARKER, HR_START, LAZY_END, PARAGRAPH_START } from '../patterns.js';
import { re, rubyRegExp } from '../scanner.js';
import { lstrip, rstrip } from '../util.js';

export const blankLine: BlockParser = {
  name: 'blank_line',
  start: re(BLANK_LINE),
  test: (src) => src.blankLinesLength() > 0,
  parse(p) {
    const matched = p.src.scanBlankLines()!;
    const last = p.tree.children[p.tree.children.length - 1];
    if (last && last.type === 'blank') last.value += matched;
    else p.tree.children.push(p.newBlockEl('blank', matched));
    return true;
  },
};

export const eobMarker: BlockParser = {
  name: 'eob_marker',
  start: re(EOB_MARKER),
  parse(p) {
    p.src.setPos(p.src.pos + p.src.matched.length);
    p.tree.children.push(p.newBlockEl('eob'));
    return true;
  },
};

export const horizontalRule: BlockParser = {
  name: 'horizontal_rule',
  start: re(HR_START),
  parse(p) {
    const line = p.src.currentLine();
    p.src.setPos(p.src.pos + p.src.matched.length);
    p.tree.children.push(p.newBlockEl('hr', null, null, { location: line }));
    return true;
  },
};

/**
 * Characters that can start a match of LAZY_END or either paragraph-end pattern (blank lines, IALs, `^`,
 * HTML tags, list/header/definition/quote/fence markers). A line starting with anything else, not at the
 * end of the text, cannot end a paragraph: the regexp is skipped (a pure shortcut).
 */
const END_STARTERS = new Set([...' \t\n\v\f\r{^<+*-0123456789#:>~`']);
function mayEnd(str: string, pos: number): boolean {
  return pos >= str.length - 1 || END_STARTERS.has(str[pos]!);
}
const LAZY_END_RE = re(LAZY_END);
const BLOCKQUOTE_START_G = rubyRegExp(BLOCKQUOTE_START, 'gu');

export const blockquote: BlockParser = {
  name: 'blockquote',
  start: re(BLOCKQUOTE_START),
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    let result = src.scanLine() ?? '';
    while (!(mayEnd(src.string, src.pos) && (src.blankLinesLength() > 0 || src.check(LAZY_END_RE) !== null))) result += src.scanLine() ?? '';
    result = result.replace(BLOCKQUOTE_START_G, '');
    const el = p.newBlockEl('blockquote', null, null, { location: line });
    p.tree.children.push(el);
    p.parseBlocks(el, result);
    return true;
  },
};

export const paragraph: BlockParser = {
  name: 'paragraph',
  start: re(PARAGRAPH_START),
  // PARAGRAPH_START: a first character other than a blank after at most three spaces, and a newline later.
  test: (src, i, c) => c !== ' ' && c !== '\t' && c !== '' && src.string.indexOf('\n', i + 1) >= 0,
  parse(p) {
    const src = p.src;
    const pos = src.pos;
    const line = src.currentLine();
    let result = src.scanLine() ?? '';
    // Both paragraph-end patterns start with the BLANK_LINE alternative, the usual end: tested first by hand.
    while (!(mayEnd(src.string, src.pos) && (src.blankLinesLength() > 0 || src.check(p.paragraphEnd) !== null))) result += src.scanLine() ?? '';
    result = rstrip(result);
    const last = p.tree.children[p.tree.children.length - 1];
    if (last && last.type === 'p') {
      const lastItem = last.children[last.children.length - 1];
      if (lastItem && lastItem.type === p.textType) {
        const joiner = pos >= 3 && src.string.slice(pos - 3, pos) === '  \n' ? '  \n' : '\n';
        lastItem.value += joiner + result;
      } else {
        p.addText(result, last);
      }
    } else {
      const para = p.newBlockEl('p', null, null, { location: line });
      p.tree.children.push(para);
      p.addText(lstrip(result), para);
    }
    return true;
  },
};
