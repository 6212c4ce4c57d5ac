// vhdl: VHDL 2008 — case-insensitive keywords, types and operator words, 'attributes, bit-string
// literals (x"FF"), -- comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`access after alias all architecture array assert assume assume_guarantee attribute begin block
  body buffer bus case component configuration constant context cover default disconnect downto else elsif end entity
  exit fairness file for force function generate generic group guarded if impure in inertial inout is label library
  linkage literal loop map new next null of on open others out package parameter port postponed procedure process
  property protected pure range record register reject release report return select sequence severity shared signal
  strong subtype then to transport type unaffected units until use variable vmode vprop vunit wait when while
  with`);
const KEYWORDS_TYPE = set(`bit bit_vector boolean boolean_vector character integer integer_vector natural positive real
  real_vector severity_level signed std_logic std_logic_vector std_ulogic std_ulogic_vector string unsigned time
  time_vector`);
const OPERATOR_WORDS = set('abs and mod nand nor not or rem rol ror sla sll sra srl xnor xor');

const ID = '[a-zA-Z][a-zA-Z0-9_]*';

const states: StateTable = {
  whitespace: [
    rule(/\s+/, ''),
    rule(/\n/, ''),
    rule(/--.*$/, 'c1'),
  ],
  statements: [
    rule(/-?\d+/i, 'mi'),
    rule(/-?\d+[.]\d+/i, 'mf'),
    rule(/[box]?"[^"]*"/i, 's1'),
    rule(/'[^']?'/i, 'sc'),
    rule(`'${ID}`, 'na', undefined, { ignoreCase: true }),
    rule(/[(),:;]/, 'p'),
    rule(/(?:true|false|null)\b/i, 'nb'),
    rule(ID, (lx, m) => {
      // Ruby's String#downcase is Unicode-aware, but the pattern only admits ASCII
      const w = m[0].toLowerCase();
      lx.token(KEYWORDS.has(w) ? 'k' : KEYWORDS_TYPE.has(w) ? 'kt' : OPERATOR_WORDS.has(w) ? 'ow' : 'n', m[0]);
    }),
    rule(/=>|[*][*]|:=|\/=|>=|<=|<>|\?\?|\?=|\?\/=|\?>|\?<|\?>=|\?<=|<<|>>|[#&'*+-.\/:<=>\?@^]/, 'o'),
  ],
  root: [
    mixin('whitespace'),
    mixin('statements'),
  ],
};

export function create(): Lexer {
  return new LexerRun('vhdl', states);
}
