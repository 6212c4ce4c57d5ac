// sml (alias ml): Standard ML — Rouge's state machine for declarations (val/fun/type/datatype/
// exception/structure names), let/local/struct/sig nesting, qualified names, 'a type variables,
// #labels, ~negative numbers, words and symbols that are reserved, nested (* comments *).

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORD_LIST = `abstype and andalso as case datatype do else end exception fn fun handle if in infix infixr let
  local nonfix of op open orelse raise rec then type val with withtype while eqtype functor include sharing sig
  signature struct structure where`.trim().split(/\s+/);
const KEYWORDS = new Set(KEYWORD_LIST);
const SYMBOLIC_RESERVED = new Set([':', '|', '=', '=>', '->', '#', ':>']);

const ID = "[\\w']+";
const SYMBOL = '[!%&$#\\/:<=>?@\\\\~`^|*+-]+';

const tokenForIdWithDot = (id: string): string => (KEYWORDS.has(id) ? 'err' : 'nn');
const tokenForId = (id: string): string => (KEYWORDS.has(id) ? 'kr' : SYMBOLIC_RESERVED.has(id) ? 'p' : 'n');

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[(][*]/, 'c', 'comment'),
  ],
  delimiters: [
    rule(/[(\[{]/, 'p', 'main'),
    rule(/[)\]}]/, 'p', '#pop'),
    rule(/\b(let|if|local)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.pushCurrent(); lx.pushCurrent(); }),
    rule(/\b(struct|sig|while)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.pushCurrent(); }),
    rule(/\b(do|else|end|in|then)\b(?!')/, 'kr', '#pop'),
  ],
  core: [
    rule(/[()\[\]{},;_]|[.][.][.]/, 'p'),
    rule(/#"/, 'sc', 'char'),
    rule(/"/, 's2', 'string'),
    rule(/~?0x[0-9a-fA-F]+/, 'mh'),
    rule(/0wx[0-9a-fA-F]+/, 'mh'),
    rule(/0w\d+/, 'mi'),
    rule(/~?\d+([.]\d+)?[eE]~?\d+/, 'mf'),
    rule(/~?\d+[.]\d+/, 'mf'),
    rule(/~?\d+/, 'mi'),
    rule(/#\s*[1-9][0-9]*/, 'nl'),
    rule(`#\\s*${ID}`, 'nl'),
    rule(`#\\s+${SYMBOL}`, 'nl'),
    rule(/\b(datatype|abstype)\b(?!')/, 'kr', 'dname'),
    rule(/(?=\bexception\b(?!'))/, (lx) => lx.push('ename')),
    rule(/\b(functor|include|open|signature|structure)\b(?!')/, 'kr', 'sname'),
    rule(/\b(type|eqtype)\b(?!')/, 'kr', 'tname'),
    rule(`'${ID}`, 'nd'),
    rule(`(${ID})([.])`, (lx, m) => { lx.groups(m, [tokenForIdWithDot(m[1]!), 'p']); lx.push('dotted'); }),
    rule(ID, (lx, m) => lx.token(tokenForId(m[0]), m[0])),
    rule(SYMBOL, (lx, m) => lx.token(tokenForId(m[0]), m[0])),
  ],
  dotted: [
    rule(`(${ID})([.])`, (lx, m) => lx.groups(m, [tokenForIdWithDot(m[1]!), 'p'])),
    rule(ID, (lx, m) => { lx.token(tokenForId(m[0]), m[0]); lx.pop(); }),
    rule(SYMBOL, (lx, m) => { lx.token(tokenForId(m[0]), m[0]); lx.pop(); }),
  ],
  root: [
    rule(/#!.*?\n/, 'cp'),
    rule(/(?:)/, (lx) => lx.push('main')),
  ],
  main: [
    mixin('whitespace'),
    rule(/\b(val|and)\b(?!')/, 'kr', 'vname'),
    rule(/\b(fun)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.goto('main_fun'); lx.push('fname'); }),
    mixin('delimiters'),
    mixin('core'),
  ],
  main_fun: [
    mixin('whitespace'),
    rule(/\b(fun|and)\b(?!')/, 'kr', 'fname'),
    rule(/\bval\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.goto('main'); lx.push('vname'); }),
    rule(/[|]/, 'p', 'fname'),
    rule(/\b(case|handle)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.goto('main'); }),
    mixin('delimiters'),
    mixin('core'),
  ],
  has_escapes: [
    rule(/\\[\\"abtnvfr]/, 'se'),
    rule(/\\\^[\x40-\x5e]/, 'se'),
    rule(/\\[0-9]{3}/, 'se'),
    rule(/\\u\h{4}/, 'se'),
    rule(/\\\s+\\/, 'si'),
  ],
  string: [
    rule(/[^"\\]+/, 's2'),
    rule(/"/, 's2', '#pop'),
    mixin('has_escapes'),
  ],
  char: [
    rule(/[^"\\]+/, 'sc'),
    rule(/"/, 'sc', '#pop'),
    mixin('has_escapes'),
  ],
  breakout: [rule(`(?=\\b(${KEYWORD_LIST.join('|')})\\b(?!'))`, (lx) => lx.pop())],
  sname: [
    mixin('whitespace'),
    mixin('breakout'),
    rule(ID, 'nn'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  has_annotations: [
    rule(/'[\w']*/, 'nd'),
    rule(/[(]/, 'p', 'tyvarseq'),
  ],
  fname: [
    mixin('whitespace'),
    mixin('has_annotations'),
    rule(ID, 'nf', '#pop'),
    rule(SYMBOL, 'nf', '#pop'),
  ],
  vname: [
    mixin('whitespace'),
    mixin('has_annotations'),
    rule(`(${ID})(\\s*)(=(?!${SYMBOL}))`, (lx, m) => { lx.groups(m, ['nv', '', 'p']); lx.pop(); }, undefined, { dotAll: true }),
    groups(`(${SYMBOL})(\\s*)(=(?!${SYMBOL}))`, ['nv', '', 'p'], undefined, { dotAll: true }),
    rule(ID, 'nv', '#pop'),
    rule(SYMBOL, 'nv', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  tname: [
    mixin('whitespace'),
    mixin('breakout'),
    mixin('has_annotations'),
    rule(/'[\w']*/, 'nd'),
    rule(/[(]/, 'p', 'tyvarseq'),
    rule(`=(?!${SYMBOL})`, (lx, m) => { lx.token('p', m[0]); lx.goto('typbind'); }),
    rule(ID, 'kt'),
    rule(SYMBOL, 'kt'),
  ],
  typbind: [
    mixin('whitespace'),
    rule(/\b(and)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.goto('tname'); }),
    mixin('breakout'),
    mixin('core'),
  ],
  dname: [
    mixin('whitespace'),
    mixin('breakout'),
    mixin('has_annotations'),
    rule(/(=)(\s*)(datatype)\b/, (lx, m) => { lx.groups(m, ['p', '', 'kr']); lx.pop(); }),
    rule(`=(?!${SYMBOL})`, (lx, m) => { lx.token('p', m[0]); lx.goto('datbind'); lx.push('datcon'); }),
    rule(ID, 'kt'),
    rule(SYMBOL, 'kt'),
  ],
  datbind: [
    mixin('whitespace'),
    rule(/\b(and)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.goto('dname'); }),
    rule(/\b(withtype)\b(?!')/, (lx, m) => { lx.token('kr', m[0]); lx.goto('tname'); }),
    rule(/\bof\b(?!')/, 'kr'),
    groups(`([|])(\\s*)(${ID})`, ['p', '', 'nc']),
    groups(`([|])(\\s+)(${SYMBOL})`, ['p', '', 'nc']),
    mixin('breakout'),
    mixin('core'),
  ],
  ename: [
    mixin('whitespace'),
    groups(`(exception|and)(\\s+)(${ID})`, ['kr', '', 'nc']),
    groups(`(exception|and)(\\s*)(${SYMBOL})`, ['kr', '', 'nc']),
    rule(/\b(of)\b(?!')/, 'kr'),
    mixin('breakout'),
    mixin('core'),
  ],
  datcon: [
    mixin('whitespace'),
    rule(ID, 'nc', '#pop'),
    rule(SYMBOL, 'nc', '#pop'),
  ],
  tyvarseq: [
    mixin('whitespace'),
    rule(/'[\w']*/, 'nd'),
    rule(ID, 'n'),
    rule(/,/, 'p'),
    rule(/[)]/, 'p', '#pop'),
    rule(SYMBOL, 'n'),
  ],
  comment: [
    rule(/[^(*)]+/, 'cm'),
    rule(/[(][*]/, 'cm', '#push'),
    rule(/[*][)]/, 'cm', '#pop'),
    rule(/[(*)]/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('sml', states);
}
