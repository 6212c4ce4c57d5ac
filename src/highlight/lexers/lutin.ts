// lutin: the Lutin language — the Lustre lexer with Lutin's keywords and operators.

import { LexerRun, type Lexer } from '../engine.js';
import { lustreStates } from './lustre.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const states = lustreStates({
  keywords: set(`let in node extern system returns weak strong assert raise try catch trap do exist erun run type ref
    exception include false true`),
  wordOperators: set('div and xor mod or not nor if then else pre'),
  primitives: set('int real bool trace loop fby'),
});

export function create(): Lexer {
  return new LexerRun('lutin', states);
}
