// toml: tables ([a.b]), keys, inline tables, strings (basic, literal, multi-line), numbers,
// dates and booleans, as Rouge's TOML lexer.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const ID = `(?:\\S+|"[^"]+"|'[^']+')`;

const states: StateTable = {
  basic: [
    rule(/\s+/, ''),
    rule(/#.*?$/, 'c'),
    rule(/(true|false)/, 'kc'),
    groups(`(${ID})(\\s*)(=)(\\s*)(\\{)`, ['nn', '', 'o', '', 'p'], 'inline'),
    rule(/(?<!=)\s*\[[\S]+\]/, 'nn'),
    rule(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, 'ld'),
    rule(/[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?/, 'mf'),
    rule(/[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*/, 'mf'),
    rule(/[+-]?(?:nan|inf)/, 'mf'),
    rule(/0x\h+(?:_\h+)*/, 'mh'),
    rule(/0o[0-7]+(?:_[0-7]+)*/, 'mo'),
    rule(/0b[01]+(?:_[01]+)*/, 'mb'),
    rule(/[+-]?\d+(?:_\d+)*/, 'mi'),
  ],
  root: [
    mixin('basic'),
    groups(`(${ID})(\\s*)(=)`, ['py', '', 'p'], 'value'),
  ],
  value: [rule(/\n/, '', '#pop'), mixin('content')],
  content: [
    mixin('basic'),
    groups(`(${ID})(\\s*)(=)`, ['py', '', 'p']),
    rule(/"""/, 's', 'mdq'),
    rule(/"/, 's', 'dq'),
    rule(/'''/, 's', 'msq'),
    rule(/'/, 's', 'sq'),
    mixin('esc_str'),
    rule(/,/, 'p'),
    rule(/\[/, 'p', 'array'),
  ],
  dq: [
    rule(/"/, 's', '#pop'),
    rule(/\n/, 'err', '#pop'),
    mixin('esc_str'),
    rule(/[^\\"\n]+/, 's'),
  ],
  mdq: [
    rule(/"""/, 's', '#pop'),
    mixin('esc_str'),
    rule(/[^\\"]+/, 's'),
    rule(/"+/, 's'),
  ],
  sq: [
    rule(/'/, 's', '#pop'),
    rule(/\n/, 'err', '#pop'),
    rule(/[^'\n]+/, 's'),
  ],
  msq: [
    rule(/'''/, 's', '#pop'),
    rule(/[^']+/, 's'),
    rule(/'+/, 's'),
  ],
  esc_str: [rule(/\\[0t\tn\n "\\r]/, 'se')],
  array: [mixin('content'), rule(/\]/, 'p', '#pop')],
  inline: [mixin('content'), rule(/\}/, 'p', '#pop')],
};

export function create(): Lexer {
  return new LexerRun('toml', states);
}
