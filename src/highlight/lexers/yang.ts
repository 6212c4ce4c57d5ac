// yang: YANG 1.1 data models — statement keywords (all RFC 7950 groups), built-in types,
// constants, prefix:identifiers, dates, numbers, strings, // and nested /* */ comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const DECLARATIONS = set(`module submodule belongs-to namespace prefix yang-version contact description organization
  reference revision import include revision-date action argument augment deviation extension feature grouping
  identity if-feature input notification output rpc typedef anydata anyxml case choice config container deviate leaf
  leaf-list list must presence refine uses when base bit default enum error-app-tag error-message fraction-digits
  length max-elements min-elements modifier ordered-by path pattern position range require-instance status type units
  value yin-element key mandatory unique`);
const TYPES = set(`binary bits boolean decimal64 empty enumeration identityref instance-identifier int16 int32 int64
  int8 leafref string uint16 uint32 uint64 uint8 union`);
const CONSTANTS = set(`add current delete deprecated false invert-match max min not-supported obsolete replace true
  unbounded user`);

const states: StateTable = {
  comment: [
    rule(/[^*\/]/, 'c'),
    rule(/\/\*/, 'c', 'comment'),
    rule(/\*\//, 'c', '#pop'),
    rule(/[*\/]/, 'c'),
  ],
  root: [
    rule(/\s+/, 'w'),
    rule(/[\{\}\;]+/, 'p'),
    rule(/(?<![\-\w])(and|or|not|\+|\.)(?![\-\w])/, 'o'),
    rule(/"(?:\\"|[^"])*?"/, 's2'),
    rule(/'(?:\\'|[^'])*?'/, 's1'),
    rule(/\/\*/, 'c', 'comment'),
    rule(/\/\/.*?$/, 'c'),
    groups(/(?:^|(?<=[\s{};]))([\w.-]+)(:)([\w.-]+)(?=[\s{};])/, ['nn', 'p', 'n']),
    rule(/([0-9]{4}\-[0-9]{2}\-[0-9]{2})(?=[\s\{\}\;])/, 'nl'),
    rule(/([0-9]+\.[0-9]+)(?=[\s\{\}\;])/, 'mf'),
    rule(/([0-9]+)(?=[\s\{\}\;])/, 'mi'),
    rule(/[\w_-]+(?=[^\w\-\:])\b/, (lx, m) => {
      const name = m[0].toLowerCase();
      lx.token(DECLARATIONS.has(name) ? 'kd' : TYPES.has(name) ? 'kt' : CONSTANTS.has(name) ? 'no' : 'n', m[0]);
    }),
    rule(/[^;{}\s'"]+/, 'n'),
  ],
};

export function create(): Lexer {
  return new LexerRun('yang', states);
}
