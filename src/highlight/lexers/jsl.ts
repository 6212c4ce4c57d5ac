// jsl: JMP Scripting Language — function calls (name followed by `(`, names may contain spaces),
// ::global and :column scoping, << messages, dates (01jan2020), numbers, "strings" with \!
// escapes and "\[raw]\" strings, nested /* */ comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*].*?/, 'cm', 'comment'),
    rule(/<</, 'o', 'message'),
    groups(/(::|:)?([a-z_][\w\s'%.\\]*)(\()/i, ['p', 'k', 'p']),
    rule(/\d{2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2}(\d{2})?(:\d{2}:\d{2}(:\d{2}(\.\d*)?)?)?/i, 'ld'),
    rule(/-?(?:[0-9]+(?:[.][0-9]+)?|[.][0-9]*)(?:e[+-]?[0-9]+)?i?/i, 'm'),
    groups(/(::|:)?([a-z_][\w\s'%.\\]*|"(?:\\!"|[^"])*?"n)/i, ['p', 'nv']),
    groups(/(")(\\\[)(.*?)(\]\\)(")/, ['s2', 'se', 's2', 'se', 's2'], undefined, { dotAll: true }),
    rule(/"/, 's2', 'dq'),
    rule(/[-+*\/!%&<>\|=:`^]/, 'o'),
    rule(/[\[\](){},;]/, 'p'),
  ],
  message: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/[a-z_][\w\s'%.\\]*/i, 'nf'),
    rule(/[(),;]/, 'p', '#pop'),
    rule(/[&|!=<>]/, 'o', '#pop'),
  ],
  dq: [
    rule(/\\![btrnNf0\\"]/, 'se'),
    rule(/\\/, 's2'),
    rule(/"/, 's2', '#pop'),
    rule(/[^\\"]+/, 's2', undefined, { dotAll: true }),
  ],
  comment: [
    rule(/\/[*]/, 'cm', 'comment'),
    rule(/[*]\//, 'cm', '#pop'),
    rule(/[^\/*]+/, 'cm'),
    rule(/[\/*]/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('jsl', states);
}
