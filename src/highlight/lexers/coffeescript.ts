// coffeescript (aliases coffee, coffee-script): Rouge's CoffeeScript lexer — regexes (also
// ///heregexes///) where an operand may start, strings and block strings with #{} interpolation,
// @members, ### block comments ###, word operators.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`for by while until loop break continue return switch when then if else do yield throw try catch
  finally await new delete typeof instanceof super extends this class import export debugger`);
const CONSTANTS = set('true false yes no on off null NaN Infinity undefined');
const BUILTINS = set(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
  decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt document window`);
const ID = '(?:[$a-zA-Z_][a-zA-Z0-9_]*)';

const states: StateTable = {
  comments: [
    rule(/###[^#].*?###/, 'cm', undefined, { dotAll: true }),
    rule(/#.*$/, 'c1'),
  ],
  whitespace: [rule(/\s+/, '', undefined, { dotAll: true })],
  regex_comment: [
    rule(/^#(?!\{).*$/, 'c1'),
    groups(/(\s+)(#(?!\{).*)$/, ['', 'c1']),
  ],
  multiline_regex_begin: [rule(/\/\/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('multiline_regex'); })],
  multiline_regex_end: [rule(/\/\/\/([gimy]+\b|\B)/, 'sr', '#pop')],
  multiline_regex: [
    mixin('multiline_regex_end'),
    mixin('regex_comment'),
    mixin('has_interpolation'),
    mixin('comments'),
    mixin('whitespace'),
    mixin('code_escape'),
    rule(/\\\D/, 'se'),
    rule(/\\\d+/, 'nv'),
    rule(/./, 'sr', undefined, { dotAll: true }),
  ],
  slash_starts_regex: [
    mixin('comments'),
    mixin('whitespace'),
    mixin('multiline_regex_begin'),
    rule(/\/(\\.|[^\[\/\\\n]|\[(\\.|[^\]\\\n])*\])+\/([gimy]+\b|\B)/, 'sr', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  root: [
    rule(/^(?=\s|\/|<!--)/, (lx) => lx.push('slash_starts_regex')),
    mixin('comments'),
    mixin('whitespace'),
    rule(/[+][+]|--|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\bin\b|\bof\b|[?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*`%&|^\/])=?/, 'o', 'slash_starts_regex'),
    rule(/[-=]>/, 'nf'),
    groups(`(@)([ \\t]*)(${ID})`, ['vi', '', 'na'], 'slash_starts_regex'),
    groups(`([.])([ \\t]*)(${ID})`, ['p', '', 'na'], 'slash_starts_regex'),
    rule(`${ID}(?=\\s*:)`, 'na', 'slash_starts_regex'),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : CONSTANTS.has(w) ? 'no' : BUILTINS.has(w) ? 'nb' : 'nx', w);
      lx.push('slash_starts_regex');
    }),
    rule(/[{(\[;,]/, 'p', 'slash_starts_regex'),
    rule(/[})\].]/, 'p'),
    rule(/\d+[.]\d+([eE]\d+)?[fd]?/, 'mf'),
    rule(/0x[0-9a-fA-F]+/, 'mh'),
    rule(/\d+/, 'mi'),
    rule(/"""/, 's', 'tdqs'),
    rule(/'''/, 's', 'tsqs'),
    rule(/"/, 's', 'dqs'),
    rule(/'/, 's', 'sqs'),
  ],
  code_escape: [rule(/\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})/, 'se')],
  strings: [
    rule(/[^#\\'"]+/, 's', undefined, { dotAll: true }),
    mixin('code_escape'),
    rule(/\\./, 'se'),
    rule(/#/, 's'),
  ],
  double_strings: [rule(/'/, 's'), mixin('has_interpolation'), mixin('strings')],
  single_strings: [rule(/"/, 's'), mixin('strings')],
  interpolation: [rule(/}/, 'si', '#pop'), mixin('root')],
  has_interpolation: [rule(/[#][{]/, 'si', 'interpolation')],
  dqs: [rule(/"/, 's', '#pop'), mixin('double_strings')],
  tdqs: [rule(/"""/, 's', '#pop'), rule(/"/, 's'), mixin('double_strings')],
  sqs: [rule(/'/, 's', '#pop'), mixin('single_strings')],
  tsqs: [rule(/'''/, 's', '#pop'), rule(/'/, 's'), mixin('single_strings')],
};

export function create(): Lexer {
  return new LexerRun('coffeescript', states);
}
