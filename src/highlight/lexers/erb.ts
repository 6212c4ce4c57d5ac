// erb (aliases eruby, rhtml): HTML with embedded Ruby — <% %> code lexed as Ruby, <%# %>
// comments, the text between lexed as HTML (both lexers keep their state across chunks).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';
import { create as createRuby } from './ruby.js';

const OPEN = '(?:<%%|<%=|<%#|<%-|<%)';
const CLOSE = '(?:%%>|-%>|%>)';

interface ErbVars { html: LexerRun; ruby: LexerRun }
const ev = (lx: LexerRun): ErbVars => lx.vars as unknown as ErbVars;

const states: StateTable = {
  root: [
    rule(/<%#/, 'c', 'comment'),
    rule(OPEN, 'cp', 'ruby'),
    rule(`.+?(?=${OPEN})|.+`, (lx, m) => lx.delegate(ev(lx).html, m[0]), undefined, { dotAll: true }),
  ],
  comment: [
    rule(CLOSE, 'c', '#pop'),
    rule(`.+?(?=${CLOSE})|.+`, 'c', undefined, { dotAll: true }),
  ],
  ruby: [
    rule(CLOSE, 'cp', '#pop'),
    rule(`.+?(?=${CLOSE})|.+`, (lx, m) => lx.delegate(ev(lx).ruby, m[0]), undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  // Rouge creates the Ruby lexer once per ERB lexer and resets both at the start of a lex.
  return new LexerRun('erb', states, (lx) => {
    const v = ev(lx);
    v.html = createHtml();
    v.ruby = createRuby();
  });
}
