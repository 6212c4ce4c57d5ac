// mathematica (alias wl): Wolfram Language — builtin symbols (Rouge's list, generated), contexts
// (`Global`x), numbers with bases, precision and *^ exponents, slots (#, #name), ::messages,
// In[n]:= prompts, \[Named] characters, nested (* comments *) with ::Package:: markers.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { BUILTINS as BUILTIN_LIST } from './mathematica-words.js';

const KEYWORDS = new Set(['Module', 'With', 'Block']);
const BUILTINS = new Set(BUILTIN_LIST);

const BASE = '(?:\\d+)';
const NUMBER = '(?:\\.\\d+|\\d+\\.\\d*|\\d+)';
const NUMBER_BASE = '(?:\\.\\w+|\\w+\\.\\w*|\\w+)';
const PRECISION = `(?:\`(\`?${NUMBER})?)`;
const STRING = '(?:"(\\\\\\\\|\\\\"|[^"])*")';
const IDENTIFIER = '(?:[a-zA-Z$][$a-zA-Z0-9]*)';
const NAMED_CHARACTER = `(?:\\\\\\[${IDENTIFIER}\\])`;
const SYMBOL = `(?:(${IDENTIFIER}|${NAMED_CHARACTER})+)`;
const CONTEXT_SYMBOL = `\`?${SYMBOL}(\`${SYMBOL})*\`?`;
const ASSOCIATION_SLOT = `(?:#(${IDENTIFIER}|"${IDENTIFIER}"))`;

const states: StateTable = {
  root: [
    rule(/\s+/, 'w'),
    rule(/\(\*/, 'c', 'comment'),
    rule(`${BASE}\\^\\^${NUMBER_BASE}${PRECISION}?(\\*\\^[+-]?\\d+)?`, 'm'),
    rule(`(?:${NUMBER}${PRECISION}?(?:\\*\\^[+-]?\\d+)?)`, 'm'),
    rule(`::(${IDENTIFIER}|${STRING})`, 'nt'),
    rule(/(In|Out)\[[0-9]+\]:?=/, 'gp'),
    rule(CONTEXT_SYMBOL, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'bp' : BUILTINS.has(w) ? 'nb' : 'nv', w);
    }, undefined, { dotAll: true }),
    rule(`${ASSOCIATION_SLOT}|#[0-9]*`, 'nf'),
    rule(/[+\-*\/|,;.:@~=><&`'^?!_%]/, 'o'),
    rule(/[\[\](){}]/, 'p'),
    rule(STRING, 's'),
  ],
  comment: [
    rule(/\(\*/, 'c', 'comment'),
    rule(/\*\)/, 'c', '#pop'),
    rule(`::${IDENTIFIER}::`, 'cp'),
    rule(`[ ]:(${IDENTIFIER}|[^\\S])+:[ ]`, 'cp'),
    rule(/./, 'c'),
  ],
};

export function create(): Lexer {
  return new LexerRun('mathematica', states);
}
