// matlab (alias m): keywords, builtin functions (Rouge's generated list), comments and %{ %}
// blocks, ... continuations, ! shell escapes, strings vs the transpose operator.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { MATLAB_BUILTINS } from './matlab-builtins.js';
import { create as createShell } from './shell.js';

const KEYWORDS = new Set(`arguments break case catch classdef continue else elseif end for function global if import
  methods otherwise parfor persistent properties return spmd switch try while`.trim().split(/\s+/));

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[{]%.*?%[}]/, 'cm', undefined, { dotAll: true }),
    rule(/%.*$/, 'c1'),
    groups(/([.][.][.])(.*?)$/, ['k', 'c']),
    rule(/^(!)(.*?)(?=%|$)/, (lx, m) => {
      lx.token('k', m[1]);
      lx.delegate(createShell(), m[2]!);
    }),
    rule(/[a-zA-Z][_a-zA-Z0-9]*/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : MATLAB_BUILTINS.has(w) ? 'nb' : 'n', w);
    }),
    rule(/[(){};:,\/\\\]\[]/, 'p'),
    rule(/~=|==|<<|>>|[-~+\/*%=<>&^|.@]/, 'o'),
    rule(/(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?/i, 'mf'),
    rule(/\d+e[+-]?[0-9]+/i, 'mf'),
    rule(/\d+L/, 'il'),
    rule(/\d+/, 'mi'),
    rule(/'(?=(.*'))/, 's1', 'chararray'),
    rule(/"(?=(.*"))/, 's2', 'string'),
    rule(/'/, 'o'),
  ],
  chararray: [
    rule(/[^']+/, 's1'),
    rule(/''/, 'se'),
    rule(/'/, 's1', '#pop'),
  ],
  string: [
    rule(/[^"]+/, 's2'),
    rule(/""/, 'se'),
    rule(/"/, 's2', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('matlab', states);
}
