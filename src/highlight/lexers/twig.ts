// twig: the Jinja lexer with Twig's word lists (keywords, tests, b-and/b-or/b-xor operators).

import { LexerRun, type Lexer } from '../engine.js';
import { create as createHtml } from './html.js';
import { jinjaStates } from './jinja.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const states = jinjaStates({
  keywords: set(`as do extends flush from import include use else starts ends with without autoescape endautoescape
    block endblock embed endembed filter endfilter for endfor if endif macro endmacro sandbox endsandbox set endset
    spaceless endspaceless`),
  tests: set('constant defined divisibleby empty even iterable null odd sameas'),
  pseudoKeywords: set('true false none'),
  wordOperators: set('b-and b-or b-xor is in and or not'),
});

export function create(): Lexer {
  return new LexerRun('twig', states, (lx) => { lx.vars.parent = createHtml(); });
}
