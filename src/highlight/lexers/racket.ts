// racket: the head of each form as keyword, builtin (Rouge's lists, generated) or function name;
// #| nested |# and #; s-expression comments, numbers in every radix, #:keywords, characters,
// booleans, quoted symbols.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './racket-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const BUILTINS = new Set(W.BUILTINS);
const ID = '(?:[^\\s\\(\\)\\[\\]\\{\\}\'`,.]+)';

const states: StateTable = {
  root: [
    rule(/;.*$/, 'c1'),
    rule(/#!.*/, 'c1'),
    rule(/#\|/, 'cm', 'block_comment'),
    rule(/#;/, 'cm', 'sexp_comment'),
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[+-]inf[.][f0]/, 'mf'),
    rule(/[+-]nan[.]0/, 'mf'),
    rule(/[-]min[.]0/, 'mf'),
    rule(/[+]max[.]0/, 'mf'),
    rule(/-?\d+\.\d+/, 'mf'),
    rule(/-?\d+/, 'mi'),
    rule(`#:${ID}+`, 'nt'),
    rule(/#b[01]+/, 'mb'),
    rule(/#o[0-7]+/, 'mo'),
    rule(/#d[0-9]+/, 'mi'),
    rule(/#x[0-9a-f]+/i, 'mh'),
    rule(/#[ei][\d.]+/, 'mx'),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(`['\`]${ID}`, 'ss', undefined, { ignoreCase: true }),
    rule(/#\\([()\/'"._!\$%& ?=+-]{1}|[a-z0-9]+)/i, 'sc'),
    rule(/#t(rue)?|#f(alse)?/i, 'no'),
    rule(/(?:'|#|`|,@|,|\.)/, 'o'),
    groups(/(['#])(\s*)(\()/, ['ss', '', 'p'], undefined, { dotAll: true }),
    rule(/\(|\[|\{/, 'p', 'command'),
    rule(/\)|\]|\}/, 'p'),
    rule(ID, 'nv'),
  ],
  block_comment: [
    rule(/[^|#]+/, 'cm'),
    rule(/\|#/, 'cm', '#pop'),
    rule(/#\|/, 'cm', 'block_comment'),
    rule(/[|#]/, 'cm'),
  ],
  sexp_comment: [
    rule(/[({\[]/, 'cm', 'sexp_comment_inner'),
    rule(/"(?:\\"|[^"])*?"/, 'cm', '#pop'),
    rule(/[^\s]+/, 'cm', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  sexp_comment_inner: [
    rule(/[^(){}\[\]]+/, 'cm'),
    rule(/[)}\]]/, 'cm', '#pop'),
    rule(/[({\[]/, 'cm', 'sexp_comment_inner'),
  ],
  command: [
    rule(ID, (lx, m) => {
      lx.token(KEYWORDS.has(m[0]) ? 'k' : BUILTINS.has(m[0]) ? 'nb' : 'nf', m[0]);
      lx.pop();
    }),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('racket', states);
}
