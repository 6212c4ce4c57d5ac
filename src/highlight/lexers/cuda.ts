// cuda: the C++ lexer with CUDA's qualifiers (__global__, __device__…) and vector types (float4,
// dim3…) added to its word sets (generated from Rouge).

import { LexerRun, type Lexer } from '../engine.js';
import { cppStates } from './cpp.js';
import * as W from './cuda-words.js';

const states = cppStates({
  keywords: new Set(W.KEYWORDS),
  keywordsType: new Set(W.KEYWORDS_TYPE),
  reserved: new Set(W.RESERVED),
  builtins: new Set(W.BUILTINS),
}, create);

export function create(): Lexer {
  return new LexerRun('cuda', states, (lx) => lx.push('bol'));
}
