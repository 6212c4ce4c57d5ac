// properties: Java .properties files — `key=value` / `key: value`, ! and # comments, escapes.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  basic: [
    rule(/[!#].*?\n/, 'c'),
    rule(/\s+/, ''),
    rule(/\\\n/, 'se'),
  ],
  root: [
    mixin('basic'),
    groups(/([\w.-]+)(\s*)([=:])/, ['py', '', 'p'], 'value'),
  ],
  value: [
    rule(/\n/, '', '#pop'),
    mixin('basic'),
    rule(/"/, 's', 'dq'),
    rule(/'.*?'/, 's'),
    mixin('esc_str'),
    rule(/[^\\\n]+/, 's'),
  ],
  dq: [
    rule(/"/, 's', '#pop'),
    mixin('esc_str'),
    rule(/[^\\"]+/, 's', undefined, { dotAll: true }),
  ],
  esc_str: [
    rule(/\\u[0-9]{4}/, 'se'),
    rule(/\\./, 'se', undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('properties', states);
}
