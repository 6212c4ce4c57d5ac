// m68k: Motorola 68000 assembler — instructions, data directives, assembler directives and
// registers (case-insensitive; word lists generated from Rouge), labels at line start, .b/.w/.l
// sizes, $hex/@octal/%binary numbers, * and ; comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './m68k-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const KEYWORDS_TYPE = new Set(W.KEYWORDS_TYPE);
const RESERVED = new Set(W.RESERVED);
const BUILTINS = new Set(W.BUILTINS);

function wordToken(name: string): string {
  const lower = name.toLowerCase();
  if (KEYWORDS.has(lower)) return 'k';
  if (KEYWORDS_TYPE.has(lower)) return 'kt';
  if (RESERVED.has(lower)) return 'kr';
  if (BUILTINS.has(lower)) return 'nb';
  return /[a-zA-Z0-9]+/.test(name) ? 'nv' : 'n';
}

const states: StateTable = {
  expr_bol: [
    mixin('inline_whitespace'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  inline_whitespace: [rule(/\s+/, '')],
  whitespace: [
    rule(/\n+/, '', 'expr_bol', { dotAll: true }),
    rule(/^\*(\\.|.)*?$/, 'c1', 'expr_bol'),
    rule(/;(\\.|.)*?$/, 'c1', 'expr_bol'),
    mixin('inline_whitespace'),
  ],
  root: [rule(/(?:)/, (lx) => lx.push('statements'))],
  statements: [
    mixin('whitespace'),
    rule(/"/, 's', 'string'),
    rule(/#/, 'nd'),
    rule(/^\.?[a-zA-Z0-9_]+:?/, 'nl'),
    rule(/\.[bswl]\s/i, 'nd'),
    rule(/'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'sc'),
    rule(/\$[0-9a-f]+/i, 'mh'),
    rule(/@[0-8]+/i, 'mo'),
    rule(/%[01]+/i, 'mb'),
    rule(/\d+/i, 'mi'),
    rule(/[*~&+=\|?:<>\/-]/, 'o'),
    rule(/\\./, 'cp'),
    rule(/[(),.]/, 'p'),
    rule(/\[[a-zA-Z0-9]*\]/, 'p'),
    rule(/[a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => lx.token(wordToken(m[0]), m[0])),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
    rule(/[^\\"\n]+/, 's'),
    rule(/\\\n/, 's'),
    rule(/\\/, 's'),
  ],
};

export function create(): Lexer {
  return new LexerRun('m68k', states, (lx) => lx.push('expr_bol'));
}
