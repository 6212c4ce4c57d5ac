// abap: SAP ABAP — keywords (case-insensitive), types, builtin functions and 7.40 keywords before
// `(`, " and * comments, '…' and `…` strings, ->/=> member access. (Word lists from Rouge.)

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './abap-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const BUILTINS = new Set(W.BUILTINS);
const TYPES = new Set(W.TYPES);
const NEW_KEYWORDS = new Set(W.NEW_KEYWORDS);

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/".*/, 'c1'),
    rule(/^\*.*/, 'cm'),
    rule(/\d+/, 'mi'),
    rule(/('|`)/, 's1', 'single_string'),
    rule(/[\[\]\(\)\{\}\.,:\|]/, 'p'),
    rule(/(->|=>)?([A-Za-z][A-Za-z0-9_\-]*)(\()/, (lx, m) => {
      const prefixed = m[1] !== undefined;
      lx.token('o', m[1]);
      const name = m[2]!;
      const t = NEW_KEYWORDS.has(name.toUpperCase()) && !prefixed ? 'k'
        : BUILTINS.has(name.toLowerCase()) && !prefixed ? 'nb'
        : 'n';
      lx.token(t, name);
      lx.token('p', m[3]);
    }),
    rule(/\w\w*/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w.toUpperCase()) ? 'k' : TYPES.has(w.toLowerCase()) ? 'kt' : 'n', w);
    }),
    rule(/(->|->>|=>)/, 'o'),
    rule(/[-\*\+%\/~=&\?<>!#\@\^]+/, 'o'),
  ],
  operators: [
    rule(/(->|->>|=>)/, 'o'),
    rule(/[-\*\+%\/~=&\?<>!#\@\^]+/, 'o'),
  ],
  single_string: [
    rule(/\\./, 'se'),
    rule(/(''|``)/, 'se'),
    rule(/['`]/, 's1', '#pop'),
    rule(/[^\\'`]+/, 's1'),
  ],
};

export function create(): Lexer {
  return new LexerRun('abap', states);
}
