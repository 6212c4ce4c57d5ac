// ssh: ssh_config files — a keyword starts each statement; yes/no/… constants, numbers, # comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/[a-z0-9]+/i, 'k', 'statement'),
    mixin('base'),
  ],
  statement: [
    rule(/\n/, '', '#pop'),
    rule(/(?:yes|no|confirm|ask|always|auto|none|force)\b/, 'no'),
    rule(/\d+/, 'm'),
    rule(/[^#\s;{}$\\]+/, ''),
    mixin('base'),
  ],
  base: [
    rule(/\s+/, ''),
    rule(/#.*/, 'c1'),
  ],
};

export function create(): Lexer {
  return new LexerRun('ssh', states);
}
