// sed: addresses (line numbers, /regex/), commands, s/regex/replacement/flags and y/// with the
// regex and replacement parts lexed by small sub-lexers that keep their state, as in Rouge.
// (Rouge's `w file` flag rule emits the whole match three times — Keyword, Text, Name — and so
// does kiln, since the output must match.)

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const regexStates: StateTable = {
  root: [
    rule(/\\./, 'se'),
    rule(/\[/, 'p', 'brackets'),
    rule(/[$^.*]/, 'o'),
    rule(/[()]/, 'p'),
    rule(/./, 'sr'),
  ],
  brackets: [
    rule(/\^/, (lx, m) => { lx.token('p', m[0]); lx.goto('brackets_int'); }),
    rule(/(?:)/, (lx) => lx.goto('brackets_int')),
  ],
  brackets_int: [
    rule(/.-./, 'nv'),
    rule(/\]/, 'p', '#pop'),
    rule(/./, 'sr'),
  ],
};

const replacementStates: StateTable = {
  root: [
    rule(/\\./, 'se', undefined, { dotAll: true }),
    rule(/&/, 'o'),
    rule(/[^\\&]+/, '', undefined, { dotAll: true }),
  ],
};

interface SedVars { regex: LexerRun; replacement: LexerRun }
const sv = (lx: LexerRun): SedVars => lx.vars as unknown as SedVars;

const EDOT = '(?:\\\\.|.)';

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/#.*?\n/, (lx, m) => { lx.token('c', m[0]); lx.resetStack(); }),
    rule(/\n/, (lx, m) => { lx.token('', m[0]); lx.resetStack(); }),
    rule(/;/, (lx, m) => { lx.token('p', m[0]); lx.resetStack(); }),
  ],
  root: [mixin('addr_range')],
  command: [
    mixin('whitespace'),
    rule(`(s)(.)(${EDOT}*?)(\\2)(${EDOT}*?)(\\2)`, (lx, m) => {
      lx.token('k', m[1]);
      lx.token('p', m[2]);
      lx.delegate(sv(lx).regex, m[3]!);
      lx.token('p', m[4]);
      lx.delegate(sv(lx).replacement, m[5]!);
      lx.token('p', m[6]);
      lx.goto('flags');
    }, undefined, { dotAll: true }),
    rule(`(y)(.)(${EDOT}*?)(\\2)(${EDOT}*?)(\\2)`, (lx, m) => {
      lx.token('k', m[1]);
      lx.token('p', m[2]);
      lx.delegate(sv(lx).replacement, m[3]!);
      lx.token('p', m[4]);
      lx.delegate(sv(lx).replacement, m[5]!);
      lx.token('p', m[6]);
      lx.pop();
    }, undefined, { dotAll: true }),
    rule(/([aic])(\s*)/, (lx, m) => { lx.groups(m, ['k', '']); lx.goto('text'); }),
    rule(/[pd]/, 'k'),
    groups(/([qQl])(\s+)(\d+)/i, ['k', '', 'm'], '#pop'),
    rule(/[={}dDgGhHlnpPqx]/, 'k', '#pop'),
    groups(/([rRwW])(\s+)(\S+)/, ['k', '', 'n'], '#pop'),
    groups(/([:btT])(\s+)(\S+)/, ['k', '', 'nl'], '#pop'),
  ],
  addr_range: [
    mixin('whitespace'),
    rule(/\d+/, 'kn'),
    rule(/[$,~+!]/, 'kn'),
    rule(/(\/)((?:\\.|.)*?)(\/)/, (lx, m) => {
      lx.token('kn', m[1]);
      lx.delegate(sv(lx).regex, m[2]!);
      lx.token('kn', m[3]);
    }),
    rule(/(\\)(.)((?:\\.|.)*?)(\2)/, (lx, m) => {
      lx.token('kn', m[1]! + m[2]!);
      lx.delegate(sv(lx).regex, m[3]!);
      lx.token('kn', m[4]);
    }),
    rule(/(?:)/, (lx) => lx.push('command')),
  ],
  text: [
    rule(/[^\\\n]+/, 's'),
    rule(/\\\n/, 'se'),
    rule(/\\/, 's'),
    rule(/\n/, '', '#pop'),
  ],
  flags: [
    rule(/[gp]+/, 'k', '#pop'),
    rule(/([wW])(\s+)(\S+)/, (lx, m) => { lx.token('k', m[0]); lx.token('', m[0]); lx.token('n', m[0]); }),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('sed', states, (lx) => {
    sv(lx).regex = new LexerRun('sed-regex', regexStates);
    sv(lx).replacement = new LexerRun('sed-replacement', replacementStates);
  });
}
