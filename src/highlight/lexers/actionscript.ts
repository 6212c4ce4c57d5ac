// actionscript (aliases as, as3): ActionScript 3 — JavaScript-like states (regex literals where
// an expression may start, object literals, labels), keyword/declaration/reserved/constant/
// builtin word lists, numbers and strings.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`for in while do break return continue switch case default if else throw try catch finally new
  delete typeof is this with`);
const DECLARATIONS = set('var with function');
const RESERVED = set(`dynamic final internal native public protected private class const override static package
  interface extends implements namespace set get import include super flash_proxy object_proxy trace`);
const CONSTANTS = set('true false null NaN Infinity undefined');
const BUILTINS = set(`void Function Math Class Object RegExp decodeURI decodeURIComponent encodeURI encodeURIComponent
  eval isFinite isNaN parseFloat parseInt this`);
const ID = '[$a-zA-Z_][a-zA-Z0-9_]*';

const states: StateTable = {
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
  ],
  expr_start: [
    mixin('comments_and_whitespace'),
    rule(/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex'); }),
    rule(/[{]/, 'p', 'object'),
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
  regex_end: [
    rule(/[gim]+/, 'sr', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  regex_group: [
    rule(/\//, 'se'),
    rule(/[^\/]\n/, (lx, m) => { lx.token('err', m[0]); lx.pop(2); }),
    rule(/\]/, 'se', '#pop'),
    rule(/\\./, 'se'),
    rule(/./, 'sr'),
  ],
  bad_regex: [rule(/[^\n]+/, 'err', '#pop')],
  root: [
    rule(/\A\s*#!.*?\n/, 'cp', 'statement', { dotAll: true }),
    rule(/\n/, '', 'statement'),
    rule(/(?<=\n)(?=\s|\/|<!--)/, '', 'expr_start'),
    mixin('comments_and_whitespace'),
    rule(/\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'o', 'expr_start'),
    rule(/[:-<>+*%&|\^\/!=]=?/, 'o', 'expr_start'),
    rule(/[(\[,]/, 'p', 'expr_start'),
    rule(/;/, 'p', 'statement'),
    rule(/[)\].]/, 'p'),
    rule(/[?]/, (lx, m) => { lx.token('p', m[0]); lx.push('ternary'); lx.push('expr_start'); }),
    rule(/[{}]/, 'p', 'statement'),
    rule(ID, (lx, m) => {
      const w = m[0];
      if (KEYWORDS.has(w)) { lx.token('k', w); lx.push('expr_start'); }
      else if (DECLARATIONS.has(w)) { lx.token('kd', w); lx.push('expr_start'); }
      else if (RESERVED.has(w)) lx.token('kr', w);
      else if (CONSTANTS.has(w)) lx.token('kc', w);
      else if (BUILTINS.has(w)) lx.token('nb', w);
      else lx.token('nx', w);
    }),
    rule(/\-?[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'mf'),
    rule(/0x[0-9a-fA-F]+/, 'mh'),
    rule(/\-?[0-9]+/, 'mi'),
    rule(/"(\\\\|\\"|[^"])*"/, 's2'),
    rule(/'(\\\\|\\'|[^'])*'/, 's1'),
  ],
  statement: [
    groups(`(${ID})(\\s*)(:)`, ['nl', '', 'p']),
    rule(/[{}]/, 'p'),
    mixin('expr_start'),
  ],
  object: [
    mixin('comments_and_whitespace'),
    rule(/[}]/, (lx, m) => { lx.token('p', m[0]); lx.goto('statement'); }),
    groups(`(${ID})(\\s*)(:)`, ['na', '', 'p'], 'expr_start'),
    rule(/:/, 'p'),
    mixin('root'),
  ],
  ternary: [
    rule(/:/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
    mixin('root'),
  ],
};

export function create(): Lexer {
  return new LexerRun('actionscript', states);
}
