// slice: ZeroC Ice's Specification Language — the C lexer with Slice's keywords and types
// (word sets generated from Rouge).

import { LexerRun, type Lexer } from '../engine.js';
import { cStates } from './c.js';
import * as W from './slice-words.js';

const states = cStates({
  keywords: new Set(W.KEYWORDS),
  keywordsType: new Set(W.KEYWORDS_TYPE),
  reserved: new Set(W.RESERVED),
  builtins: new Set(W.BUILTINS),
}, create);

export function create(): Lexer {
  return new LexerRun('slice', states, (lx) => lx.push('bol'));
}
