// ocaml: keywords, word operators, primitive types, modules (dotted paths), constructors,
// polymorphic variants, labels, nested (* comments *), chars and strings. The states Rouge's
// OCamlCommon shares (strings, escapes, dotted paths) are exported for reasonml.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
/** Rouge's OCamlCommon.keywords (OCaml adds match and raise, ReasonML switch). */
export const OCAML_COMMON_KEYWORDS: readonly string[] = `as assert begin class constraint do done downto else end
  exception external false for fun function functor if in include inherit initializer lazy let module mutable new
  nonrec object of open rec sig struct then to true try type val virtual when while with`.trim().split(/\s+/);
const KEYWORDS = new Set([...OCAML_COMMON_KEYWORDS, 'match', 'raise']);
export const WORD_OPERATORS: ReadonlySet<string> = set('and asr land lor lsl lxor mod or');
export const PRIMITIVES: ReadonlySet<string> = set('unit int float bool string char list array');
export const OPERATOR = /[;,_!$%&*+.\/:<=>?@^|~#-]+/;
export const ID = "(?:[a-zA-Z_][\\w']*)";
export const UPPER_ID = "(?:[A-Z][\\w']*)";

/** OCamlCommon's states: string, escape_sequence, dotted. */
export function ocamlCommonStates(): StateTable {
  return {
    string: [
      rule(/[^\\"]+/, 's2'),
      mixin('escape_sequence'),
      rule(/\\\n/, 's2'),
      rule(/"/, 's2', '#pop'),
    ],
    escape_sequence: [
      rule(/\\[\\"'ntbr]/, 'se'),
      rule(/\\\d{3}/, 'se'),
      rule(/\\x\h{2}/, 'se'),
    ],
    dotted: [
      rule(/\s+/, '', undefined, { dotAll: true }),
      rule(/[.]/, 'p'),
      rule(`${UPPER_ID}(?=\\s*[.])`, 'nn'),
      rule(UPPER_ID, 'nc', '#pop'),
      rule(ID, 'n', '#pop'),
      rule(/[({\[]/, 'p', '#pop'),
    ],
  };
}

const states: StateTable = {
  ...ocamlCommonStates(),
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/false|true|[(][)]|\[\]/, 'bp'),
    rule(`${UPPER_ID}(?=\\s*[.])`, 'nn', 'dotted'),
    rule(`\`${ID}`, 'nt'),
    rule(UPPER_ID, 'nc'),
    rule(/[(][*](?![)])/, 'c', 'comment'),
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
    rule(/'[.]'/, 'sc'),
    rule(/'/, 'k'),
    rule(/"/, 's2', 'string'),
    rule(`[~?]${ID}`, 'nv'),
  ],
  comment: [
    rule(/[^(*)]+/, 'c'),
    rule(/[(][*]/, 'c', '#push'),
    rule(/[*][)]/, 'c', '#pop'),
    rule(/[(*)]/, 'c'),
  ],
};

export function create(): Lexer {
  return new LexerRun('ocaml', states);
}
