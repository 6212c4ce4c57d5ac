// plaintext (alias text): the whole input is one Text token, so it is only escaped.

import { WholeTextLexer, type Lexer } from '../engine.js';

export function create(): Lexer {
  return new WholeTextLexer('plaintext');
}
