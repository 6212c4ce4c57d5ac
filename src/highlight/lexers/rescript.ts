// rescript: ReScript — OCaml's shared states (strings, dotted module paths) with ReScript's
// keywords, types and word operators, @decorators, #polyvariants, `template ${strings}`,
// // and nested /* */ comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { ID, UPPER_ID, ocamlCommonStates } from './ocaml.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`open let rec and as exception assert lazy if else for in to downto while switch when external
  type private mutable constraint include module of with try import export`);
const TYPES = set('bool int float char string unit list array option ref exn format');
const WORD_OPERATORS = set('mod land lor lxor lsl lsr asr or');

const states: StateTable = {
  ...ocamlCommonStates(),
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[,.:?~\\]/, ''),
    rule(/\btrue|false\b/, 'kc'),
    rule(`${UPPER_ID}(?=\\s*[.])`, 'nn', 'dotted'),
    rule(`@${ID}(\\.${ID})*`, 'nd', undefined, { ignoreCase: true }),
    rule(`\\#${ID}`, 'nc', undefined, { ignoreCase: true }),
    rule(UPPER_ID, 'nc'),
    rule(/\/\/.*/, 'c1'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : WORD_OPERATORS.has(w) ? 'ow' : TYPES.has(w) ? 'kt' : 'n', w);
    }),
    rule(/[(){}\[\];]+/, 'p'),
    rule(/[;_!$%&*+\/<=>@^|-]+/, 'o'),
    rule(/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'mf'),
    rule(/0x\h[\h_]*/i, 'mh'),
    rule(/0o[0-7][0-7_]*/i, 'mo'),
    rule(/0b[01][01_]*/i, 'mb'),
    rule(/\d[\d_]*/, 'mi'),
    rule(/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'/, 'sc'),
    rule(/'[^'\/]'/, 'sc'),
    rule(/'/, 'k'),
    rule(/"/, 's2', 'string'),
    rule(/`/, 's2', 'interpolated_string'),
  ],
  comment: [
    rule(/[^\/\*]+/, 'cm'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(/\*\//, 'cm', '#pop'),
    rule(/[*\/]/, 'cm'),
  ],
  interpolated_string: [
    rule(/[$]{/, 'p', 'interpolated_expression'),
    rule(/`/, 's2', '#pop'),
    rule(/\\[$`]/, 'se'),
    rule(/[^$`\\]+/, 's2'),
    rule(/[\\$]/, 's2'),
  ],
  interpolated_expression: [
    rule(/}/, 'p', '#pop'),
    mixin('root'),
  ],
};

export function create(): Lexer {
  return new LexerRun('rescript', states);
}
