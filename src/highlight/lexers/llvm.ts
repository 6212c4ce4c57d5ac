// llvm: LLVM IR — labels, @globals, %locals and !metadata, types (i32…), instructions and
// keywords (word lists generated from Rouge); any other word is an Error token, as in Rouge.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './llvm-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const INSTRUCTIONS = new Set(W.INSTRUCTIONS);
const TYPES = new Set(W.TYPES);

const STRING = '(?:"[^"]*?")';
const IDENTIFIER = `([-a-zA-Z$._][-a-zA-Z$._0-9]*|${STRING})`;

const states: StateTable = {
  basic: [
    rule(/;.*?$/, 'c1'),
    rule(/\s+/, ''),
    rule(`${IDENTIFIER}\\s*:`, 'nl'),
    rule(`@(${IDENTIFIER}|\\d+)`, 'vg'),
    rule(/#\d+/, 'vg'),
    rule(`(%|!)${IDENTIFIER}`, 'nv'),
    rule(/(%|!)\d+/, 'nv'),
    rule(`c?${STRING}`, 's'),
    rule(/0[xX][a-fA-F0-9]+/, 'm'),
    rule(/-?\d+(?:[.]\d+)?(?:[eE][-+]?\d+(?:[.]\d+)?)?/, 'm'),
    rule(/[=<>{}\[\]()*.,!]|x/, 'p'),
  ],
  root: [
    mixin('basic'),
    rule(/i[1-9]\d*/, 'kt'),
    rule(/\w+/, (lx, m) => {
      const w = m[0];
      lx.token(TYPES.has(w) ? 'kt' : INSTRUCTIONS.has(w) || KEYWORDS.has(w) ? 'k' : 'err', w);
    }),
  ],
};

export function create(): Lexer {
  return new LexerRun('llvm', states);
}
