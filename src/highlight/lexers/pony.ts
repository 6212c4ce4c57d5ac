// pony: the Pony language — reserved words, reference capabilities (iso, val, ref…), numeric
// types, Type names, """docstrings""", strings with escapes, numbers, // and /* */ comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`actor addressof and as be break class compiler_intrinsic consume continue do else elseif embed end
  error for fun if ifdef in interface is isnt lambda let match new not object primitive recover repeat return struct
  then this trait try type until use var where while with`);
const CAPABILITIES = set('box iso ref tag trn val');
const TYPES = set(`Number Signed Unsigned Float I8 I16 I32 I64 I128 U8 U32 U64 U128 F32 F64 EventID Align IntFormat
  NumberPrefix FloatFormat Type`);

const states: StateTable = {
  whitespace: [rule(/\s+/, '', undefined, { dotAll: true })],
  root: [
    mixin('whitespace'),
    rule(/"""/, 'sd', 'docstring'),
    rule(/\/\/.*/, 'c1'),
    rule(/\/(\\\n)?[*](.|\n)*?[*](\\\n)?\//, 'cm'),
    rule(/"/, 's', 'string'),
    rule(/[~!%^&*+=\|?:<>\/-]/, 'o'),
    rule(/(true|false|NULL)\b/, 'no'),
    rule(/(?:[A-Z_][a-zA-Z0-9_]*)/, 'nc'),
    rule(/[()\[\],.';]/, 'p'),
    rule(/0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?/, 'mf'),
    rule(/[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?/, 'mf'),
    rule(/\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?/, 'mf'),
    rule(/0[xX][0-9a-fA-F_]+/, 'mh'),
    rule(/(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?/, 'mi'),
    rule(/[a-z_][a-z0-9_]*/i, (lx, m) => {
      const w = m[0];
      lx.token(CAPABILITIES.has(w) ? 'kd' : KEYWORDS.has(w) ? 'kr' : TYPES.has(w) ? 'kt' : 'n', w);
    }),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
    rule(/[^\\"\n]+/, 's'),
    rule(/\\\n/, 's'),
    rule(/\\/, 's'),
  ],
  docstring: [
    rule(/"""/, 'sd', '#pop'),
    rule(/\n/, 'sd'),
    rule(/./, 'sd'),
  ],
};

export function create(): Lexer {
  return new LexerRun('pony', states);
}
