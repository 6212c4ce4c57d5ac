// rego: Open Policy Agent policies — constants, operator words (not, some, with…), operators,
// strings and numbers, # comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const CONSTANTS = new Set(['true', 'false', 'null']);
const OPERATORS = new Set(['as', 'default', 'else', 'import', 'not', 'package', 'some', 'with']);

const states: StateTable = {
  basic: [
    rule(/\s+/, ''),
    rule(/#.*/, 'c1'),
    rule(/[\[\](){}|.,;!]/, 'p'),
    rule(/"[^"]*"/, 's2'),
    rule(/-?\d+\.\d+([eE][+-]?\d+)?/, 'mf'),
    rule(/-?\d+([eE][+-]?\d+)?/, 'm'),
    rule(/\\u[0-9a-fA-F]{4}/, 'mh'),
    rule(/\\["\/bfnrt]/, 'se'),
  ],
  operators: [
    rule(/(=|!=|>=|<=|>|<|\+|-|\*|%|\/|\||&|:=)/, 'o'),
    rule(/[\/:?@^~]+/, 'o'),
  ],
  root: [
    mixin('basic'),
    mixin('operators'),
    // Onigmo's [[:word:]] (Unicode letters, marks, digits, connectors)
    rule(/[\p{L}\p{M}\p{Nd}\p{Pc}]+/u, (lx, m) => {
      lx.token(CONSTANTS.has(m[0]) ? 'kc' : OPERATORS.has(m[0]) ? 'ow' : 'n', m[0]);
    }),
  ],
};

export function create(): Lexer {
  return new LexerRun('rego', states);
}
