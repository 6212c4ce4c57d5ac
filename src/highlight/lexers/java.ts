// java: Rouge's Java lexer — keywords, declarations, primitive types, method names found by a
// "return type + name + (" pattern (the prefix re-lexed as Java), annotations, literals.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { alt } from '../regex.js';

const KEYWORDS = 'assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while'.split(' ');
const DECLARATIONS = 'abstract const enum extends final implements native private protected public static strictfp super synchronized throws transient volatile'.split(' ');
const TYPES = 'boolean byte char double float int long short var void'.split(' ');

const ID = '[\\p{Alphabetic}_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*';
const CONST_NAME = '\\p{Uppercase}[\\p{Uppercase}\\p{Nd}_]*\\b';
const CLASS_NAME = '\\p{Uppercase}[\\p{Alphabetic}\\p{Nd}]*\\b';
const DIGIT = '(?:[0-9]_+[0-9]|[0-9])';
const BIN_DIGIT = '(?:[01]_+[01]|[01])';
const OCT_DIGIT = '(?:[0-7]_+[0-7]|[0-7])';
const HEX_DIGIT = '(?:[0-9a-fA-F]_+[0-9a-fA-F]|[0-9a-fA-F])';

const states: StateTable = {
  root: [
    rule(/[^\S\n]+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    rule(`${alt(KEYWORDS)}\\b`, 'k'),
    rule(/(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()/, (lx, m) => {
      lx.recurse(m[1]!, create);
      lx.token('nf', m[2]);
      lx.token('', m[3]);
      lx.token('o', m[4]);
    }),
    rule(`@${ID}`, 'nd'),
    rule(`${alt(DECLARATIONS)}\\b`, 'kd'),
    rule(`${alt(TYPES)}\\b`, 'kt'),
    rule(/(?:true|false|null)\b/, 'kc'),
    rule(/(?:class|interface)\b/, 'kd', 'class'),
    rule(/(?:import|package)\b/, 'kn', 'import'),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, 'sc'),
    groups(`(\\.)(${ID})`, ['o', 'na']),
    rule(`${ID}:`, 'nl'),
    rule(CONST_NAME, 'no'),
    rule(CLASS_NAME, 'nc'),
    rule(`\\$?${ID}`, 'n'),
    rule(/[~^*!%&\[\](){}<>|+=:;,.\/?-]/, 'o'),
    rule(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`, 'mf'),
    rule(`0[bB]${BIN_DIGIT}+`, 'mb'),
    rule(`0[xX]${HEX_DIGIT}+`, 'mh'),
    rule(`0${OCT_DIGIT}+`, 'mo'),
    rule(`${DIGIT}+L?`, 'mi'),
    rule(/\n/, ''),
  ],
  class: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(ID, 'nc', '#pop'),
  ],
  import: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[a-z0-9_.]+\*?/i, 'nn', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('java', states);
}
