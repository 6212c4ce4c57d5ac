// plist: old-style (OpenStep) property lists — dictionaries, arrays, strings, <hex data>.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  whitespace: [rule(/\s+/, 'w')],
  root: [
    rule(/\/\/.*$/, 'c'),
    rule(/\/\*.+?\*\//, 'c', undefined, { dotAll: true }),
    mixin('whitespace'),
    rule(/{/, 'p', 'dictionary'),
    rule(/\(/, 'p', 'array'),
    rule(/"([^"\\]|\\.)*"/, 's2'),
    rule(/'([^'\\]|\\.)*'/, 's1'),
    rule(/</, 'p', 'data'),
    rule(/[\w$\/:.-]+/, 'l'),
  ],
  dictionary: [
    mixin('root'),
    rule(/[=;]/, 'p'),
    rule(/}/, 'p', '#pop'),
  ],
  array: [
    mixin('root'),
    rule(/[,]/, 'p'),
    rule(/\)/, 'p', '#pop'),
  ],
  data: [
    rule(/[\h\s]+/, 'mh'),
    rule(/>/, 'p', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('plist', states);
}
