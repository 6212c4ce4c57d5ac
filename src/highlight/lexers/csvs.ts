// csvs: CSV Schema files — version line, dates and times, numbers, @directives, column names,
// $column references, keywords (any letters), strings.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\/\/[\S\t ]*/, 'c1'),
    rule(/\/\*[^*]*\*\//, 'cm', undefined, { dotAll: true }),
    groups(/(version)( )(\d+\.\d+)/, ['k', 'w', 'mf']),
    rule(/T?\d{2}:\d{2}:\d{2}(\.\d{5})?(Z|(?:[-+]\d{2}:\d{2}))?/, 'ld'),
    rule(/\d{4}-\d{2}-\d{2}/, 'ld'),
    rule(/\d{2}\/\d{2}\/\d{4}/, 'ld'),
    rule(/(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?/i, 'mf'),
    rule(/\d+/, 'mi'),
    rule(/@\w+/, 'kp'),
    rule(/[-.\w]+:/, 'nv'),
    rule(/^"[^"]+"/, 'nv'),
    rule(/\$([-.\w]+|("[^"]+"))\/?/, 'nv'),
    rule(/[A-Z]+/i, 'k'),
    rule(/"[^"]*"/, 's2'),
    rule(/'[^\r\n\f']'/, 'sc'),
    rule(/[,()*]/, 'p'),
  ],
};

export function create(): Lexer {
  return new LexerRun('csvs', states);
}
