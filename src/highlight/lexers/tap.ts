// tap: Test Anything Protocol output — version and plan lines, ok / not ok results with numbers,
// # TODO / SKIP directives, diagnostics comments, Bail out!.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/^TAP version \d+\n/, 'nn'),
    rule(/^1\.\.\d+/, 'kd', 'plan'),
    groups(/^(not ok)([^\S\n]*)(\d*)/, ['gr', '', 'mi'], 'test'),
    groups(/^(ok)([^\S\n]*)(\d*)/, ['kr', '', 'mi'], 'test'),
    rule(/^#.*\n/, 'c'),
    rule(/^Bail out!.*\n/, 'gr'),
    rule(/^.*\n/, ''),
  ],
  plan: [
    rule(/[^\S\n]+/, ''),
    rule(/#/, 'c', 'directive'),
    rule(/\n/, 'c', '#pop'),
    rule(/.*\n/, 'gr', '#pop'),
  ],
  test: [
    rule(/[^\S\n]+/, ''),
    rule(/#/, 'c', 'directive'),
    rule(/\S+/, ''),
    rule(/\n/, '', '#pop'),
  ],
  directive: [
    rule(/[^\S\n]+/, 'c'),
    // Rouge writes these with an inline (?i)
    rule(/\bTODO\b/, 'cp', undefined, { ignoreCase: true }),
    rule(/\bSKIP\S*/, 'cp', undefined, { ignoreCase: true }),
    rule(/\S+/, 'c'),
    rule(/\n/, (lx, m) => { lx.token('c', m[0]); lx.pop(2); }),
  ],
};

export function create(): Lexer {
  return new LexerRun('tap', states);
}
