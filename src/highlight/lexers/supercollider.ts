// supercollider: SuperCollider (sclang) — keywords, constants, Class names, ~environment
// variables, \symbols and 'symbols', $chars, radix/pi numbers, key: labels, nested /* */ comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('var arg classvar const super this');
const RESERVED = set('case do for forBy loop if while new newCopyArgs');
const CONSTANTS = set(`true false nil inf thisThread thisMethod thisFunction thisProcess thisFunctionDef
  currentEnvironment topEnvironment`);

const states: StateTable = {
  whitespace: [rule(/\s+/, '', undefined, { dotAll: true })],
  comments: [
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*]/, 'cm', 'nested_comment'),
  ],
  nested_comment: [
    rule(/\/[*]/, 'cm', 'nested_comment'),
    rule(/[*]\//, 'cm', '#pop'),
    rule(/[^*\/]+/, 'cm', undefined, { dotAll: true }),
    rule(/./, 'cm'),
  ],
  root: [
    mixin('whitespace'),
    mixin('comments'),
    rule(/[\-+]?0[xX]\h+/, 'mh'),
    rule(/[\-+]?\d+r[0-9a-zA-Z]*(\.[0-9A-Z]*)?/, 'mf'),
    rule(/[\-+]?((\d+(\.\d+)?([eE][\-+]?\d+)?(pi)?)|pi)/, 'mf'),
    rule(/[\-+]?\d+/, 'mi'),
    rule(/\$(\\.|.)/, 'sc'),
    rule(/"([^\\"]|\\.)*"/, 's'),
    rule(/'([^\\']|\\.)*'/, 'sx'),
    rule(/\\\w+/, 'sx'),
    rule(/[A-Za-z_]\w*:/, 'nl'),
    rule(/[A-Z]\w*/, 'nc'),
    rule(/_\w+/, 'nf'),
    rule(/[a-z]\w*/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : CONSTANTS.has(w) ? 'kc' : RESERVED.has(w) ? 'kr' : 'n', w);
    }),
    rule(/~\w+/, 'vg'),
    rule(/[\{\}()\[\];,\.]/, 'p'),
    rule(/[\+\-\*\/&\|%<>=]+/, 'o'),
    rule(/[\^:#]/, 'o'),
    rule(/\b_\b/, 'nb'),
  ],
};

export function create(): Lexer {
  return new LexerRun('supercollider', states);
}
