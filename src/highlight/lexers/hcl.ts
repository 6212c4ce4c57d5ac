// hcl: HashiCorp Configuration Language — blocks, attributes, strings, heredocs, numbers with
// size suffixes. `hclStates` is reused by terraform with its own words.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

export interface HclWords {
  keywords: ReadonlySet<string>;
  declarations: ReadonlySet<string>;
  constants: ReadonlySet<string>;
}

export function classifyHclWord(w: HclWords, word: string): { tok: string; composite: boolean } {
  if (w.keywords.has(word)) return { tok: 'k', composite: true };
  if (w.declarations.has(word)) return { tok: 'kd', composite: true };
  if (w.constants.has(word)) return { tok: 'kc', composite: false };
  return { tok: 'nx', composite: true };
}

export function hclStates(w: HclWords): StateTable {
  return {
    multiline_comment: [
      rule(/[*]\//, 'cm', '#pop'),
      rule(/[^*\/]+/, 'cm'),
      rule(/[*\/]/, 'cm'),
    ],
    comments_and_whitespace: [
      rule(/\s+/, ''),
      rule(/\/\/.*?$/, 'c1'),
      rule(/#.*?$/, 'c1'),
      rule(/\/[*]/, 'cm', 'multiline_comment'),
    ],
    primitives: [
      rule(/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?/, 'mf'),
      rule(/[0-9]+([kKmMgG]b?)?/, 'mi'),
      rule(/"/, 's2', 'dq'),
      rule(/'/, 's1', 'sq'),
      rule(/(<<-?)(\s*)('?)(\\?)(\w+)(\3)/, (lx, m) => {
        lx.groups(m, ['o', '', 'sh', 'sh', 'no', 'sh']);
        lx.vars.heredoc = m[5];
        lx.push('heredoc');
      }),
    ],
    root: [
      mixin('comments_and_whitespace'),
      mixin('primitives'),
      rule(/\{/, 'p', 'hash'),
      rule(/\[/, 'p', 'array'),
      rule(/[$a-z_][a-z0-9_]*/i, (lx, m) => {
        const { tok, composite } = classifyHclWord(w, m[0]);
        lx.token(tok, m[0]);
        if (composite) lx.push('composite');
      }),
    ],
    composite: [
      mixin('comments_and_whitespace'),
      rule(/[{]/, (lx, m) => { lx.token('p', m[0]); lx.pop(); lx.push('hash'); }),
      rule(/[\[]/, (lx, m) => { lx.token('p', m[0]); lx.pop(); lx.push('array'); }),
      mixin('root'),
      rule(/(?:)/, '', '#pop'),
    ],
    hash: [
      mixin('comments_and_whitespace'),
      rule(/=/, 'p'),
      rule(/\}/, 'p', '#pop'),
      mixin('root'),
    ],
    array: [
      mixin('comments_and_whitespace'),
      rule(/,/, 'p'),
      rule(/\]/, 'p', '#pop'),
      mixin('root'),
    ],
    dq: [
      rule(/[^\\"]+/, 's2'),
      rule(/\\"/, 'se'),
      rule(/"/, 's2', '#pop'),
    ],
    sq: [
      rule(/[^\\']+/, 's1'),
      rule(/\\'/, 'se'),
      rule(/'/, 's1', '#pop'),
    ],
    heredoc: [
      rule(/\n/, 'sh', 'heredoc_nl'),
      rule(/[^$\n]+/, 'sh'),
      rule(/[$]/, 'sh'),
    ],
    heredoc_nl: [
      rule(/\s*(\w+)\s*\n/, (lx, m) => {
        if (m[1] === lx.vars.heredoc) {
          lx.token('no', m[0]);
          lx.pop(2);
        } else {
          lx.token('sh', m[0]);
        }
      }),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
  };
}

const states = hclStates({ keywords: new Set(), declarations: new Set(), constants: new Set(['true', 'false', 'null']) });

export function create(): Lexer {
  return new LexerRun('hcl', states);
}


