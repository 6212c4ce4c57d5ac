// clean: the Clean functional language — keywords, Types and True/False, literals, ['char'] lists,
// //* and /** doc comments, nested /* */ comments, and code { … } ABC-assembly blocks.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = new Set(`if otherwise let in with where case of infix infixl infixr class instance generic derive
  special implementation definition system module from import qualified as dynamic code inline foreign export ccall
  stdcall`.trim().split(/\s+/));

const states: StateTable = {
  common_literals: [
    rule(/'(?:[^'\\]|\\(?:x[0-9a-fA-F]+|\d+|.))'/, 'sc'),
    rule(/[+~-]?\d+\.\d+(?:E[+-]?\d+)?\b/, 'mf'),
    rule(/[+~-]?\d+E[+-]?\d+\b/, 'mf'),
    rule(/[+~-]?\d+/, 'mi'),
    rule(/"/, 's2', 'string'),
  ],
  basic: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/\/\/\*.*/, 'cd'),
    rule(/\/\/.*/, 'c1'),
    rule(/\/\*\*/, 'cd', 'comment_doc'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(/[+~-]?0[0-7]+/, 'mo'),
    rule(/[+~-]?0x[0-9a-fA-F]+/, 'mh'),
    mixin('common_literals'),
    groups(/(\[)(\s*)(')(?=.*?'\])/, ['p', 'w', 's1'], 'charlist'),
  ],
  comment_doc: [
    rule(/\*\//, 'cd', '#pop'),
    rule(/\/\/.*/, 'cd'),
    rule(/\/\*/, 'cd', 'comment'),
    rule(/[^*\/]+/, 'cd'),
    rule(/[*\/]/, 'cd'),
  ],
  comment: [
    rule(/\*\//, 'cm', '#pop'),
    rule(/\/\/.*/, 'cm'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(/[^*\/]+/, 'cm'),
    rule(/[*\/]/, 'cm'),
  ],
  root: [
    mixin('basic'),
    rule(/code(\s+inline)?\s*{/, 'cp', 'abc'),
    rule(/_*[a-z][\w_`]*/, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'k' : 'n', m[0])),
    rule(/_*[A-Z][\w_`]*/, (lx, m) => lx.token(m[0] === 'True' || m[0] === 'False' ? 'kc' : 'kt', m[0])),
    rule(/[^\w_\s`]/, 'p'),
    rule(/_\b/, 'p'),
  ],
  escapes: [
    rule(/\\x[0-9a-fA-F]{1,2}/i, 'se'),
    rule(/\\d\d{0,3}/i, 'se'),
    rule(/\\0[0-7]{0,3}/, 'se'),
    rule(/\\[0-7]{1,3}/, 'se'),
    rule(/\\[nrfbtv\\"']/, 'se'),
  ],
  string: [
    rule(/"/, 's2', '#pop'),
    mixin('escapes'),
    rule(/[^\\"]+/, 's2'),
  ],
  charlist: [
    rule(/(')(\])/, (lx, m) => { lx.groups(m, ['s1', 'p']); lx.pop(); }),
    mixin('escapes'),
    rule(/[^\\']/, 's1'),
  ],
  abc_basic: [
    rule(/\s+/, 'w'),
    rule(/\|.*/, 'c1'),
    mixin('common_literals'),
  ],
  abc: [
    mixin('abc_basic'),
    rule(/}/, 'cp', '#pop'),
    rule(/\.\w*/, 'k', 'abc_rest_of_line'),
    rule(/[\w_]+/, 'nb', 'abc_rest_of_line'),
  ],
  abc_rest_of_line: [
    rule(/\n/, 'w', '#pop'),
    rule(/}/, (lx, m) => { lx.token('cp', m[0]); lx.pop(2); }),
    mixin('abc_basic'),
    rule(/\S+/, 'n'),
  ],
};

export function create(): Lexer {
  return new LexerRun('clean', states);
}
