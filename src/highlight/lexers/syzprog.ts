// syzprog: syzkaller programs — r0 = syscall$variant(args…) lines, resources, typed constants,
// nested argument groups, strings and numbers, (fail_nth: …) call properties, # comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = new Set(`ANY ANYBLOB ANYPTR ANYPTR64 ANYPTRS ANYRES16 ANYRES32 ANYRES64 ANYRESDEC ANYRESHEX ANYRESOCT
  ANYUNION AUTO false nil true void async fail_nth rerun`.trim().split(/\s+/));

const COMMENT = /#.*$/;
const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const NUM_ID = '[a-zA-Z0-9_]+';
const RES_ID = 'r[0-9]+';
const SPACES = '\\s+';

const states: StateTable = {
  inline_break: [
    rule(/[ \t]+/, ''),
    rule(/(?:)/, '', '#pop'),
  ],
  eol_break: [
    rule(/[\n\r]+/, ''),
    rule(COMMENT, 'c'),
    rule(/(?:)/, '', '#pop'),
  ],
  space_break: [
    rule(SPACES, ''),
    rule(COMMENT, 'c'),
    rule(/(?:)/, '', '#pop'),
  ],
  mixin_number: [
    rule(/-?0x[\da-f]+/i, 'mh'),
    rule(/-?\d+/, 'mi'),
  ],
  mixin_string: [
    rule(/"[^"]*"/, 's2'),
    rule(/`[^`]*`/, 'sb'),
    rule(/'[^']*'/, 's1'),
  ],
  mixin_term: [
    mixin('mixin_number'),
    mixin('mixin_string'),
    rule(RES_ID, 'kp'),
    rule(ID, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'k' : 'n', m[0])),
  ],
  mods_list: [
    rule(SPACES, ''),
    rule(COMMENT, 'c'),
    mixin('mixin_term'),
    rule(/[,:]/, 'p'),
    rule(/\)/, 'p', '#pop'),
  ],
  syscall_mods: [
    rule(/\(/, 'p', 'mods_list'),
    rule(/(?:)/, '', '#pop'),
  ],
  syscall_args: [
    rule(SPACES, ''),
    rule(COMMENT, 'c'),
    mixin('mixin_term'),
    mixin('mixin_number'),
    mixin('mixin_string'),
    rule(/[@&=,<>{}\[\]]/, 'p'),
    rule(/[!#\$%\^\*\-\+\/\|~:;.\?]/, 'p'),
    rule(/\(/, 'p', 'syscall_args'),
    rule(/\)/, 'p', '#pop'),
  ],
  root: [
    rule(SPACES, ''),
    rule(COMMENT, 'c'),
    rule(`(${RES_ID})(${SPACES})(=)`, (lx, m) => lx.groups(m, ['kp', '', 'p'])),
    rule(`(${ID})(\\$)?(${NUM_ID})?(${SPACES})?(\\()`, (lx, m) => {
      lx.groups(m, ['nf', 'p', 'fm', '', 'p']);
      lx.push('syscall_mods');
      lx.push('inline_break');
      lx.push('syscall_args');
      lx.push('space_break');
    }),
  ],
};

export function create(): Lexer {
  return new LexerRun('syzprog', states);
}
