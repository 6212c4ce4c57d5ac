// hql: Hive QL — the SQL lexer with Hive's word lists (generated from Rouge), "double-quoted"
// strings as string literals, and ${hive_variable} substitution in code and strings.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './hql-words.js';
import { sqlStates } from './sql.js';

const states: StateTable = sqlStates({ keywords: new Set(W.KEYWORDS), keywordsType: new Set(W.KEYWORDS_TYPE) });
states.root = [
  rule(/"/, 's2', 'double_string'),
  rule(/\$\{/, 'nv', 'hive_variable'),
  ...states.root!,
];
states.single_string = [
  rule(/\$\{/, 'nv', 'hive_variable'),
  rule(/[^\\'\$]+/, 's1'),
  ...states.single_string!,
];
states.double_string = [
  rule(/\$\{/, 'nv', 'hive_variable'),
  rule(/"/, 's2', '#pop'),
  rule(/[^\\"\$]+/, 's2'),
  ...states.double_string!,
];
states.hive_variable = [
  rule(/\}/, 'nv', '#pop'),
  rule(/[^\}]+/, 'nv'),
];

export function create(): Lexer {
  return new LexerRun('hql', states);
}
