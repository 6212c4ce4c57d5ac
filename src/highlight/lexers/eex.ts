// eex (aliases leex, heex): HTML with embedded Elixir — <% %> code lexed as Elixir, <%# %>
// comments; the text between lexed as HTML (both lexers keep their state across chunks).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createElixir } from './elixir.js';
import { create as createHtml } from './html.js';

const OPEN = '(?:<%%|<%=|<%#|<%)';
const CLOSE = '(?:%%>|%>)';

interface EexVars { html: Lexer; elixir: Lexer }
const ev = (lx: LexerRun): EexVars => lx.vars as unknown as EexVars;

const states: StateTable = {
  root: [
    rule(/<%#/, 'c', 'comment'),
    rule(OPEN, 'cp', 'elixir'),
    rule(`.+?(?=${OPEN})|.+`, (lx, m) => lx.delegate(ev(lx).html, m[0]), undefined, { dotAll: true }),
  ],
  comment: [
    rule(CLOSE, 'c', '#pop'),
    rule(`.+?(?=${CLOSE})|.+`, 'c', undefined, { dotAll: true }),
  ],
  elixir: [
    rule(CLOSE, 'cp', '#pop'),
    rule(`.+?(?=${CLOSE})|.+`, (lx, m) => lx.delegate(ev(lx).elixir, m[0]), undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('eex', states, (lx) => {
    ev(lx).html = createHtml();
    ev(lx).elixir = createElixir();
  });
}
