// elm: keywords, types (capitalised), operators, nested {- -} comments, strings and chars.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = 'module|exposing|port|import|as|type|alias|if|then|else|case|of|let|in';

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/--.*/, 'c1'),
    rule(/{-/, 'cm', 'multiline_comment'),
    rule(`\\b(${KEYWORDS})\\b`, 'k'),
    rule(/[a-z]\w*/, 'n'),
    rule(/_/, 'n'),
    rule(/[A-Z]\w*/, 'kt'),
    rule(/(->|::|\/\/|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|\/=|<=|>=)/, 'o'),
    // Rouge's class holds the range +-/ (so also , and .)
    rule(/[+-\/*%=<>^|!]/, 'o'),
    rule(/\\/, 'o'),
    rule(/[@#$&~?]/, 'o'),
    rule(/"""/, 's', 'multiline_string'),
    rule(/'(\\.|.)'/, 'sc'),
    rule(/"/, 's', 'double_quote'),
    rule(/0x[\da-f]+/i, 'mh'),
    rule(/\d+e[+-]?\d+/i, 'mf'),
    rule(/\d+\.\d+(e[+-]?\d+)?/i, 'mf'),
    rule(/\d+/, 'mi'),
    rule(/[\[\](),;`{}:]/, 'p'),
  ],
  multiline_comment: [
    rule(/-}/, 'cm', '#pop'),
    rule(/{-/, 'cm', 'multiline_comment'),
    rule(/[^-{}]+/, 'cm'),
    rule(/[-{}]/, 'cm'),
  ],
  double_quote: [
    rule(/[^\\"]+/, 's2'),
    rule(/\\"/, 'se'),
    rule(/"/, 's2', '#pop'),
  ],
  multiline_string: [
    rule(/\\"/, 'se'),
    rule(/"""/, 's', '#pop'),
    rule(/[^"]+/, 's'),
    rule(/"/, 's'),
  ],
};

export function create(): Lexer {
  return new LexerRun('elm', states);
}
