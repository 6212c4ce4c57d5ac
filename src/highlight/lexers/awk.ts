// awk: patterns and actions — regexes where an expression may start, keywords, builtin
// variables (NR, FS…) and functions, $fields, strings and numbers.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('if else while for do break continue return next nextfile delete exit print printf getline');
const RESERVED = set('BEGIN END');
const CONSTANTS = set('CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON');
const BUILTINS = set(`exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf system
  tolower toupper`);

const states: StateTable = {
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/#.*?$/, 'c1'),
  ],
  expr_start: [
    mixin('comments_and_whitespace'),
    rule(/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex'); }),
    rule(/(?:)/, '', '#pop'),
  ],
  regex: [
    rule(/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex_end'); }),
    rule(/[^\/]\n/, 'err', '#pop'),
    rule(/\n/, 'err', '#pop'),
    rule(/\[\^/, 'se', 'regex_group'),
    rule(/\[/, 'se', 'regex_group'),
    rule(/\\./, 'se'),
    rule(/[(][?][:=<!]/, 'se'),
    rule(/[{][\d,]+[}]/, 'se'),
    rule(/[()?]/, 'se'),
    rule(/./, 'sr'),
  ],
  regex_end: [rule(/(?:)/, (lx) => lx.pop())],
  regex_group: [
    rule(/\//, 'se'),
    rule(/[^\/]\n/, (lx, m) => { lx.token('err', m[0]); lx.pop(2); }),
    rule(/\]/, 'se', '#pop'),
    rule(/\\./, 'se'),
    rule(/./, 'sr'),
  ],
  bad_regex: [rule(/[^\n]+/, 'err', '#pop')],
  root: [
    mixin('comments_and_whitespace'),
    rule(/(?<=\n)(?=\s|\/)/, '', 'expr_start'),
    rule(/[-<>+*\/%\^!=]=?|in\b|\+\+|--|\|/, 'o', 'expr_start'),
    rule(/&&|\|\||~!?/, 'o', 'expr_start'),
    rule(/[(\[,]/, 'p', 'expr_start'),
    rule(/;/, 'p', 'statement'),
    rule(/[)\].]/, 'p'),
    rule(/[?]/, (lx, m) => { lx.token('p', m[0]); lx.push('ternary'); lx.push('expr_start'); }),
    rule(/[{}]/, 'p', 'statement'),
    rule(/[$a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => {
      const w = m[0];
      if (KEYWORDS.has(w)) { lx.token('k', w); lx.push('expr_start'); }
      else if (w === 'function') { lx.token('kd', w); lx.push('expr_start'); }
      else if (RESERVED.has(w)) lx.token('kr', w);
      else if (CONSTANTS.has(w)) lx.token('kc', w);
      else if (BUILTINS.has(w)) lx.token('nb', w);
      else if (w.startsWith('$')) lx.token('nv', w);
      else lx.token('nx', w);
    }),
    rule(/[0-9]+\.[0-9]+/, 'mf'),
    rule(/[0-9]+/, 'mi'),
    rule(/"(\\[\\"]|[^"])*"/, 's2'),
    rule(/:/, 'p'),
  ],
  statement: [rule(/[{}]/, 'p'), mixin('expr_start')],
  ternary: [
    rule(/:/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
    mixin('root'),
  ],
};

export function create(): Lexer {
  return new LexerRun('awk', states);
}
