// haxe (alias hx): JavaScript-like states (~/regex/ literals where an expression may start,
// object literals, labels), @metadata, #if conditionals, keyword/declaration/reserved/builtin
// lists, '…' strings with $name and ${expr} interpolation. Rouge raises on `using` (it pushes
// a state it never defines), so there kiln gives the escaped code.

import { LexerRun, RougeWouldRaise, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`break case cast catch class continue default do else enum false for function if import interface
  macro new null override package private public return switch this throw true try untyped while`);
const IMPORTS = set('import using');
const DECLARATIONS = set('abstract dynamic extern extends from implements inline static to typedef var');
const RESERVED = set('super trace inline build autoBuild enum');
const CONSTANTS = set('true false null');
const BUILTINS = set(`Void Dynamic Math Class Any Float Int UInt String StringTools Sys EReg isNaN parseFloat parseInt
  this Array Map Date DateTools Bool Lambda Reflect Std File FileSystem`);
const ID = '[$a-zA-Z_][a-zA-Z0-9_]*';

const states: StateTable = {
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
  ],
  expr_start: [
    mixin('comments_and_whitespace'),
    rule(/#(?:if|elseif|else|end).*/, 'cp'),
    rule(/~/, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex'); }),
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
    rule(/\n/, '', 'statement'),
    rule(/\{/, 'p', 'expr_start'),
    mixin('comments_and_whitespace'),
    rule(/@/, 'nd', 'metadata'),
    rule(/\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>|==|!=/, 'o', 'expr_start'),
    rule(/[-:<>+*%&|\^\/!=]=?/, 'o', 'expr_start'),
    rule(/[(\[,]/, 'p', 'expr_start'),
    rule(/;/, 'p', 'statement'),
    rule(/[)\]}.]/, 'p'),
    rule(/[?]/, (lx, m) => { lx.token('p', m[0]); lx.push('ternary'); lx.push('expr_start'); }),
    rule(ID, (lx, m) => {
      const w = m[0];
      if (KEYWORDS.has(w)) { lx.token('k', w); lx.push('expr_start'); }
      else if (IMPORTS.has(w)) { lx.token('k', w); throw new RougeWouldRaise('haxe: unknown state :namespace'); }
      else if (DECLARATIONS.has(w)) { lx.token('kd', w); lx.push('expr_start'); }
      else if (RESERVED.has(w)) lx.token('kr', w);
      else if (CONSTANTS.has(w)) lx.token('kc', w);
      else if (BUILTINS.has(w)) lx.token('nb', w);
      else lx.token('nx', w);
    }),
    rule(/\-?\d+\.\d+(?:[eE]\d+)?[fd]?/, 'mf'),
    rule(/0x\h+/, 'mh'),
    rule(/\-?[0-9]+/, 'mi'),
    rule(/"/, 's2', 'str_double'),
    rule(/'/, 's1', 'str_single'),
  ],
  statement: [
    groups(`(${ID})(\\s*)(:)`, ['nl', '', 'p']),
    mixin('expr_start'),
  ],
  object: [
    mixin('comments_and_whitespace'),
    rule(/[}]/, (lx, m) => { lx.token('p', m[0]); lx.goto('statement'); }),
    groups(`(${ID})(\\s*)(:)`, ['na', '', 'p'], 'expr_start'),
    rule(/:/, 'p'),
    mixin('root'),
  ],
  metadata: [
    rule(`(${ID})(\\()?`, (lx, m) => { lx.groups(m, ['nd', 'p']); if (!m[2]) lx.pop(); }),
    rule(`:${ID}(?:\\.${ID})*`, 'nd', '#pop'),
    rule(/\)/, 'nd', '#pop'),
    mixin('root'),
  ],
  ternary: [
    rule(/:/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
    mixin('root'),
  ],
  str_double: [
    mixin('str_escape'),
    rule(/"/, 's2', '#pop'),
    rule(/[^\\"]+/, 's2'),
  ],
  str_single: [
    mixin('str_escape'),
    rule(/'/, 's1', '#pop'),
    rule(/\$\$/, 's1'),
    rule(`\\$${ID}`, 'si'),
    rule(/\$\{/, 'si', 'str_interpol'),
    rule(/[^\\$']+/, 's1'),
  ],
  str_escape: [
    rule(/\\[\\tnr'"]/, 'se'),
    rule(/\\[0-7]{3}/, 'se'),
    rule(/\\x\h{2}/, 'se'),
    rule(/\\u\h{4}/, 'se'),
    rule(/\\u\{\h{1,6}\}/, 'se'),
  ],
  str_interpol: [
    rule(/\}/, 'si', '#pop'),
    mixin('root'),
  ],
};

export function create(): Lexer {
  return new LexerRun('haxe', states);
}
