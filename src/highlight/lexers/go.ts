// go (alias golang): Rouge's Go lexer, built from the language spec's lexical grammar —
// keywords, predeclared types/functions/constants, numeric and rune literals, operators,
// interpreted and raw strings.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

/** Ruby interpolates a regexp as a group of its own: `#{X}?` applies to all of X. */
const g = (s: string): string => `(?:${s})`;
const words = (s: string): string => g(`\\b(?:${s.trim().split(/\s+/).join('|')})\\b`);

const NEWLINE = '\\n';
const UNICODE_CHAR = '[^\\n]';
const LETTER = g('\\p{Alphabetic}|_');
const UNICODE_DIGIT = '\\p{Nd}';
const HEX_DIGIT = '[0-9A-Fa-f]';

const LINE_COMMENT = g(`\\/\\/(?:(?!${NEWLINE}).)*`);
const GENERAL_COMMENT = g('\\/\\*(?:(?!\\*\\/)[\\s\\S])*\\*\\/');
const COMMENT = g(`${LINE_COMMENT}|${GENERAL_COMMENT}`);

const KEYWORD = words(`break default func interface select case defer go map struct chan else goto package
  switch const fallthrough if range type continue for import return var`);
const IDENTIFIER = g(`(?!${KEYWORD})${LETTER}(?:${LETTER}|${UNICODE_DIGIT})*`);

const OPERATOR = g([
  '\\+=', '\\+\\+', '\\+', '&\\^=', '&\\^', '&=', '&&', '&', '==', '=', '!=', '!', '-=', '--', '-', '\\|=',
  '\\|\\|', '\\|', '<=', '<-', '<<=', '<<', '<', '\\*=', '\\*', '\\^=', '\\^', '>>=', '>>', '>=', '>', '\\/',
  '\\/=', ':=', '%', '%=', '\\.\\.\\.', '\\.', ':',
].join('|'));
const SEPARATOR = g('\\(|\\)|\\[|\\]|\\{|\\}|,|;');

const INT_LIT = g(`${g(`0[xX]${HEX_DIGIT}+`)}|${g('[0-9][0-9]*')}|${g('0[0-7]*')}`);
const DECIMALS = g('[0-9]+');
const EXPONENT = g(`[eE][+\\-]?${DECIMALS}`);
const FLOAT_LIT = g(`${DECIMALS}\\.${DECIMALS}?${EXPONENT}?|${DECIMALS}${EXPONENT}|\\.${DECIMALS}${EXPONENT}?`);
const IMAGINARY_LIT = g(`(?:${DECIMALS}|${FLOAT_LIT})i`);

const ESCAPED_CHAR = g(`\\\\[abfnrtv\\\\'"]`);
const LITTLE_U_VALUE = g(`\\\\u${HEX_DIGIT}{4}`);
const BIG_U_VALUE = g(`\\\\U${HEX_DIGIT}{8}`);
const UNICODE_VALUE = g(`${UNICODE_CHAR}|${LITTLE_U_VALUE}|${BIG_U_VALUE}|${ESCAPED_CHAR}`);
const OCTAL_BYTE_VALUE = g('\\\\[0-7]{3}');
const HEX_BYTE_VALUE = g(`\\\\x${HEX_DIGIT}{2}`);
const BYTE_VALUE = g(`${OCTAL_BYTE_VALUE}|${HEX_BYTE_VALUE}`);
const CHAR_LIT = g(`'(?:${UNICODE_VALUE}|${BYTE_VALUE})'`);
const ESCAPE_SEQUENCE = g(`${ESCAPED_CHAR}|${LITTLE_U_VALUE}|${BIG_U_VALUE}|${HEX_BYTE_VALUE}`);

const PREDECLARED_TYPES = words(`bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int
  rune string uint8 uint16 uint32 uint64 uintptr uint`);
const PREDECLARED_CONSTANTS = words('true false iota nil');
const PREDECLARED_FUNCTIONS = words(`append cap close complex copy delete imag len make new panic print println
  real recover`);

const states: StateTable = {
  simple_tokens: [
    rule(COMMENT, 'c'),
    rule(KEYWORD, 'k'),
    rule(PREDECLARED_TYPES, 'kt'),
    rule(PREDECLARED_FUNCTIONS, 'nb'),
    rule(PREDECLARED_CONSTANTS, 'no'),
    rule(IMAGINARY_LIT, 'm'),
    rule(FLOAT_LIT, 'm'),
    rule(INT_LIT, 'm'),
    rule(CHAR_LIT, 'sc'),
    rule(OPERATOR, 'o'),
    rule(SEPARATOR, 'p'),
    rule(IDENTIFIER, 'n'),
    rule(/\s+/, ''),
  ],
  root: [
    mixin('simple_tokens'),
    rule(/`/, 's', 'raw_string'),
    rule(/"/, 's', 'interpreted_string'),
  ],
  interpreted_string: [
    rule(ESCAPE_SEQUENCE, 'se'),
    rule(/\\./, 'err'),
    rule(/"/, 's', '#pop'),
    rule(/[^"\\]+/, 's'),
  ],
  raw_string: [
    rule(/`/, 's', '#pop'),
    rule(/[^`]+/, 's', undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('go', states);
}
