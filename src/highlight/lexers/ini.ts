// ini: sections, `key = value` pairs, comments (; or #), quoted values and escapes.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  basic: [
    rule(/[;#].*?\n/, 'c'),
    rule(/\s+/, ''),
    rule(/\\\n/, 'se'),
  ],
  root: [
    mixin('basic'),
    groups(/([\w\-.]+)(\s*)(=)/, ['py', '', 'p'], 'value'),
    rule(/\[.*?\]/, 'nn'),
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
  esc_str: [rule(/\\./, 'se', undefined, { dotAll: true })],
};

export function create(): Lexer {
  return new LexerRun('ini', states);
}
