// lasso (alias lassoscript): Lasso 9 — code in [brackets], <?lasso ?> blocks or whole .lasso files,
// the text between lexed as HTML ([noprocess] kept as HTML); types, traits, keywords, builtins
// and exceptions (lists generated from Rouge), define/public signatures, #locals, $vars.
// Option start_inline (Rouge's): start in code.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';
import * as W from './lasso-words.js';

const EXCEPTIONS = new Set(W.EXCEPTIONS);
const TYPES = new Set(W.TYPES);
const TRAITS = new Set(W.TRAITS);
const KEYWORDS = new Set(W.KEYWORDS);
const BUILTINS = new Set(W.BUILTINS);

// Rouge's id is its own /i group; [a-zA-Z_] is the same letters
const ID = '(?:[a-zA-Z_][\\w.]*)';
const I = { ignoreCase: true };
const IM = { ignoreCase: true, dotAll: true };

const parentOf = (lx: LexerRun): Lexer => lx.vars.parent as Lexer;
const toParent = (lx: LexerRun, m: RegExpExecArray): void => lx.delegate(parentOf(lx), m[0]);

const states: StateTable = {
  root: [
    rule(/^#![ \S]+lasso9\b/, 'cp', 'lasso'),
    rule(/(?=\[|<)/, (lx) => lx.push('delimiters')),
    rule(/\s+/, 'w'),
    rule(/(?:)/, (lx) => { lx.push('delimiters'); lx.push('lassofile'); }),
  ],
  delimiters: [
    rule(/\[no_square_brackets\]/, 'cp', 'nosquarebrackets'),
    rule(/\[noprocess\]/, 'cp', 'noprocess'),
    rule(/\[/, 'cp', 'squarebrackets'),
    rule(/<\?(lasso(script)?|=)/i, 'cp', 'anglebrackets'),
    rule(/([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=)))+/, toParent, undefined, IM),
  ],
  nosquarebrackets: [
    rule(/\[noprocess\]/, 'cp', 'noprocess'),
    rule(/<\?(lasso(script)?|=)/i, 'cp', 'anglebrackets'),
    rule(/([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=))|\[(?!noprocess))+/, toParent, undefined, IM),
  ],
  noprocess: [
    rule(/\[\/noprocess\]/, 'cp', '#pop'),
    rule(/([^\[]|\[(?!\/noprocess))+/i, toParent),
  ],
  squarebrackets: [
    rule(/\]/, 'cp', '#pop'),
    mixin('lasso'),
  ],
  anglebrackets: [
    rule(/\?>/, 'cp', '#pop'),
    mixin('lasso'),
  ],
  lassofile: [
    rule(/\]|\?>/, 'cp', '#pop'),
    mixin('lasso'),
  ],
  whitespacecomments: [
    rule(/\s+/, ''),
    rule(/\/\/.*?\n/, 'c1'),
    rule(/\/\*\*!.*?\*\//, 'cd', undefined, { dotAll: true }),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
  ],
  lasso: [
    mixin('whitespacecomments'),
    rule(/\d*\.\d+(e[+-]?\d+)?/i, 'mf'),
    rule(/0x[\da-f]+/i, 'mh'),
    rule(/\d+/, 'mi'),
    rule(/(infinity|NaN)\b/i, 'm'),
    rule(/'[^'\\]*(\\.[^'\\]*)*'/, 's1', undefined, { dotAll: true }),
    rule(/"[^"\\]*(\\.[^"\\]*)*"/, 's2', undefined, { dotAll: true }),
    rule(/`[^`]*`/, 'sb', undefined, { dotAll: true }),
    rule(`\\$${ID}`, 'nv'),
    rule(`#(${ID}|\\d+\\b)`, 'vi'),
    groups(`(\\.\\s*)('${ID}')`, ['bp', 'vc']),
    groups(`(self)(\\s*->\\s*)('${ID}')`, ['bp', 'o', 'vc'], undefined, I),
    groups(`(\\.\\.?\\s*)(${ID}(=(?!=))?)`, ['bp', 'nx']),
    groups(`(->\\\\?\\s*|&\\s*)(${ID}(=(?!=))?)`, ['o', 'nx']),
    rule(/(?<!->)(self|inherited|currentcapture|givenblock)\b/i, 'bp'),
    rule(`-(?!infinity)${ID}`, 'na', undefined, I),
    rule(`::\\s*${ID}`, 'nl'),
    groups(`(define)(\\s+)(${ID})(\\s*=>\\s*)(type|trait|thread)\\b`, ['kd', '', 'nc', 'o', 'k'], undefined, I),
    groups(`(define)(\\s+)(${ID})(\\s*->\\s*)(${ID}=?|[-+*\\/%])`, ['kd', '', 'nc', 'o', 'nf'], 'signature', I),
    groups(`(define)(\\s+)(${ID})`, ['kd', '', 'nf'], 'signature', I),
    groups(`(public|protected|private|provide)(\\s+)((${ID}=?|[-+*\\/%])(?=\\s*\\())`, ['k', '', 'nf'], 'signature', I),
    groups(`(public|protected|private|provide)(\\s+)(${ID})`, ['k', '', 'nf'], undefined, I),
    rule(/(true|false|none|minimal|full|all|void)\b/i, 'kc'),
    rule(/(local|var|variable|global|data(?=\s))\b/i, 'kd'),
    groups(`(${ID})(\\s+)(in)\\b`, ['n', '', 'k'], undefined, I),
    groups(`(let|into)(\\s+)(${ID})`, ['k', '', 'n'], undefined, I),
    rule(/,/, 'p', 'commamember'),
    rule(/(and|or|not)\b/i, 'ow'),
    groups(`(${ID})(\\s*::\\s*${ID})?(\\s*=(?!=|>))`, ['n', 'nl', 'o']),
    rule(/(\/?)([\w.]+)/, (lx, m) => {
      const name = m[2]!.toLowerCase();
      if (m[1] !== '') lx.token('p', m[1]);
      const t = name === 'namespace_using' ? 'kn'
        : EXCEPTIONS.has(name) ? 'ne'
        : TYPES.has(name) ? 'kt'
        : TRAITS.has(name) ? 'nd'
        : KEYWORDS.has(name) ? 'k'
        : BUILTINS.has(name) ? 'nb'
        : 'nx';
      lx.token(t, m[2]);
    }),
    groups(/(=)(n?bw|n?ew|n?cn|lte?|gte?|n?eq|n?rx|ft)\b/, ['o', 'ow'], undefined, I),
    rule(/:=|[-+*\/%=<>&|!?\\]+/, 'o'),
    rule(/[{}():;,@^]/, 'p'),
  ],
  signature: [
    rule(/\=>/, 'o', '#pop'),
    rule(/\)/, 'p', '#pop'),
    rule(/[(,]/, 'p', 'parameter'),
    mixin('lasso'),
  ],
  parameter: [
    rule(/\)/, 'p', '#pop'),
    rule(`-?${ID}`, 'na', '#pop'),
    rule(/\.\.\./, 'bp'),
    mixin('lasso'),
  ],
  commamember: [
    rule(`(${ID}=?|[-+*\\/%])(?=\\s*(\\(([^()]*\\([^()]*\\))*[^\\)]*\\)\\s*)?(::[\\w.\\s]+)?=>)`, 'nf', 'signature'),
    mixin('whitespacecomments'),
    rule(/(?:)/, '', '#pop'),
  ],
};

const asBool = (value: string | undefined): boolean => value !== undefined && !['0', 'false', 'off'].includes(value);

export function create(options: Record<string, string> = {}): Lexer {
  const startInline = asBool(options.start_inline);
  return new LexerRun('lasso', states, (lx) => {
    lx.vars.parent = createHtml();
    if (startInline) lx.push('lasso');
  });
}
