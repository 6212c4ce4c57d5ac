// msgtrans: RISC OS MessageTrans files — token:value lines with %0–%3 parameters, # comments.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/^#[^\n]*/, 'c'),
    rule(/[^\t\n\r ,):?\/]+/, 'nv'),
    rule(/[\n\/?]/, 'o'),
    rule(/:/, 'o', 'value'),
  ],
  value: [
    rule(/\n/, '', '#pop'),
    rule(/%[0-3%]/, 'o'),
    rule(/[^\n%]/, 's'),
  ],
};

export function create(): Lexer {
  return new LexerRun('msgtrans', states);
}
