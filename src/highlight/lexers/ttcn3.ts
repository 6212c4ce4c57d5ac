// ttcn3: TTCN-3 test specifications — keywords and conversion functions, types, reserved words,
// 'bits'B / 'hex'H / 'oct'O strings, numbers with _ separators, module and import names.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`module import group type port component signature external execute const template function
  altstep testcase var timer if else select case for while do label goto start stop return break int2char int2unichar
  int2bit int2enum int2hex int2oct int2str int2float float2int char2int char2oct unichar2int unichar2oct bit2int
  bit2hex bit2oct bit2str hex2int hex2bit hex2oct hex2str oct2int oct2bit oct2hex oct2str oct2char oct2unichar str2int
  str2hex str2oct str2float enum2int any2unistr lengthof sizeof ispresent ischosen isvalue isbound istemplatekind
  regexp substr replace encvalue decvalue encvalue_unichar decvalue_unichar encvalue_o decvalue_o get_stringencoding
  remove_bom rnd hostid send receive setverdict`);
const RESERVED = set(`all alt apply assert at configuration conjunct const control delta deterministic disjunct
  duration fail finished fuzzy from history implies inconc inv lazy mod mode notinv now omit onentry onexit par pass
  prev realtime seq setstate static stepsize stream timestamp until values wait`);
const TYPES = set(`anytype address boolean bitstring charstring hexstring octetstring component enumerated float
  integer port record set of union universal`);

const ID = '[a-zA-Z_]\\w*';
const DIGIT = '(?:\\d_+\\d|\\d)';
const BIN_DIGIT = '(?:[01]_+[01]|[01])';
const OCT_DIGIT = '(?:[0-7]_+[0-7]|[0-7])';
const HEX_DIGIT = '(?:\\h_+\\h|\\h)';
const I = { ignoreCase: true };

const states: StateTable = {
  statements: [
    rule(/\n+/, '', undefined, { dotAll: true }),
    rule(/[ \t\r]+/, ''),
    rule(/\\\n/, ''),
    rule(/\/\/(\\.|.)*?$/, 'c1'),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
    rule(/"/, 's', 'string'),
    rule(/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, 'sc'),
    rule(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`, 'mf', undefined, I),
    rule(`'${BIN_DIGIT}+'B`, 'mb', undefined, I),
    rule(`'${HEX_DIGIT}+'H`, 'mh', undefined, I),
    rule(`'${OCT_DIGIT}+'O`, 'mo', undefined, I),
    rule(`${DIGIT}+`, 'mi'),
    rule(/[~!%^&*+:=\|?<>\/-]/, 'o'),
    rule(/[()\[\]{},.;:]/, 'p'),
    rule(/(?:true|false|null)\b/, 'nb'),
    rule(ID, (lx, m) => {
      const name = m[0];
      lx.token(KEYWORDS.has(name) ? 'k' : TYPES.has(name) ? 'kt' : RESERVED.has(name) ? 'kr' : 'n', name);
    }),
  ],
  root: [
    rule(/module\b/, 'kd', 'module'),
    rule(/import\b/, 'kn', 'import'),
    mixin('statements'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
    rule(/[^\\"\n]+/, 's'),
    rule(/\\\n/, 's'),
    rule(/\\/, 's'),
  ],
  module: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(ID, 'nc', '#pop'),
  ],
  import: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[\w.]+\*?/, 'nn', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('ttcn3', states);
}
