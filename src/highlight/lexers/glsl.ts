// glsl: the C lexer with GLSL's own word sets (qualifiers, vector/matrix/sampler types, reserved
// words, gl_* builtins; generated from Rouge).

import { LexerRun, type Lexer } from '../engine.js';
import { cStates } from './c.js';
import * as W from './glsl-words.js';

const states = cStates({
  keywords: new Set(W.KEYWORDS),
  keywordsType: new Set(W.KEYWORDS_TYPE),
  reserved: new Set(W.RESERVED),
  builtins: new Set(W.BUILTINS),
}, create);

export function create(): Lexer {
  return new LexerRun('glsl', states, (lx) => lx.push('bol'));
}
