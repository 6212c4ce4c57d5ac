// diff (aliases patch, udiff): unified diffs — inserted/deleted lines, hunk headers, file headings.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/^ .*$\n?/, ''),
    rule(/^---$\n?/, 'p'),
    rule(/^[+>]+.*$\n?/, 'gi'),
    rule(/^\+.*$\n?/, 'gi'),
    rule(/^[-<]+.*$\n?/, 'gd'),
    rule(/^!.*$\n?/, 'gs'),
    rule(/^([Ii]ndex|diff).*$\n?/, 'gh'),
    groups(/^(@@[^@]*@@)([^\n]*\n)/, ['p', '']),
    rule(/^\w.*$\n?/, 'p'),
    rule(/^=.*$\n?/, 'gh'),
    rule(/\s.*$\n?/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('diff', states);
}
