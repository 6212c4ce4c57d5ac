// terraform (alias tf): HCL with Terraform's block keywords (resource, variable…), var/local,
// and ${…} interpolations lexed as expressions (operators, regex literals "/…/").

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { classifyHclWord, hclStates, type HclWords } from './hcl.js';

const WORDS: HclWords = {
  keywords: new Set('terraform module provider variable resource data provisioner output'.split(' ')),
  declarations: new Set(['var', 'local']),
  constants: new Set(['true', 'false', 'null']),
};

const states: StateTable = hclStates(WORDS);
states.hash = [rule(/[.,()*]/, 'p'), ...states.hash!];
states.array = [rule(/[.,()*]/, 'p'), ...states.array!];
Object.assign(states, {
  strings: [
    rule(/\\./, 'se'),
    rule(/\$\{/, 'k', 'interpolation'),
  ],
  dq: [
    rule(/[^\\"$]+/, 's2'),
    mixin('strings'),
    rule(/"/, 's2', '#pop'),
  ],
  sq: [
    rule(/[^\\'$]+/, 's1'),
    mixin('strings'),
    rule(/'/, 's1', '#pop'),
  ],
  heredoc: [
    rule(/\n/, 'sh', 'heredoc_nl'),
    rule(/[^$\n]+/, 'sh'),
    rule(/[$]/, 'sh'),
    mixin('strings'),
  ],
  interpolation: [
    rule(/\}/, 'k', '#pop'),
    mixin('expression'),
  ],
  regexps: [rule(/"\//, (lx, m) => { lx.token('dl', m[0]); lx.goto('regexp_inner'); })],
  regexp_inner: [
    rule(/[^"\/\\]+/, 'sr'),
    rule(/\\./, 'sr'),
    rule(/\/"/, 'dl', '#pop'),
    rule(/["\/]/, 'sr'),
  ],
  expression: [
    mixin('regexps'),
    mixin('primitives'),
    rule(/\s+/, ''),
    rule(/\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=/, 'o'),
    rule(/[-<>+*%&|\^\/!=?:]=?/, 'o'),
    rule(/[(\[,]/, 'p'),
    rule(/[)\].]/, 'p'),
    rule(/[$a-z_\-][a-z0-9_\-]*/i, (lx, m) => lx.token(classifyHclWord(WORDS, m[0]).tok, m[0])),
  ],
} satisfies StateTable);

export function create(): Lexer {
  return new LexerRun('terraform', states);
}
