// prolog: atoms, variables, operators, numbers, strings, nested /* */ comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  bol: [
    rule(/#.*/, 'c1'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  basic: [
    rule(/\s+/, ''),
    rule(/%.*/, 'c1'),
    rule(/\/\*/, 'cm', 'nested_comment'),
    rule(/[\[\](){}|.,;!]/, 'p'),
    rule(/:-|-->/, 'p'),
    rule(/"[^"]*"/, 's2'),
    rule(/\d+\.\d+/, 'mf'),
    rule(/\d+/, 'm'),
  ],
  atoms: [
    rule(/\p{Lowercase}([\p{L}\p{M}\p{Nd}\p{Pc}])*/u, 'ss'),
    rule(/'[^']*'/, 'ss'),
  ],
  operators: [
    rule(/(<|>|=<|>=|==|=:=|=|\/|\/\/|\*|\+|-)(?=\s|[a-zA-Z0-9\[])/, 'o'),
    rule(/is/, 'o'),
    rule(/(mod|div|not)/, 'o'),
    // Rouge's class holds the range +-. (so also ,)
    rule(/[#&*+-.\/:<=>?@^~]+/, 'o'),
  ],
  variables: [
    rule(/[A-Z]+\w*/, 'nv'),
    rule(/_[\p{L}\p{M}\p{Nd}\p{Pc}]*/u, 'nv'),
  ],
  root: [mixin('basic'), mixin('atoms'), mixin('variables'), mixin('operators')],
  nested_comment: [
    rule(/\/\*/, 'cm', '#push'),
    rule(/\s*\*[^*\/]+/, 'cm'),
    rule(/\*\//, 'cm', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('prolog', states, (lx) => lx.push('bol'));
}
