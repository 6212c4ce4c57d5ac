// plsql: Oracle PL/SQL — reserved words, keywords, builtin functions and types (case-insensitive,
// lists generated from Rouge), q'[…]' quoted strings with their own delimiters, $IF conditional
// compilation, %TYPE-style attributes, dotted names, create-or-replace and merge headers.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { escapeForPattern } from '../regex.js';
import * as W from './plsql-words.js';

const KEYWORDS_RESERVED = new Set(W.KEYWORDS_RESERVED);
const KEYWORDS = new Set(W.KEYWORDS);
const KEYWORDS_FUNC = new Set(W.KEYWORDS_FUNC);
const KEYWORDS_TYPE = new Set(W.KEYWORDS_TYPE);
const DELIMITER_PAIRS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

function wordToken(word: string): string {
  const w = word.toUpperCase();
  if (KEYWORDS_TYPE.has(w)) return 'kt';
  if (KEYWORDS_FUNC.has(w)) return 'nf';
  if (KEYWORDS_RESERVED.has(w)) return 'kr';
  if (KEYWORDS.has(w)) return 'k';
  return 'n';
}

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/--.*/, 'c1'),
    rule(/\/\*/, 'cm', 'multiline_comments'),
    rule(/q'(.)/i, (lx, m) => {
      const open = m[1]!;
      const c = escapeForPattern(DELIMITER_PAIRS[open] ?? open);
      lx.token('o', m[0]);
      lx.push(lx.defineState(`q-quote ${c}`, () => [
        rule(`(?:${c}[^']|[^${c}]'|[^${c}'])+`, 'sx', undefined, { dotAll: true }),
        rule(`${c}'`, 'o', '#pop'),
      ]));
    }),
    rule(/'/, 'o', 'single_string'),
    rule(/"/, 'o', 'double_string'),
    groups(/(\$(?:IF|THEN|ELSE|ELSIF|ERROR|END|(?:\$\$?\w[\w\d]*)))(\s+)/, ['cp', ''], undefined, { ignoreCase: true, dotAll: true }),
    rule(/[+-]?(?:(?:\.\d+(?:[eE][+-]?\d+)?)|\d+\.(?:\d+(?:[eE][+-]?\d+)?)?)[fFdD]?/, 'mf'),
    rule(/[+-]?\d+/, 'mi'),
    rule(/%(?:TYPE|ROWTYPE|FOUND|ISOPEN|NOTFOUND|ROWCOUNT)\b/i, 'na'),
    rule(/=>|\|\||\*\*|<<|>>|\.\.|<>|[:!~^<>]=|[-+%\/*=<>@&!^\[\]]/, 'o'),
    groups(/(NOT|AND|OR|LIKE|BETWEEN|IN)(\s)/, ['ow', ''], undefined, { ignoreCase: true, dotAll: true }),
    groups(/(IS)(\s+)(?:(NOT)(\s+))?(NULL\b)/, ['ow', '', 'ow', '', 'ow'], undefined, { ignoreCase: true, dotAll: true }),
    rule(/\.(?=\w)/, 'p', 'dotnames'),
    rule(/[;:()\[\],.]/, 'p'),
    groups(/(create)(\s+)(?:(or)(\s+)(replace)(\s+))?(package|function|procedure|type)(?:(\s+)(body))?(\s+)(\w[\w\d\$]*)/,
      ['kr', '', 'kr', '', 'kr', '', 'kr', '', 'kr', '', 'n'], undefined, { ignoreCase: true, dotAll: true }),
    groups(/(when)(\s+)(?:(not)(\s+))?(matched)(\s+)(then)(\s+)(update|insert)\b(?:(\s+)(set)(\s+))?/,
      ['kr', '', 'kr', '', 'kr', '', 'kr', '', 'kr', '', 'kr', ''], undefined, { ignoreCase: true, dotAll: true }),
    rule(/(\w[\w\d\$]*)(\.(?=\w))?/, (lx, m) => {
      lx.groups(m, [wordToken(m[1]!), 'p']);
      if (m[2] === '.') lx.push('dotnames');
    }),
  ],
  multiline_comments: [
    rule(/([*][^\/]|[^*])+/, 'cm', undefined, { dotAll: true }),
    rule(/[*]\//, 'cm', '#pop'),
  ],
  single_string: [
    rule(/\\./, 'se'),
    rule(/''/, 'se'),
    rule(/'/, 'o', '#pop'),
    rule(/[^\\']+/, 's1', undefined, { dotAll: true }),
  ],
  double_string: [
    rule(/\\./, 'se'),
    rule(/""/, 'se'),
    rule(/"/, 'o', '#pop'),
    rule(/[^\\"]+/, 'nv', undefined, { dotAll: true }),
  ],
  dotnames: [
    groups(/(\w[\w\d\$]*)(\.(?=\w))/, ['n', 'p']),
    rule(/\w[\w\d\$]*/, (lx, m) => {
      lx.token(KEYWORDS_FUNC.has(m[0].toUpperCase()) ? 'nf' : 'n', m[0]);
      lx.pop();
    }),
  ],
};

export function create(): Lexer {
  return new LexerRun('plsql', states);
}
