// apache: httpd configuration — sections (<Directory …>), directives and known values, each
// highlighted only when Rouge's generated keyword lists know the name (case-insensitively).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { DIRECTIVES, SECTIONS, VALUES } from './apache-keywords.js';

function nameToken(word: string, tok: string): string {
  return SECTIONS.has(word) || DIRECTIVES.has(word) || VALUES.has(word) ? tok : '';
}

/** Ruby's String#downcase on the ASCII letters \w can hold. */
const downcase = (s: string): string => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

const states: StateTable = {
  whitespace: [
    rule(/#.*/, 'c'),
    rule(/\s+/, '', undefined, { dotAll: true }),
  ],
  root: [
    mixin('whitespace'),
    rule(/(<\/?)(\w+)/, (lx, m) => {
      lx.token('p', m[1]);
      lx.token(nameToken(downcase(m[2]!), 'nl'), m[2]);
      lx.push('section');
    }),
    rule(/\w+/, (lx, m) => {
      lx.token(nameToken(downcase(m[0]), 'nc'), m[0]);
      lx.push('directive');
    }),
  ],
  section: [
    rule(/([^>]+)?(>(?:\r\n?|\n)?)/, (lx, m) => { lx.groups(m, ['sr', 'p']); lx.pop(); }),
    mixin('whitespace'),
  ],
  directive: [
    rule(/\r\n?|\n/, '', '#pop'),
    mixin('whitespace'),
    rule(/\S+/, (lx, m) => lx.token(nameToken(m[0].toLowerCase(), 'ss'), m[0])),
  ],
};

export function create(): Lexer {
  return new LexerRun('apache', states);
}
