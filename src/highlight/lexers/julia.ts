// julia (alias jl): #= nested =# comments, keywords/types/builtins (Rouge's /x patterns, generated),
// function and type names after their keyword, strings with $ interpolation and escapes,
// numbers with _ separators. Operators are tried before words, in Rouge's alternation order.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { BUILTINS_PATTERN, KEYWORDS_PATTERN, OPERATORS_PATTERN, TYPES_PATTERN } from './julia-words.js';

// Onigmo's \p{Word}, which JS lacks
const WORD = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
const DEF_NAME = `[\\p{L}\\p{Nl}\\p{S}_][${WORD}\\p{S}\\p{Po}!]*`;

const states: StateTable = {
  root: [
    rule(/\n/, ''),
    rule(/[^\S\n]+/, ''),
    rule(/#=/, 'cm', 'blockcomment'),
    rule(/#.*$/, 'c'),
    rule(OPERATORS_PATTERN, 'o'),
    rule(/\\\n/, ''),
    rule(/\\/, ''),
    groups(/(function|macro)((?:\s|\\\s)+)/, ['k', 'nf'], 'funcname'),
    groups(/((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)/, ['k', 'nc'], 'typename'),
    rule(TYPES_PATTERN, 'kt'),
    rule(/(local|global|const)\b/, 'kd'),
    rule(KEYWORDS_PATTERN, 'k'),
    rule(BUILTINS_PATTERN, 'nb'),
    rule(/`.*?`/, 'sb'),
    rule(/'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\\'\n])'/, 'sc'),
    rule(/(?<=[.\w)\]])\'+/, 'o'),
    rule(/(?:[IL])"/, 's', 'string'),
    rule(/[E]?"/, 's', 'string'),
    rule(/@[\w.]+/, 'nd'),
    rule(/(?:[a-zA-Z_\u00A1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00A1-\uffff]|[\u1000-\u10ff])*!*/, 'n'),
    rule(/[\[\]{}\(\),;]/, 'x'),
    rule(/(\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?/, 'mf'),
    rule(/(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?/, 'mf'),
    rule(/\d+(_\d+)+[eEf][+-]?[0-9]+/, 'mf'),
    rule(/\d+[eEf][+-]?[0-9]+/, 'mf'),
    rule(/0b[01]+(_[01]+)+/, 'mb'),
    rule(/0b[01]+/, 'mb'),
    rule(/0o[0-7]+(_[0-7]+)+/, 'mo'),
    rule(/0o[0-7]+/, 'mo'),
    rule(/0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+/, 'mh'),
    rule(/0x[a-fA-F0-9]+/, 'mh'),
    rule(/\d+(_\d+)+/, 'mi'),
    rule(/\d+/, 'mi'),
  ],
  funcname: [
    rule(DEF_NAME, 'nf', '#pop'),
    rule(/\([^\s\w{]{1,2}\)/, 'o', '#pop'),
    rule(/[^\s\w{]{1,2}/, 'o', '#pop'),
  ],
  typename: [
    rule(DEF_NAME, 'nc', '#pop'),
  ],
  stringescape: [
    rule(/\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, 'se'),
  ],
  blockcomment: [
    rule(/[^=#]/, 'cm'),
    rule(/#=/, 'cm', 'blockcomment'),
    rule(/\=#/, 'cm', '#pop'),
    rule(/[=#]/, 'cm'),
  ],
  string: [
    mixin('stringescape'),
    rule(/"/, 's', '#pop'),
    rule(/\\\\|\\"|\\\n/, 'se'),
    rule(/\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?/, 'si'),
    rule(/[^\\"$]+/, 's'),
    rule(/["\\]/, 's'),
    rule(/\$/, 's'),
  ],
};

export function create(): Lexer {
  return new LexerRun('julia', states);
}
