// io: the Io language — constants and builtin messages, Class names, := assignment, strings,
// //, # and /* */ comments, nested /+ +/ comments.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const CONSTANTS = new Set(['nil', 'false', 'true']);
const BUILTINS = new Set('args call clone do doFile doString else elseif for if list method return super then'.split(' '));

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\/\/.*/, 'c1'),
    rule(/#.*/, 'c1'),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
    rule(/\/[+]/, 'cm', 'nested_comment'),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(/:?:=/, 'k'),
    rule(/[()]/, 'p'),
    rule(/[-=;,*+><!\/|^.%&\[\]{}]/, 'o'),
    rule(/[A-Z]\w*/, 'nc'),
    rule(/[a-z_]\w*/, (lx, m) => lx.token(CONSTANTS.has(m[0]) ? 'kc' : BUILTINS.has(m[0]) ? 'nb' : 'n', m[0])),
    rule(/(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?/i, 'mf'),
    rule(/\d+/, 'mi'),
    rule(/@@?/, 'k'),
  ],
  nested_comment: [
    rule(/[^\/+]+/, 'cm', undefined, { dotAll: true }),
    rule(/\/[+]/, 'cm', 'nested_comment'),
    rule(/[+]\//, 'cm', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('io', states);
}
