// nial: the Nial array language — keywords, operations, transformers and constants
// (case-insensitive; lists generated from Rouge), 'strings', "phrases, ?faults, `chars,
// l/o booleans, % comments;

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './nial-words.js';

const KEYWORDS = new Set(W.KEYWORDS);
const OPERATORS = new Set(W.OPERATORS);
const PUNCTUATIONS = new Set(W.PUNCTUATIONS);
const TRANSFORMERS = new Set(W.TRANSFORMERS);
const FUNCS = new Set(W.FUNCS);
const CONSTS = new Set(W.CONSTS);

const states: StateTable = {
  root: [
    rule(/'/, 's1', 'str'),
    rule(/\b[lo]+\b/, 'mb'),
    rule(/-?\d+((\.\d*)?[eE][+-]?\d|\.)\d*/, 'mf'),
    rule(/\-?\d+/, 'mi'),
    rule(/`./, 'sc'),
    rule(/"[^\s()\[\]{}#,;]*/, 'ss'),
    rule(/\?[^\s()\[\]{}#,;]*/, 'gr'),
    rule(/%[^;]+;/, 'cm'),
    rule(/^#(.+\n)+\n/, 'cm'),
    rule(/:=|[\{\}\[\]\(\),:;]/, (lx, m) => lx.token(PUNCTUATIONS.has(m[0]) ? 'p' : '', m[0])),
    rule(/>>|>=|<=|~=|[\.!#+*\-=><\/|@]/, (lx, m) => lx.token(OPERATORS.has(m[0]) ? 'o' : '', m[0])),
    rule(/\b[_A-Za-z]\w*\b/, (lx, m) => {
      const lower = m[0].toLowerCase();
      lx.token(KEYWORDS.has(lower) ? 'k' : FUNCS.has(lower) ? 'kp' : TRANSFORMERS.has(lower) ? 'nb' : CONSTS.has(lower) ? 'kc' : 'nv', m[0]);
    }),
    rule(/\s+/, ''),
  ],
  str: [
    rule(/''/, 'se'),
    rule(/[^']+/, 's1'),
    rule(/'|$/, 's1', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('nial', states);
}
