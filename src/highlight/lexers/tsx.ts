// tsx: JSX with TypeScript's words and rules; a `<T,` generic is not taken for an element.

import { LexerRun, rule, type Lexer } from '../engine.js';
import { jsxStates, startJsx } from './jsx.js';
import { TS_WORDS, applyTypescript } from './typescript.js';

const states = applyTypescript(jsxStates(TS_WORDS));
states.element_name = [
  rule(/(\w+)(,)/, (lx, m) => { lx.groups(m, ['nx', 'p']); lx.pop(3); }),
  ...states.element_name!,
];

export function create(): Lexer {
  return new LexerRun('tsx', states, startJsx);
}
