// docker (aliases dockerfile, Dockerfile): instructions as keywords with their arguments as
// strings; RUN arguments are lexed as shell.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createShell } from './shell.js';

const KEYWORDS = 'FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL';

const shellOf = (lx: LexerRun): LexerRun => lx.vars.shell as LexerRun;

const states: StateTable = {
  root: [
    rule(/\s+/, ''),
    groups(/^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)/, ['k', 'w', 's', 'w', 'k', 'w', 's'], undefined, { ignoreCase: true }),
    groups(`^(ONBUILD)(\\s+)(${KEYWORDS})(.*)`, ['k', 'w', 'k', 's'], undefined, { ignoreCase: true }),
    groups(`^(${KEYWORDS})\\b(.*)`, ['k', 's'], undefined, { ignoreCase: true }),
    rule(/#.*?$/, 'c'),
    rule(/^(ONBUILD\s+)?RUN(\s+)/i, (lx, m) => {
      lx.token('k', m[0]);
      lx.push('run');
      shellOf(lx).reset();
    }),
    rule(/\w+/, ''),
    rule(/[^\w]+/, ''),
    rule(/./, ''),
  ],
  run: [
    rule(/\n/, '', '#pop'),
    rule(/\\./, 'se', undefined, { dotAll: true }),
    rule(/(\\.|[^\n\\])+/, (lx, m) => lx.delegate(shellOf(lx), m[0])),
  ],
};

export function create(): Lexer {
  return new LexerRun('docker', states, (lx) => { lx.vars.shell = createShell(); });
}
