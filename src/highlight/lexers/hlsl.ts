// hlsl: the C lexer with HLSL's word sets (generated from Rouge) and function signatures that may
// carry a `: SEMANTIC` after the parameter list.

import { LexerRun, mixin, rule, type Lexer } from '../engine.js';
import { C_ID, cStates } from './c.js';
import * as W from './hlsl-words.js';

const WS = '(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+';

const states = cStates({
  keywords: new Set(W.KEYWORDS),
  keywordsType: new Set(W.KEYWORDS_TYPE),
  reserved: new Set(W.RESERVED),
  builtins: new Set(W.BUILTINS),
}, create);

states.root = [
  mixin('expr_whitespace'),
  rule(`([\\w*\\s]+?[\\s*])(${C_ID})(\\s*\\([^;]*?\\)(?:\\s*:\\s+${C_ID})?)((?:${WS})?)({|;)`, (lx, m) => {
    lx.recurse(m[1]!, create);
    lx.token('nf', m[2]);
    lx.recurse(m[3]!, create);
    lx.recurse(m[4] ?? '', create);
    lx.token('p', m[5]);
    if (m[5] === '{') lx.push('function');
  }),
  rule(/\{/, 'p', 'function'),
  mixin('statements'),
];

export function create(): Lexer {
  return new LexerRun('hlsl', states, (lx) => lx.push('bol'));
}
