// hylang (alias hy): Hy, a Lisp on Python — the head of each form as Python keyword, Hy builtin
// (lists generated from Rouge) or function; 'symbols, :keywords, strings, numbers, ; comments.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './hylang-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const BUILTINS = new Set(W.BUILTINS);
const nameToken = (name: string): string | null => (KEYWORDS.has(name) ? 'k' : BUILTINS.has(name) ? 'nb' : null);

const IDENTIFIER = '[\\w!$%*+,<=>?\\/.-]+';
const KEYWORD = '[\\w!\\#$%*+,<=>?\\/.-]+';

const states: StateTable = {
  root: [
    rule(/;.*?$/, 'c1'),
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/-?\d+\.\d+/, 'mf'),
    rule(/-?\d+/, 'mi'),
    rule(/0x-?[0-9a-fA-F]+/, 'mh'),
    rule(/"(\\.|[^"])*"/, 's'),
    rule(`'${KEYWORD}`, 'ss'),
    rule(`::?${KEYWORD}`, 'no'),
    rule(/\\(.|[a-z]+)/i, 'sc'),
    rule(/~@|[`'#^~&@]/, 'o'),
    rule(`(\\()(\\s*)(${IDENTIFIER})`, (lx, m) => {
      lx.token('p', m[1]);
      lx.token('w', m[2]);
      lx.token(nameToken(m[3]!) ?? 'nf', m[3]);
    }, undefined, { dotAll: true }),
    rule(IDENTIFIER, (lx, m) => lx.token(nameToken(m[0]) ?? 'n', m[0])),
    rule(/[\[\]]/, 'p'),
    rule(/[{}]/, 'p'),
    rule(/[()]/, 'p'),
  ],
};

export function create(): Lexer {
  return new LexerRun('hylang', states);
}
