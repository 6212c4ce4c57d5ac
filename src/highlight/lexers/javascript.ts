// javascript (alias js): Rouge's JavaScript lexer — identifiers classified by word lists, regex
// literals recognised only where an expression may start, template strings with ${} nesting,
// object keys (Name.Attribute) and labels. `javascriptStates` is reused by typescript.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

export interface JsWords {
  keywords: ReadonlySet<string>;
  declarations: ReadonlySet<string>;
  reserved: ReadonlySet<string>;
  constants: ReadonlySet<string>;
  builtins: ReadonlySet<string>;
}

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const JS_WORDS: JsWords = {
  keywords: set(`as async await break case catch continue debugger default delete do else export finally from
    for if import in instanceof new of return super switch this throw try typeof void while yield`),
  declarations: set('var let const with function class extends constructor get set static'),
  reserved: set('enum implements interface package private protected public'),
  constants: set('true false null NaN Infinity undefined'),
  builtins: set(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
    decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt document window
    navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array
    Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray
    Float32Array Float64Array DataView ArrayBuffer`),
};

/** An identifier: Rouge's /[\p{L}\p{Nl}$_][\p{Word}]*\/i. */
export const JS_ID = '[\\p{L}\\p{Nl}$_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*';

export function javascriptStates(w: JsWords): StateTable {
  return {
    multiline_comment: [
      rule(/[*]\//, 'cm', '#pop'),
      rule(/[^*\/]+/, 'cm'),
      rule(/[*\/]/, 'cm'),
    ],
    comments_and_whitespace: [
      rule(/\s+/, ''),
      rule(/<!--/, 'c'),
      rule(/\/\/.*?$/, 'c1'),
      rule(/\/[*]/, 'cm', 'multiline_comment'),
    ],
    expr_start: [
      mixin('comments_and_whitespace'),
      rule(/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex'); }),
      rule(/[{]/, (lx, m) => { lx.token('p', m[0]); lx.goto('object'); }),
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
      rule(/[gimuy]+/, 'sr', '#pop'),
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
      rule(/(?<=\n)(?=\s|\/|<!--)/, '', 'expr_start'),
      mixin('comments_and_whitespace'),
      rule(/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, 'o', 'expr_start'),
      rule(/[-<>+*%&|\^\/!=]=?/, 'o', 'expr_start'),
      rule(/[(\[,]/, 'p', 'expr_start'),
      rule(/;/, 'p', 'statement'),
      rule(/[)\].]/, 'p'),
      rule(/`/, 's2', 'template_string'),
      rule(/[?][.]/, 'p'),
      rule(/[?]/, (lx, m) => { lx.token('p', m[0]); lx.push('ternary'); lx.push('expr_start'); }),
      rule(/(@)(\w+)?/, (lx, m) => { lx.groups(m, ['p', 'nd']); lx.push('expr_start'); }),
      rule(/[{}]/, 'p', 'statement'),
      rule(JS_ID, (lx, m) => {
        const word = m[0];
        if (w.keywords.has(word)) { lx.token('k', word); lx.push('expr_start'); }
        else if (w.declarations.has(word)) { lx.token('kd', word); lx.push('expr_start'); }
        else if (w.reserved.has(word)) lx.token('kr', word);
        else if (w.constants.has(word)) lx.token('kc', word);
        else if (w.builtins.has(word)) lx.token('nb', word);
        else lx.token('nx', word);
      }, undefined, { ignoreCase: true }),
      rule(/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'mf'),
      rule(/0x[0-9a-fA-F]+/i, 'mh'),
      rule(/0o[0-7][0-7_]*/i, 'mo'),
      rule(/0b[01][01_]*/i, 'mb'),
      rule(/[0-9]+/, 'mi'),
      rule(/"/, 'dl', 'dq'),
      rule(/'/, 'dl', 'sq'),
      rule(/:/, 'p'),
    ],
    dq: [
      rule(/\\[\\nrt"]?/, 'se'),
      rule(/[^\\"]+/, 's2'),
      rule(/"/, 'dl', '#pop'),
    ],
    sq: [
      rule(/\\[\\nrt']?/, 'se'),
      rule(/[^\\']+/, 's1'),
      rule(/'/, 'dl', '#pop'),
    ],
    statement: [
      rule(/case\b/, (lx, m) => { lx.token('k', m[0]); lx.goto('expr_start'); }),
      groups(`(${JS_ID})(\\s*)(:)`, ['nl', '', 'p'], undefined, { ignoreCase: true }),
      mixin('expr_start'),
    ],
    object: [
      mixin('comments_and_whitespace'),
      rule(/[{]/, 'p', '#push'),
      rule(/[}]/, (lx, m) => { lx.token('p', m[0]); lx.goto('statement'); }),
      groups(`(${JS_ID})(\\s*)(:)`, ['na', '', 'p'], 'expr_start', { ignoreCase: true }),
      rule(/:/, 'p'),
      mixin('root'),
    ],
    ternary: [
      rule(/:/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
      mixin('root'),
    ],
    template_string: [
      rule(/[$]\{/, 'p', 'template_string_expr'),
      rule(/`/, 's2', '#pop'),
      rule(/\\[$`]/, 'se'),
      rule(/[^$`\\]+/, 's2'),
      rule(/[\\$]/, 's2'),
    ],
    template_string_expr: [
      rule(/\}/, 'p', '#pop'),
      mixin('root'),
    ],
  };
}

const states = javascriptStates(JS_WORDS);

export function create(): LexerRun {
  return new LexerRun('javascript', states);
}

export type { Lexer };
