// stan: Stan models — program blocks, function definitions (builtin functions, distributions,
// constants; lists generated from Rouge), types and keywords, <lower/upper> constraints,
// real/imaginary literals, #include, // and /* */ comments.
// (As in Rouge, a constant name in definition position is written with its return type again;
// a "string" makes Rouge raise, so there kiln gives the escaped code.)

import { LexerRun, RougeWouldRaise, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './stan-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const TYPES = new Set(W.TYPES);
const RESERVED = new Set(W.RESERVED);
const BUILTIN_FUNCTIONS = new Set(W.BUILTIN_FUNCTIONS);
const DISTRIBUTIONS = new Set(W.DISTRIBUTIONS);
const CONSTANTS = new Set(W.CONSTANTS);

const WS = '(?:(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+)';
const ID = '(?:[a-zA-Z_][a-zA-Z0-9_]*)';
const RT = '(?:(?:(?:[a-z_]\\s*(?:\\[[0-9, ]\\])?)\\s+)*)';
const NUM = '((\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+|\\d*[.]\\d+|\\d+)';
const REAL = '((\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+|\\d*[.]\\d+)';

const states: StateTable = {
  root: [
    mixin('whitespace'),
    rule(/#include/, 'cp', 'include'),
    rule(/#.*$/, 'gd'),
    rule(/functions|(?:transformed\s+)?data|(?:transformed\s+)?parameters|model|generated\s+quantities/, 'nn'),
    rule(/\{/, 'p', 'bracket_scope'),
    mixin('scope'),
  ],
  include: [
    rule(/(\s+)(\S+)(\s*)/, (lx, m) => { lx.groups(m, ['', 'cpf', '']); lx.pop(); }),
  ],
  whitespace: [
    rule(/\n+/, '', undefined, { dotAll: true }),
    rule(/\/\/(\\.|.)*?$/, 'c1'),
    mixin('inline_whitespace'),
  ],
  inline_whitespace: [
    rule(/[ \t\r]+/, ''),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
  ],
  statements: [
    mixin('whitespace'),
    rule(/#include/, 'cp', 'include'),
    rule(/#.*$/, 'gd'),
    // Rouge pushes a :string state it never defines, and raises
    rule(/"/, () => { throw new RougeWouldRaise('stan: unknown state :string'); }),
    rule(`(${NUM}(${WS})[+-](${WS})${NUM}i)|${NUM}i|${REAL}`, 'mf'),
    rule(/\d+/, 'mi'),
    rule(/\*\//, 'err'),
    rule(W.OP_SOURCE, 'o'),
    rule(/[\[\],.;]/, 'p'),
    rule(/[|](?![|])/, 'p'),
    rule(/T\b/, 'kr'),
    rule(/(lower|upper)\b/, 'na'),
    rule(ID, (lx, m) => {
      const name = m[0];
      lx.token(KEYWORDS.has(name) ? 'k' : TYPES.has(name) ? 'kt' : RESERVED.has(name) ? 'kr' : 'nv', name);
    }),
  ],
  scope: [
    mixin('whitespace'),
    rule(`(${RT})(${ID})(?=\\([^;]*?\\))`, (lx, m) => {
      lx.recurse(m[1]!, create);
      const name = m[2]!;
      if (BUILTIN_FUNCTIONS.has(name) || DISTRIBUTIONS.has(name)) lx.token('nb', name);
      else if (CONSTANTS.has(name)) lx.token('kc', m[0]);
      else lx.token('nf', name);
    }, undefined, { dotAll: true }),
    rule(/\{/, 'p', 'bracket_scope'),
    rule(/\(/, 'p', 'parens_scope'),
    mixin('statements'),
  ],
  bracket_scope: [
    mixin('scope'),
    rule(/\}/, 'p', '#pop'),
  ],
  parens_scope: [
    mixin('scope'),
    rule(/\)/, 'p', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('stan', states);
}
