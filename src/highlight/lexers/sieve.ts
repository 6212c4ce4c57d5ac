// sieve: Sieve mail filters — control commands, tests, actions, :tags, "strings" with ${vars}
// (a newline inside a string is an Error, as in Rouge), # and /* */ comments, sizes (10K).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const CONTROLS = new Set(['if', 'elsif', 'else', 'require', 'stop']);
const ACTIONS = new Set(`keep fileinto redirect discard addheader deleteheader reject ereject notify setflag addflag
  removeflag vacation replace enclose extracttext`.trim().split(/\s+/));
const TESTS = new Set(`address allof anyof exists false header not size true body hasflag spamtest virustest date
  currentdate valid_notify_method notify_method_capability mailboxexists metadata metadataexists servermetadata
  servermetadataexists`.trim().split(/\s+/));

const states: StateTable = {
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/#.*/, 'c1'),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
  ],
  string: [
    rule(/\\./, 'se'),
    rule(/"/, 's2', '#pop'),
    rule(/\${(?:[0-9][.0-9]*|[a-zA-Z_][.a-zA-Z0-9_]*)}/, 'si'),
    rule(/./, 's2'),
  ],
  root: [
    mixin('comments_and_whitespace'),
    rule(/[\[\](),;{}]/, 'p'),
    rule(/:?[a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => {
      const w = m[0];
      lx.token(CONTROLS.has(w) ? 'k' : TESTS.has(w) ? 'nv' : ACTIONS.has(w) ? 'nf' : w.startsWith(':') ? 'o' : 'nx', w);
    }),
    rule(/"/, 's2', 'string'),
    rule(/[0-9]+[KMG]/, 'mi'),
  ],
};

export function create(): Lexer {
  return new LexerRun('sieve', states);
}
