// bibtex (alias bib): @entries with their key, field = value pairs (quoted and braced strings,
// numbers, # concatenation, macro names), @string/@preamble, @comment and text outside entries.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

// Regexp.quote("@!$&.\\:;<>?[]^`|~*/+-"), as Rouge builds it
const PUNCT = '@!\\$&\\.\\\\:;<>\\?\\[\\]\\^`\\|~\\*\\/\\+\\-';
const VALID_NAME = `[a-z_${PUNCT}][\\w${PUNCT}]*`;
const NAME_FLAGS = { ignoreCase: true };

const states: StateTable = {
  root: [
    mixin('whitespace'),
    rule(`@(${VALID_NAME})`, (lx, m) => {
      const match = m[1]!.toLowerCase();
      if (match === 'comment') {
        lx.token('c', m[0]);
        return;
      }
      lx.token('nc', m[0]);
      lx.push('closing_brace');
      lx.push(match === 'preamble' ? 'value' : match === 'string' ? 'field' : 'command_body');
      lx.push('opening_brace');
    }, undefined, NAME_FLAGS),
    rule(/.+/, 'c'),
  ],
  opening_brace: [
    mixin('whitespace'),
    rule(/[{(]/, 'p', '#pop'),
  ],
  closing_brace: [
    mixin('whitespace'),
    rule(/[})]/, 'p', '#pop'),
  ],
  command_body: [
    mixin('whitespace'),
    rule(/[^\s\,\}]+/, (lx, m) => { lx.token('nl', m[0]); lx.pop(); lx.push('fields'); }),
  ],
  fields: [
    mixin('whitespace'),
    rule(/,/, 'p', 'field'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  field: [
    mixin('whitespace'),
    rule(VALID_NAME, (lx, m) => { lx.token('na', m[0]); lx.push('value'); lx.push('equal_sign'); }, undefined, NAME_FLAGS),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  equal_sign: [
    mixin('whitespace'),
    rule(/=/, 'p', '#pop'),
  ],
  value: [
    mixin('whitespace'),
    rule(VALID_NAME, 'nv', undefined, NAME_FLAGS),
    rule(/"/, 's', 'quoted_string'),
    rule(/\{/, 's', 'braced_string'),
    rule(/\d+/, 'm'),
    rule(/#/, 'p'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  quoted_string: [
    rule(/\{/, 's', 'braced_string'),
    rule(/"/, 's', '#pop'),
    rule(/[^\{\"]+/, 's'),
  ],
  braced_string: [
    rule(/\{/, 's', 'braced_string'),
    rule(/\}/, 's', '#pop'),
    rule(/[^\{\}]+/, 's'),
  ],
  whitespace: [rule(/\s+/, '')],
};

export function create(): Lexer {
  return new LexerRun('bibtex', states);
}
