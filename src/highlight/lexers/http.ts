// http: a request or response — request/status line, headers, then the body lexed with the lexer
// whose mimetype matches the Content-Type header (plain text when none or several do).

import { LexerRun, WholeTextLexer, rule, type Lexer, type StateTable } from '../engine.js';
import { createLexer } from '../lookup.js';
import { LEXER_MIMETYPES } from '../registry.js';

const METHODS = 'GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH';

function contentLexer(contentType: string): Lexer {
  const tags = LEXER_MIMETYPES.get(contentType);
  const tag = tags?.length === 1 ? tags[0]! : 'plaintext';
  return createLexer(tag) ?? new WholeTextLexer(tag);
}

const states: StateTable = {
  root: [
    rule(`(${METHODS})([ ]+)([^ ]+)([ ]+)(HTTPS?)(/)(\\d(?:\\.\\d)?)(\\r?\\n|$)`, (lx, m) => {
      lx.groups(m, ['nf', '', 'nn', '', 'k', 'o', 'm', '']);
      lx.push('headers');
    }),
    rule(/(HTTPS?)(\/)(\d(?:\.\d))([ ]+)(\d{3})([ ]+)?([^\r\n]*)?(\r?\n|$)/, (lx, m) => {
      lx.groups(m, ['k', 'o', 'm', '', 'm', '', 'ne', '']);
      lx.push('headers');
    }),
  ],
  headers: [
    rule(/([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)/, (lx, m) => {
      if (m[1]!.trim().toLowerCase() === 'content-type') {
        lx.vars.contentType = m[5]!.split(';')[0]!.toLowerCase();
      }
      lx.groups(m, ['na', '', 'p', '', 's', '']);
    }),
    rule(/([^\r\n]+)(\r?\n|$)/, (lx, m) => lx.groups(m, ['s', ''])),
    rule(/\r?\n/, '', 'content'),
  ],
  content: [
    rule(/.+/, (lx, m) => {
      lx.vars.contentLexer ??= contentLexer(lx.vars.contentType as string);
      lx.delegate(lx.vars.contentLexer as Lexer, m[0]);
    }, undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('http', states, (lx) => { lx.vars.contentType = 'text/plain'; });
}
