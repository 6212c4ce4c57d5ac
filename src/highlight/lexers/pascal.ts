// pascal: keywords and type names (case-insensitive), comments ({ }, (* *), //), strings,
// numbers and $hex.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const alt = (s: string): string => s.trim().split(/\s+/).join('|');
const KEYWORDS = alt(`absolute abstract all and and_then array as asm assembler attribute begin bindable case class
  const constructor delay destructor div do downto else end except exit export exports external far file finalization
  finally for forward function goto if implementation import in inc index inherited initialization inline interface
  interrupt is label library message mod module near nil not object of on only operator or or_else otherwise out
  overload override packed pascal pow private procedure program property protected public published qualified raise
  read record register repeat resident resourcestring restricted safecall segment set shl shr stdcall stored string
  then threadvar to try type unit until uses value var view virtual while with write writeln xor`);
const KEYWORDS_TYPE = alt(`ansichar ansistring bool boolean byte bytebool cardinal char comp currency double dword
  extended int64 integer iunknown longbool longint longword pansichar pansistring pbool pboolean pbyte pbytearray
  pcardinal pchar pcomp pcurrency pdate pdatetime pdouble pdword pextended phandle pint64 pinteger plongint plongword
  pointer ppointer pshortint pshortstring psingle psmallint pstring pvariant pwidechar pwidestring pword pwordarray
  pwordbool real real48 shortint shortstring single smallint string tclass tdate tdatetime textfile thandle tobject
  ttime variant widechar widestring word wordbool`);

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/(\/\/).*$\n?/, 'c1'),
    rule(/(--).*$\n?/, 'c1'),
    rule(/\(\*.*?\*\)/, 'cm', undefined, { dotAll: true }),
    rule(/\{.*?\}/, 'cm', undefined, { dotAll: true }),
  ],
  root: [
    mixin('whitespace'),
    rule(/((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?)(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?/, 'm'),
    rule(/\$[0-9A-Fa-f]+/, 'mh'),
    rule(/[~!@#$%\^&*()+`\-={}\[\]:;<>?,.\/|\\]/, 'p'),
    rule(/'([^']|'')*'/, 's'),
    rule(/(true|false|nil)\b/i, 'nb'),
    rule(`\\b(${KEYWORDS})\\b`, 'k', undefined, { ignoreCase: true }),
    rule(`\\b(${KEYWORDS_TYPE})\\b`, 'kt', undefined, { ignoreCase: true }),
    rule(/@?[_a-zA-Z]\w*/, 'n'),
  ],
};

export function create(): Lexer {
  return new LexerRun('pascal', states);
}
