// augeas (alias aug): Augeas lenses — reserved words, Module names, :types, "strings" with
// escapes, /regexps/, nested (* comments *).

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const RESERVED = new Set(`_ let del store value counter seq key label autoload incl excl transform test get put in after
  set clear insa insb print_string print_regexp print_endline print_tree lens_ctype lens_atype lens_ktype lens_vtype
  lens_format_atype regexp_match`.trim().split(/\s+/));

const states: StateTable = {
  basic: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\(\*/, 'cm', 'comment'),
  ],
  comment: [
    rule(/\*\)/, 'cm', '#pop'),
    rule(/\(\*/, 'cm', 'comment'),
    rule(/[^*)]+/, 'cm'),
    rule(/[*)]/, 'cm'),
  ],
  root: [
    mixin('basic'),
    groups(/(:)(\w\w*)/, ['p', 'kt']),
    rule(/\w[\w']*/, (lx, m) => {
      const name = m[0];
      if (name === 'module') { lx.token('kr', name); lx.push('module'); }
      else if (RESERVED.has(name)) lx.token('kr', name);
      else if (/^[A-Z]/.test(name)) lx.token('kn', name);
      else lx.token('n', name);
    }),
    rule(/"/, 's', 'string'),
    rule(/\//, 's', 'regexp'),
    rule(/[-*+.=?\|]+/, 'o'),
    rule(/[\[\](){}:;]/, 'p'),
  ],
  module: [
    rule(/\s+/, ''),
    rule(/[A-Z][a-zA-Z0-9_.]*/, 'nn', '#pop'),
  ],
  regexp: [
    rule(/\//, 'sr', '#pop'),
    rule(/[^\\\/]+/, 'sr'),
    rule(/\\[\\\/]/, 'sr'),
    rule(/\\/, 'sr'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\/, 'se', 'escape'),
    rule(/[^\\"]+/, 's'),
  ],
  escape: [
    rule(/[abfnrtv"'&\\]/, 'se', '#pop'),
    rule(/\^[\]\[A-Z@\^_]/, 'se', '#pop'),
    rule(/o[0-7]+/i, 'se', '#pop'),
    rule(/x[\da-f]+/i, 'se', '#pop'),
    rule(/\d+/, 'se', '#pop'),
    rule(/\s+/, 'se', '#pop'),
    rule(/./, 's', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('augeas', states);
}
