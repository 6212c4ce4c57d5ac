// brightscript (aliases bs, brs): Roku BrightScript — case-insensitive reserved words, types,
// builtin functions and word operators, case-sensitive ro* component names (lists generated
// from Rouge), ' and REM comments, calls, numbers and strings.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './brightscript-words.js';

const NAME_BUILTIN = new Set(W.NAME_BUILTIN);
const KEYWORD_RESERVED = new Set(W.KEYWORD_RESERVED);
const KEYWORD_RESERVED_UNSUPPORTED = new Set(W.KEYWORD_RESERVED_UNSUPPORTED);
const KEYWORD_TYPE = new Set(W.KEYWORD_TYPE);
const OPERATOR_WORD = new Set(W.OPERATOR_WORD);
const BUILTINS = new Set(W.BUILTINS);

const ID = '[$a-zA-Z_][a-zA-Z0-9_]*';

function wordToken(word: string): string {
  const upper = word.toUpperCase();
  if (BUILTINS.has(word)) return 'kr';
  if (KEYWORD_RESERVED.has(upper) || KEYWORD_RESERVED_UNSUPPORTED.has(upper)) return 'kr';
  if (KEYWORD_TYPE.has(upper)) return 'kt';
  if (NAME_BUILTIN.has(upper)) return 'nb';
  if (OPERATOR_WORD.has(upper)) return 'ow';
  return 'n';
}

const states: StateTable = {
  root: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/\'.*/, 'c1'),
    rule(/REM.*/i, 'c1'),
    rule(/[~!%^&*+=\|?:<>\/-]/, 'o'),
    rule(/\d*\.\d+(e-?\d+)?/i, 'mf'),
    rule(/\d+[lu]*/i, 'mi'),
    rule(/".*?"/, 's2'),
    rule(`${ID}(?=\\s*[(])`, 'nf'),
    rule(/[()\[\],.;{}]/, 'p'),
    rule(ID, (lx, m) => lx.token(wordToken(m[0]), m[0])),
  ],
};

export function create(): Lexer {
  return new LexerRun('brightscript', states);
}
