// make (aliases makefile, mf, gnumake, bsdmake): variables and assignments, rules
// (targets: prerequisites), conditionals, and recipe lines lexed as shell with $(…) macros
// and function calls ($(patsubst …)) marked.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createShell } from './shell.js';

const FUNCTIONS = `abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring
  firstword flavor foreach if join lastword notdir or origin patsubst realpath shell sort strip subst suffix value
  warning wildcard word wordlist words`.trim().split(/\s+/).join('|');

const STOP = '(?:\\$\\(|\\$\\{|\\(|\\)|\\}|\\\\|$)';

const shellOf = (lx: LexerRun): LexerRun => lx.vars.shell as LexerRun;

const states: StateTable = {
  root: [
    rule(/\s+/, ''),
    rule(/#.*?\n/, 'c'),
    groups(/([-s]?include)((?:[\t ]+[^\t\n #]+)+)/, ['k', 'sx']),
    groups(/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)/, ['k', '', 'nv']),
    rule(/(?:else|endif)[\t ]*(?=[#\n])/, 'k'),
    groups(/(export)([\t ]+)(?=[\w${}()\t -]+\n)/, ['k', ''], 'export'),
    rule(/export[\t ]+/, 'k'),
    rule(/([\w${}().-]+)([\t ]*)([!?:+]?=)/, (lx, m) => {
      lx.token('nv', m[1]);
      lx.token('', m[2]);
      lx.token('o', m[3]);
      lx.push('shell_line');
    }, undefined, { dotAll: true }),
    rule(/"(\\\\|\\.|[^"\\])*"/, 's2'),
    rule(/'(\\\\|\\.|[^'\\])*'/, 's1'),
    groups(/([^\n:]+)(:+)([ \t]*)/, ['nl', 'o', ''], 'block_header'),
  ],
  export: [
    rule(/[\w${}()-]/, 'nv'),
    rule(/\n/, '', '#pop'),
    rule(/[\t ]+/, ''),
  ],
  block_header: [
    rule(/[^,\\\n#]+/, 'nf'),
    rule(/,/, 'p'),
    rule(/#.*?/, 'c'),
    rule(/\\\n/, ''),
    rule(/\\./, ''),
    rule(/\n/, (lx, m) => { lx.token('', m[0]); lx.goto('block_body'); }),
  ],
  block_body: [
    groups(/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)/, ['k', '', 'nv', 'c', '']),
    groups(/(else|endif)([\t ]*)(#.*)?(\n)/, ['k', '', 'c', '']),
    groups(/(\t[\t ]*)([@-]?)/, ['', 'p'], 'shell_line'),
    rule(/(?:)/, (lx) => { shellOf(lx).reset(); lx.pop(); }),
  ],
  shell: [
    rule(/\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]/i, 'nv'),
    groups(`(\\$[({])([\\t ]*)(${FUNCTIONS})([\\t ]+)`, ['nf', '', 'nb', ''], 'shell_expr', { dotAll: true }),
    rule(/\\./, (lx, m) => lx.delegate(shellOf(lx), m[0]), undefined, { dotAll: true }),
    rule(`.+?(?=${STOP})`, (lx, m) => lx.delegate(shellOf(lx), m[0]), undefined, { dotAll: true }),
    rule(STOP, (lx, m) => lx.delegate(shellOf(lx), m[0])),
  ],
  shell_expr: [
    rule(/[({]/, (lx, m) => { lx.delegate(shellOf(lx), m[0]); lx.pushCurrent(); }),
    rule(/[)}]/, 'nf', '#pop'),
    mixin('shell'),
  ],
  shell_line: [
    rule(/\n/, '', '#pop'),
    mixin('shell'),
  ],
};

export function create(): Lexer {
  return new LexerRun('make', states, (lx) => { lx.vars.shell = createShell(); });
}
