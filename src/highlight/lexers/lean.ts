// lean: Lean (3) — commands and keywords, Sort/Prop/Type, Unicode and ASCII operators (Rouge's
// list, generated), -- doc comments, strings with escapes; unmatched characters are Errors.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './lean-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const TYPES = new Set(W.TYPES);

const states: StateTable = {
  root: [
    rule(/\s*--+\s+.*?$/, 'cd'),
    rule(/"/, 's', 'string'),
    rule(/\d+/, 'mi'),
    rule(/#?\w+/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'k' : TYPES.has(m[0]) ? 'kt' : 'n', m[0])),
    rule(/[λ]/, 'k'),
    rule(/\:=?/, ''),
    rule(/\.[0-9]*/, 'o'),
    rule(W.OPERATORS_SOURCE, 'o'),
    rule(/[\s\(\),\[\]αβ‹›]+/, ''),
    rule(/./, 'err'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\/, 'se', 'escape'),
    rule(/[^\\"]+/, 's'),
  ],
  escape: [
    rule(/[nrt"'\\]/, 'se', '#pop'),
    rule(/x[\da-f]+/i, 'se', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('lean', states);
}
