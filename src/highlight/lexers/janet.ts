// janet (alias jdn): the head of each form as special form, bundled function (Rouge's lists,
// generated) or function name; :keywords, 'quoted and ~quasiquoted forms with ,unquote, radix
// and hex numbers, "strings", `long strings`, # comments.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './janet-words.js';

const SPECIALS = new Set(W.SPECIALS);
const BUNDLED = new Set(W.BUNDLED);
const nameToken = (name: string): string => (SPECIALS.has(name) ? 'k' : BUNDLED.has(name) ? 'kr' : 'nf');

const PUNCTUATION = '[_!$%^&*+=~<>.?\\/-]';
// [[:alpha:]] and [[:word:]] as Onigmo reads them
const WORD = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';
const SYMBOL = `(?:(\\p{Alphabetic}|${PUNCTUATION})(${WORD}|${PUNCTUATION}|:)*)`;

const states: StateTable = {
  root: [
    rule(/#.*?$/, 'c1'),
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/(true|false|nil)\b/, 'no'),
    groups(`(['~])(${SYMBOL})`, ['o', 'ss']),
    rule(`:(${WORD}|${PUNCTUATION}|:)*`, 'kc'),
    rule(/[+-]?\d{1,2}r[\w.]+(&[+-]?\w+)?/, 'mf'),
    rule(/[+-]?0x\h[\h_]*(\.\h[\h_]*)?/, 'mh'),
    rule(/[+-]?0x\.\h[\h_]*/, 'mh'),
    rule(/[+-]?\d[\d_]*(\.\d[\d_]*)?([e][+-]?\d+)?/i, 'mf'),
    rule(/[+-]?\.\d[\d_]*([e][+-]?\d+)?/i, 'mf'),
    rule(/@?"/, 's2', 'string'),
    rule(/@?(`+).*?\1/, 'sh', undefined, { dotAll: true }),
    rule(/\(/, 'p', 'function'),
    groups(/(')(@?[(\[{])/, ['o', 'p'], 'quote'),
    groups(/(~)(@?[(\[{])/, ['o', 'p'], 'quasiquote'),
    rule(/[\#~,';\|]/, 'o'),
    rule(/@?[(){}\[\]]/, 'p'),
    rule(SYMBOL, 'n'),
  ],
  string: [
    rule(/"/, 's2', '#pop'),
    rule(/\\(u\h{4}|U\h{6})/, 'se'),
    rule(/\\./, 'se'),
    rule(/[^"\\]+/, 's2'),
  ],
  function: [
    rule(/[\)]/, 'p', '#pop'),
    rule(SYMBOL, (lx, m) => {
      const name = m[0];
      if (name === 'quote') { lx.token('k', name); lx.goto('quote'); }
      else if (name === 'quasiquote') { lx.token('k', name); lx.goto('quasiquote'); }
      else { lx.token(nameToken(name), name); lx.goto('root'); }
    }),
    mixin('root'),
  ],
  quote: [
    rule(/[(\[{]/, 'p', '#push'),
    rule(/[)\]}]/, 'p', '#pop'),
    rule(SYMBOL, 'se'),
    mixin('root'),
  ],
  quasiquote: [
    groups(/(,)(\()/, ['o', 'p'], 'function'),
    groups(/(\()(\s*)(unquote)(\s+)(\()/, ['p', '', 'k', '', 'p'], 'function'),
    groups(`(,)(${SYMBOL})`, ['o', 'n']),
    groups(`(\\()(\\s*)(unquote)(\\s+)(${SYMBOL})`, ['p', '', 'k', '', 'n']),
    mixin('quote'),
  ],
};

export function create(): Lexer {
  return new LexerRun('janet', states);
}
