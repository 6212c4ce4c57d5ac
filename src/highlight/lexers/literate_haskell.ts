// literate_haskell (aliases lithaskell, lhaskell, lhs): prose as text, "> " bird-track lines
// lexed as Haskell (one Haskell lexer across all code lines, as in Rouge).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHaskell } from './haskell.js';

const haskellOf = (lx: LexerRun): Lexer => lx.vars.haskell as Lexer;

const states: StateTable = {
  root: [
    rule(/\s*?\n(?=>)/, '', 'code'),
    rule(/.*?\n/, ''),
    rule(/.+\z/, ''),
  ],
  code: [
    rule(/(>)( .*?(\n|\z))/, (lx, m) => { lx.token('nl', m[1]); lx.delegate(haskellOf(lx), m[2]!); }),
    rule(/\s*\n(?=\s*[^>])/, '', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('literate_haskell', states, (lx) => { lx.vars.haskell = createHaskell(); });
}
