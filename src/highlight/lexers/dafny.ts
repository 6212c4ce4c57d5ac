// dafny: Dafny — reserved words, types (also arrayN? and bvN), literals, text operators, chars
// and strings (malformed ones as Error, as in Rouge), verbatim @"…" strings, numbers with _,
// nested /* */ comments.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = new Set(`abstract allocated assert assume break by calc case class codatatype const constructor
  datatype decreases downto else ensures exists expect export extends false for forall fresh function ghost greatest if
  import include invariant iterator label least lemma match method modifies modify module nameonly new newtype null old
  opened predicate print provides reads refines requires return returns reveal reveals static then this to trait true
  twostate type unchanged var while witness yield yields`.trim().split(/\s+/));
const LITERALS = new Set(['true', 'false', 'null']);
const TEXT_OPERATORS = new Set(['as', 'is', 'in']);
const TYPES = new Set('bool char int real string nat array array? object object? ORDINAL seq set iset map imap multiset'.split(' '));

const IDCHAR = "(?:[0-9a-zA-Z_'?])";
const ID = `(?:[0-9a-zA-Z?])${IDCHAR}*`;
const DIGITS = '(?:\\d+(?:_\\d+)*)';
const BIN_DIGITS = '(?:[01]+(?:_[01]+)*)';
const HEX_DIGIT = '(?:[0-9a-fA-F])';
const HEX_DIGITS = `(?:${HEX_DIGIT}+(?:_${HEX_DIGIT}+)*)`;
const CCHAR = `(?:[^\\\\'\\n\\r]|\\\\["'ntr\\\\0])`;
const SCHAR = `(?:[^\\\\"\\n\\r]|\\\\["'ntr\\\\0])`;
const UCHAR = `(?:\\\\u${HEX_DIGIT}{4})`;

const states: StateTable = {
  root: [
    rule(/\/\*/, 'cm', 'comment'),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\*\//, 'err'),
    rule(`'${CCHAR}'`, 'sc'),
    rule(`'${UCHAR}'`, 'sc'),
    rule(/'[^'\n\r]*'/, 'err'),
    rule(/'[^'\n\r]*$/, 'err'),
    rule(`"(?:${SCHAR}|${UCHAR})*"`, 's2'),
    rule(/".*"/, 'err'),
    rule(/".*$/, 'err'),
    rule(/@"([^"]|"")*"/, 'sx'),
    rule(/@".*/, 'err', undefined, { dotAll: true }),
    rule(`${DIGITS}\\.${DIGITS}(?!${IDCHAR})`, 'mf'),
    rule(`0b${BIN_DIGITS}(?!${IDCHAR})`, 'mb'),
    rule(`0b${IDCHAR}*`, 'err'),
    rule(`0x${HEX_DIGITS}(?!${IDCHAR})`, 'mh'),
    rule(`0x${IDCHAR}*`, 'err'),
    rule(`${DIGITS}(?!${IDCHAR})`, 'mi'),
    rule(`_(?!${IDCHAR})`, 'n'),
    rule(`_[0-9_]+[_]?(?!${IDCHAR})`, 'err'),
    rule(`[0-9_]+_(?!${IDCHAR})`, 'err'),
    rule(`[0-9]${IDCHAR}+`, 'err'),
    rule(`array(?:1[0-9]+|[2-9][0-9]*)\\??(?!${IDCHAR})`, 'kt'),
    rule(`bv(?:0|[1-9][0-9]*)(?!${IDCHAR})`, 'kt'),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(TYPES.has(w) ? 'kt' : LITERALS.has(w) ? 'kc' : TEXT_OPERATORS.has(w) ? 'ow' : KEYWORDS.has(w) ? 'kr' : 'n', w);
    }),
    rule(/\.\./, 'o'),
    rule(/[*!%&<>\|^+=:.\/-]/, 'o'),
    rule(/[\[\](){},;`]/, 'p'),
    rule(/[^\S\n]+/, ''),
    rule(/\n/, ''),
    rule(/./, 'err'),
  ],
  comment: [
    rule(/\*\//, 'cm', '#pop'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(/[^*\/]+/, 'cm'),
    rule(/./, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('dafny', states);
}
