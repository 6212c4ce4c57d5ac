// reasonml: Reason syntax over OCaml — OCaml's shared states (strings, dotted module paths),
// `switch` as keyword, // and nested /* */ comments.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { ID, OCAML_COMMON_KEYWORDS, OPERATOR, PRIMITIVES, UPPER_ID, WORD_OPERATORS, ocamlCommonStates } from './ocaml.js';

const KEYWORDS = new Set([...OCAML_COMMON_KEYWORDS, 'switch']);

const states: StateTable = {
  ...ocamlCommonStates(),
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/false|true|[(][)]|\[\]/, 'bp'),
    rule(`${UPPER_ID}(?=\\s*[.])`, 'nn', 'dotted'),
    rule(`\`${ID}`, 'nt'),
    rule(UPPER_ID, 'nc'),
    rule(/\/\/.*/, 'c1'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : WORD_OPERATORS.has(w) ? 'ow' : PRIMITIVES.has(w) ? 'kt' : 'n', w);
    }),
    rule(/[(){}\[\];]+/, 'p'),
    rule(OPERATOR, 'o'),
    rule(/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'mf'),
    rule(/0x\h[\h_]*/i, 'mh'),
    rule(/0o[0-7][0-7_]*/i, 'mo'),
    rule(/0b[01][01_]*/i, 'mb'),
    rule(/\d[\d_]*/, 'mi'),
    rule(/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'/, 'sc'),
    rule(/'[^'\/]'/, 'sc'),
    rule(/'/, 'k'),
    rule(/"/, 's2', 'string'),
    rule(`[~?]${ID}`, 'nv'),
  ],
  comment: [
    rule(/[^\/*]+/, 'cm'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(/\*\//, 'cm', '#pop'),
    rule(/[*\/]/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('reasonml', states);
}
