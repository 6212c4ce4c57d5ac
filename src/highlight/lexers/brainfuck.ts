// brainfuck: commands (<> as builtins, +-., as functions), loops, an unmatched ] as an error,
// other characters as comments, and a leading [...] block as a multi-line comment.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  bol: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\[/, 'cm', 'comment_multi'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  root: [
    rule(/\]/, 'err'),
    rule(/\[/, 'p', 'loop'),
    mixin('comment_single'),
    mixin('commands'),
  ],
  comment_multi: [
    rule(/\[/, 'cm', 'comment_multi'),
    rule(/\]/, 'cm', '#pop'),
    rule(/[^\[\]]+?/, 'cm', undefined, { dotAll: true }),
  ],
  comment_single: [rule(/[^><+\-.,\[\]]+/, 'c1')],
  loop: [
    rule(/\[/, 'p', 'loop'),
    rule(/\]/, 'p', '#pop'),
    mixin('comment_single'),
    mixin('commands'),
  ],
  commands: [
    rule(/[><]+/, 'nb'),
    rule(/[+\-.,]+/, 'nf'),
  ],
};

export function create(): Lexer {
  return new LexerRun('brainfuck', states, (lx) => lx.push('bol'));
}
