// stata: Stata do-files — commands at line start, functions before `(`, `macros' and $globals,
// strings (also compound `"…"'), * and // comments, factor-variable operators (i.x, L2.y), strNN.
// (Word lists generated from Rouge, joined into patterns unescaped as Rouge does.)

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './stata-words.js';

const TYPE_KEYWORDS = new Set(W.TYPE_KEYWORDS);
const RESERVED_KEYWORDS = new Set(W.RESERVED_KEYWORDS);

const states: StateTable = {
  root: [
    rule(/^\s*#.*$/, 'cp'),
    rule(/^\*!.*$/, 'ch'),
    rule(/^\s*\*.*$/, 'c1'),
    rule(`^\\s*(${W.KEYWORDS.join('|')})\\b`, 'k'),
    rule(/[ \t]+/, 'w'),
    rule(/[\n\r]+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
    rule(/`"(\\.|.)*?"'/, 's2'),
    rule(/"(\\.|.)*?"/, 's2'),
    rule(/`(\\.|.)*?'/, 's2'),
    rule(/(?<!\w)\$\w+/, 's2'),
    rule(/\%\S+/, 'py'),
    rule(/\bstr(204[0-5]|20[0-3][0-9]|[01][0-9][0-9][0-9]|[0-9][0-9][0-9]|[0-9][0-9]|[1-9])\b/, 'kt'),
    rule(`\\b(${W.PRIMITIVE_FUNCTIONS.join('|')})(?=\\()`, 'nf'),
    rule(/\.\.(?=.*\])/, 'o'),
    rule(/[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?/, 'm'),
    rule(/\b[ICOicoLFDSlfds]\w*\./, 'o'),
    rule(/\b[ICOicoLFDSlfds]\w*(?=\(.*\)\.)/, 'o'),
    rule(/\w+/, (lx, m) => lx.token(RESERVED_KEYWORDS.has(m[0]) ? 'kr' : TYPE_KEYWORDS.has(m[0]) ? 'kt' : 'n', m[0])),
    rule(/[\[\]{}();,]/, 'p'),
    rule(/[-<>?*+'^\/\\!#.=~:&|]/, 'o'),
  ],
};

export function create(): Lexer {
  return new LexerRun('stata', states);
}
