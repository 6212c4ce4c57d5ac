// dart: Rouge's Dart lexer — method names found by a "type name(" pattern (the prefix lexed
// again as Dart), keywords/declarations/types, strings with $x and ${…} interpolation.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const alt = (s: string): string => s.trim().split(/\s+/).join('|');
const KEYWORDS = alt(`as assert await break case catch continue default do else finally for if in is new rethrow
  return super switch this throw try while with yield`);
const DECLARATIONS = alt(`abstract async dynamic const covariant external extends factory final get implements late
  native on operator required set static sync typedef var`);
const TYPES = alt(`bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern Set String
  Symbol Type Uri void`);
const IMPORTS = alt('import deferred export library part\\s*of part source');
const ID = '(?:[a-zA-Z_]\\w*)';

const states: StateTable = {
  root: [
    rule(/^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()/, (lx, m) => {
      lx.recurse(m[1]!, create);
      lx.token('nf', m[2]);
      lx.token('', m[3]);
      lx.token('p', m[4]);
    }),
    rule(/\s+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    rule(/"/, 's', 'dqs'),
    rule(/'/, 's', 'sqs'),
    rule(/r"[^"]*"/, 'sx'),
    rule(/r'[^']*'/, 'sx'),
    rule(`#${ID}*`, 'ss', undefined, { ignoreCase: true }),
    rule(`@${ID}`, 'nd'),
    rule(`(?:${KEYWORDS})\\b`, 'k'),
    rule(`(?:${DECLARATIONS})\\b`, 'kd'),
    rule(`(?:${TYPES})\\b`, 'kt'),
    rule(/(?:true|false|null)\b/, 'kc'),
    rule(/(?:class|interface|mixin)\b/, 'kd', 'class'),
    rule(`(?:${IMPORTS})\\b`, 'kn', 'import'),
    groups(`(\\.)(${ID})`, ['o', 'na']),
    rule(`${ID}:`, 'nl'),
    rule(`\\$?${ID}`, 'n'),
    rule(/[~^*!%&|+=:\/?-]/, 'o'),
    rule(/[\[\](){}<>.,;]/, 'p'),
    rule(/\d*\.\d+([eE]-?\d+)?/, 'mf'),
    rule(/0x[\da-fA-F]+/, 'mh'),
    rule(/\d+L?/, 'mi'),
    rule(/\n/, ''),
  ],
  class: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(ID, 'nc', '#pop'),
  ],
  dqs: [
    rule(/"/, 's', '#pop'),
    rule(/[^\\$"]+/, 's'),
    mixin('string'),
  ],
  sqs: [
    rule(/'/, 's', '#pop'),
    rule(/[^\\$']+/, 's'),
    mixin('string'),
  ],
  import: [
    rule(/;/, 'o', '#pop'),
    rule(/(?:show|hide)\b/, 'kd'),
    mixin('root'),
  ],
  string: [
    mixin('interpolation'),
    rule(/\\[nrt"'\\]/, 'se'),
  ],
  interpolation: [
    rule(`\\$${ID}`, 'si'),
    rule(/\$\{[^}]+\}/, 'si'),
  ],
};

export function create(): Lexer {
  return new LexerRun('dart', states);
}
