// epp: Embedded Puppet templates — <% %> tags lexed as Puppet (also <%- -%> and | parameter
// bars), <%# %> comments; the text between is plain text, or the `parent` option's lexer.

import { LexerRun, RougeWouldRaise, WholeTextLexer, rule, type Lexer, type StateTable } from '../engine.js';
import { createLexer, findLexerTag } from '../lookup.js';
import { create as createPuppet } from './puppet.js';

const OPEN = '(?:<%%|<%=|<%#|(<%-|<%)(\\s*\\|)?)';
const CLOSE = '(?:%%>|(\\|\\s*)?(-%>|%>))';

interface EppVars { parent: Lexer; puppet: Lexer }
const ev = (lx: LexerRun): EppVars => lx.vars as unknown as EppVars;

const states: StateTable = {
  root: [
    rule(/<%#/, 'c', 'comment'),
    rule(OPEN, 'cp', 'puppet'),
    rule(`.+?(?=${OPEN})|.+`, (lx, m) => lx.delegate(ev(lx).parent, m[0]), undefined, { dotAll: true }),
  ],
  comment: [
    rule(CLOSE, 'c', '#pop'),
    rule(`.+?(?=${CLOSE})|.+`, 'c', undefined, { dotAll: true }),
  ],
  puppet: [
    rule(CLOSE, 'cp', '#pop'),
    rule(`.+?(?=${CLOSE})|.+`, (lx, m) => lx.delegate(ev(lx).puppet, m[0]), undefined, { dotAll: true }),
  ],
};

function parentLexer(options: Record<string, string>): Lexer {
  if (options.parent === undefined) return new WholeTextLexer('plaintext');
  const tag = findLexerTag(options.parent);
  const found = tag === null ? undefined : createLexer(tag, options);
  // an unknown parent name makes Rouge raise
  return found ?? { tag: 'missing', continueLex: () => { throw new RougeWouldRaise(`epp: no lexer ${options.parent}`); } };
}

export function create(options: Record<string, string> = {}): Lexer {
  return new LexerRun('epp', states, (lx) => {
    ev(lx).parent = parentLexer(options);
    ev(lx).puppet = createPuppet();
  });
}
