// datastudio: Datastudio scripts — SQL keywords (Rouge's list, generated), :labels, @entities,
// %variables% (also inside strings), calls, numbers, // and /* */ comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './datastudio-words.js';

const SQL_KEYWORDS = new Set(W.SQL_KEYWORDS);
const ID = '@?[_a-zA-Z]\\w*';

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*].*?[*]\//, 'cm', undefined, { dotAll: true }),
  ],
  string: [
    rule(/%(\\.|.)+?%/, 'se'),
    rule(/\\"/, 's2'),
    rule(/"/, 's2', '#pop'),
    rule(/./, 's2', undefined, { dotAll: true }),
  ],
  string_s: [
    rule(/%(\\.|.)+?%/, 'se'),
    rule(/\\'/, 's1'),
    rule(/'/, 's1', '#pop'),
    rule(/./, 's1', undefined, { dotAll: true }),
  ],
  root: [
    mixin('whitespace'),
    rule(`^:${ID}`, 'nl', undefined, { ignoreCase: true }),
    rule(`@${ID}(\\.${ID})?`, 'ni', undefined, { ignoreCase: true, dotAll: true }),
    rule(/%(\\.|.)+?%/, 'nv'),
    rule(/[~!%^&*()+=|\[\]{}:;,.<>\/?-]/, 'p'),
    rule(/"/, 's2', 'string'),
    rule(/'/, 's1', 'string_s'),
    rule(/\d(\.\d*)?/i, 'm'),
    rule(`${ID}(?=\\s*[(])`, 'nf', undefined, { ignoreCase: true }),
    rule(ID, (lx, m) => lx.token(SQL_KEYWORDS.has(m[0].toUpperCase()) ? 'k' : 'n', m[0]), undefined, { ignoreCase: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('datastudio', states);
}
