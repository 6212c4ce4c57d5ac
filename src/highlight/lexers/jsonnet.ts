// jsonnet: keywords, std builtins, strings ('', "", ||| blocks |||), numbers, comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('self super local for in if then else import importstr error tailstrict assert');
const CONSTANTS = set('null true false');
const BUILTINS = set(`acos asin atan ceil char codepoint cos exp exponent filter floor force length log makeArray
  mantissa objectFields objectHas pow sin sqrt tan thisFile type abs assertEqual escapeStringBash escapeStringDollars
  escapeStringJson escapeStringPython filterMap flattenArrays foldl foldr format join lines manifestIni manifestPython
  manifestPythonVars map max min mod range set setDiff setInter setMember setUnion sort split stringChars substr
  toString uniq`);

const states: StateTable = {
  root: [
    rule(/\s+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/#.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    rule(/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]\d+)?/i, 'mf'),
    rule(/-?(?:0|[1-9]\d*)(?:e[+-]\d+)?/i, 'mi'),
    rule(/[{}:.,;+\[\]=%()]/, 'p'),
    rule(/"/, 's', 'string_double'),
    rule(/'/, 's', 'string_single'),
    rule(/\|\|\|/, 's', 'string_block'),
    rule(/\$/, 'k'),
    rule(/[a-zA-Z_][a-zA-Z0-9_]*/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : w === 'function' ? 'kd' : CONSTANTS.has(w) ? 'kc' : BUILTINS.has(w) ? 'nb' : 'nx', w);
    }),
  ],
  string: [
    rule(/\\([\\\/bfnrt]|(u[0-9a-fA-F]{4}))/, 'se'),
    rule(/\\./, 'se'),
  ],
  string_double: [
    mixin('string'),
    rule(/\\"/, 'se'),
    rule(/"/, 's', '#pop'),
    rule(/[^\\"]+/, 's'),
  ],
  string_single: [
    mixin('string'),
    rule(/'/, 's', '#pop'),
    rule(/[^\\']+/, 's'),
  ],
  string_block: [
    mixin('string'),
    rule(/[|][|][|]/, 's', '#pop'),
    rule(/[^|\\]+/, 's'),
    rule(/[|]/, 's'),
  ],
};

export function create(): Lexer {
  return new LexerRun('jsonnet', states);
}
