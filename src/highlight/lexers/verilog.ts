// verilog: Verilog and SystemVerilog — keyword, type and system-task words (generated from
// Rouge), sized literals (8'hFF, 4'b10xz), `define macros and `directives, labels at line start.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './verilog-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const KEYWORDS_TYPE = new Set(W.KEYWORDS_TYPE);
const KEYWORDS_SYSTEM_TASK = new Set(W.KEYWORDS_SYSTEM_TASK);
const ID = '[a-zA-Z_][a-zA-Z0-9_]*';

const states: StateTable = {
  expr_bol: [
    mixin('inline_whitespace'),
    rule(/`define/, 'cp', 'macro'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  bol: [
    rule(`${ID}:(?!:)`, 'nl'),
    mixin('expr_bol'),
  ],
  inline_whitespace: [
    rule(/[ \t\r]+/, ''),
    rule(/\\\n/, ''),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
  ],
  whitespace: [
    rule(/\n+/, '', 'bol', { dotAll: true }),
    rule(/\/\/(\\.|.)*?$/, 'c1', 'bol'),
    mixin('inline_whitespace'),
  ],
  expr_whitespace: [
    rule(/\n+/, '', 'expr_bol', { dotAll: true }),
    mixin('whitespace'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
    rule(/[^\\"\n]+/, 's'),
    rule(/\\\n/, 's'),
    rule(/\\/, 's'),
  ],
  statement: [
    mixin('whitespace'),
    rule(/L?"/, 's', 'string'),
    rule(/([0-9_]+\.[0-9_]*|[0-9_]*\.[0-9_]+)(e[+-]?[0-9_]+)?/i, 'mf'),
    rule(/[0-9_]+e[+-]?[0-9_]+/i, 'mf'),
    rule(/[0-9]*'h[0-9a-fA-F_?]+/, 'mh'),
    rule(/[0-9]*'b?[01xz_?]+/, 'mb'),
    rule(/[0-9]*'d[0-9_?]+/, 'mi'),
    rule(/[0-9_]+[lu]*/i, 'mi'),
    rule(/[-~!%^&*+=\|?:<>\/@{}]/, 'o'),
    rule(/[()\[\],.$\#;]/, 'p'),
    rule(/`(\w+)/, 'cp'),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : KEYWORDS_TYPE.has(w) ? 'kt' : KEYWORDS_SYSTEM_TASK.has(w) ? 'nb' : 'n', w);
    }),
  ],
  root: [
    mixin('expr_whitespace'),
    rule(/(?:)/, (lx) => lx.push('statement')),
  ],
  macro: [
    rule(/\n/, 'cp', '#pop'),
    mixin('inline_whitespace'),
    rule(/;/, 'p'),
    rule(/\=/, 'o'),
    rule(/(\w+)/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('verilog', states);
}
