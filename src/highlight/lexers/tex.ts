// tex (aliases TeX, LaTeX, latex): commands, environments, inline and display math, \verb.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const COMMAND = /\\([a-z]+|\s+|.)/i;

const states: StateTable = {
  general: [
    rule(/%.*$/, 'c'),
    rule(/[{}&_^]/, 'p'),
  ],
  root: [
    rule(/\\\[/, 'p', 'displaymath'),
    rule(/\\\(/, 'p', 'inlinemath'),
    rule(/\$\$/, 'p', 'displaymath'),
    rule(/\$/, 'p', 'inlinemath'),
    rule(/\\(begin|end)\{.*?\}/, 'nt'),
    groups(/(\\verb)\b(\S)(.*?)(\2)/, ['nb', 'kp', 'sx', 'kp']),
    rule(COMMAND, 'k', 'command'),
    mixin('general'),
    rule(/[^\\$%&_^{}]+/, ''),
  ],
  math: [
    rule(COMMAND, 'nv'),
    mixin('general'),
    rule(/[0-9]+/, 'm'),
    rule(/[-=!+*\/()\[\]]/, 'o'),
    rule(/[^=!+*\/()\[\]\\$%&_^{}0-9-]+/, 'nb'),
  ],
  inlinemath: [
    rule(/\\\)/, 'p', '#pop'),
    rule(/\$/, 'p', '#pop'),
    mixin('math'),
  ],
  displaymath: [
    rule(/\\\]/, 'p', '#pop'),
    rule(/\$\$/, 'p', '#pop'),
    rule(/\$/, 'nb'),
    mixin('math'),
  ],
  command: [
    rule(/\[.*?\]/, 'na'),
    rule(/\*/, 'k'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('tex', states);
}
