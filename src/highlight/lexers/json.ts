// json: objects, arrays, keys (Name.Label), strings, numbers and constants, as Rouge's JSON lexer.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

/** A fresh copy of the JSON states (json-doc extends them). */
export function jsonStates(): StateTable {
  return {
    whitespace: [rule(/\s+/, 'w')],
    root: [
      mixin('whitespace'),
      rule(/\{/, 'p', 'object'),
      rule(/\[/, 'p', 'array'),
      mixin('name'),
      mixin('value'),
      rule(/[\]}]/, 'p'),
    ],
    object: [
      mixin('whitespace'),
      mixin('name'),
      mixin('value'),
      rule(/\}/, 'p', '#pop'),
      rule(/,/, 'p'),
    ],
    name: [groups(/("(?:\\.|[^"\\\n])*?")(\s*)(:)/, ['nl', 'w', 'p'])],
    value: [
      mixin('whitespace'),
      mixin('constants'),
      rule(/"/, 's2', 'string'),
      rule(/\[/, 'p', 'array'),
      rule(/\{/, 'p', 'object'),
    ],
    string: [
      rule(/[^\\"]+/, 's2'),
      rule(/\\./, 'se'),
      rule(/"/, 's2', '#pop'),
    ],
    array: [
      mixin('value'),
      rule(/\]/, 'p', '#pop'),
      rule(/,/, 'p'),
    ],
    constants: [
      rule(/(?:true|false|null)/, 'kc'),
      rule(/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/i, 'mf'),
      rule(/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/i, 'mi'),
    ],
  };
}

const states = jsonStates();

export function create(): Lexer {
  return new LexerRun('json', states);
}
