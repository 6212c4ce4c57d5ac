// email (aliases eml, e-mail): header fields (name: value, folded continuation lines) up to the
// first blank line, then the body with > quoted lines as comments.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  fields: [
    rule(/[:]/, 'o', 'field_body'),
    rule(/[^\n\r:]+/, 'nt'),
    rule(/[\n\r]/, 'nt'),
  ],
  field_body: [
    rule(/(\r?\n){2}/, (lx, m) => { lx.token('', m[0]); lx.pop(2); }),
    rule(/\r?\n(?![ \v\t\f])/, '', '#pop'),
    rule(/[^\n\r]+/, 'na'),
    rule(/[\n\r]/, 'na'),
  ],
  root: [
    rule(/\n/, ''),
    rule(/^>.*/, 'c'),
    rule(/.+/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('email', states, (lx) => lx.push('fields'));
}
