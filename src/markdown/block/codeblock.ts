// Code blocks: indented (4 spaces or a tab) and fenced (kramdown's `~~~`, GFM's ``` and ~~~ with info string).

import type { BlockParser, Parser } from '../parser.js';
import { CODEBLOCK_MATCH, FENCED_CODEBLOCK_MATCH, FENCED_CODEBLOCK_START, GFM_FENCED_CODEBLOCK_MATCH, GFM_FENCED_CODEBLOCK_START, INDENT } from '../patterns.js';
import { re, type Pattern, rubyRegExp } from '../scanner.js';
import { strip } from '../util.js';

const CODEBLOCK_MATCH_RE = re(CODEBLOCK_MATCH);
const INDENT_G = rubyRegExp(INDENT, 'gu');

export const codeblock: BlockParser = {
  name: 'codeblock',
  start: re(INDENT),
  parse(p) {
    const line = p.src.currentLine();
    let data = p.src.scan(CODEBLOCK_MATCH_RE) ?? '';
    data = data.replace(/\n( {0,3}[^ \t\n\v\f\r])/g, ' $1');
    data = data.replace(INDENT_G, '');
    p.tree.children.push(p.newBlockEl('codeblock', data, null, { location: line }));
    return true;
  },
};

function fenced(p: Parser, match: Pattern): boolean {
  const src = p.src;
  if (src.check(match) === null) return false;
  const m = src.m!;
  const line = src.currentLine();
  src.setPos(src.pos + m[0].length);
  const el = p.newBlockEl('codeblock', m[5], null, { location: line, fenced: true });
  const lang = strip(m[3] ?? '');
  if (lang !== '') {
    el.options.lang = lang;
    el.attr.class = `language-${m[4]}`;
  }
  p.tree.children.push(el);
  return true;
}

const FENCED_MATCH_RE = re(FENCED_CODEBLOCK_MATCH);
const GFM_FENCED_MATCH_RE = re(GFM_FENCED_CODEBLOCK_MATCH);

export const codeblockFenced: BlockParser = {
  name: 'codeblock_fenced',
  start: re(FENCED_CODEBLOCK_START),
  parse: (p) => fenced(p, FENCED_MATCH_RE),
};

export const codeblockFencedGfm: BlockParser = {
  name: 'codeblock_fenced_gfm',
  start: re(GFM_FENCED_CODEBLOCK_START),
  parse: (p) => fenced(p, GFM_FENCED_MATCH_RE),
};
