// minizinc: MiniZinc constraint models — keywords, types, builtins and set operators, ::
// annotations, function calls, numbers, strings, % and /* */ comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const BUILTINS = set(`abort abs acosh array_intersect array_union array1d array2d array3d array4d array5d array6d asin
  assert atan bool2int card ceil concat cos cosh dom dom_array dom_size fix exp floor index_set index_set_1of2
  index_set_2of2 index_set_1of3 index_set_2of3 index_set_3of3 int2float is_fixed join lb lb_array length ln log log2
  log10 min max pow product round set2array show show_int show_float sin sinh sqrt sum tan tanh trace ub ub_array`);
const KEYWORDS = set(`ann annotation any constraint else endif function for forall if include list of op output
  minimize maximize par predicate record satisfy solve test then type var where`);
const KEYWORDS_TYPE = set('array set bool enum float int string tuple');
const OPERATORS = set('in subset superset union diff symdiff intersect');

const states: StateTable = {
  root: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/\\\n/, 'w', undefined, { dotAll: true }),
    rule(/%.*/, 'c1'),
    rule(/\/(\\\n)?[*](.|\n)*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(/not|<->|->|<-|\\\/|xor|\/\\/, 'o'),
    rule(/<|>|<=|>=|==|=|!=/, 'o'),
    rule(/\+|-|\*|\/|div|mod/, 'o'),
    rule(/\\|\.\.|\+\+/, 'o'),
    rule(/[|()\[\]{},:;]/, 'p'),
    rule(/(true|false)\b/, 'kc'),
    rule(/([+-]?)\d+(\.(?!\.)\d*)?([eE][-+]?\d+)?/, 'm'),
    rule(/[$a-zA-Z_]\w*/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : KEYWORDS_TYPE.has(w) ? 'kt' : BUILTINS.has(w) ? 'nb' : OPERATORS.has(w) ? 'o' : 'nx', w);
    }),
    rule(/::\s*([^\W\d]\w*)(\s*\([^\)]*\))?/, 'nd'),
    groups(/\b([^\W\d]\w*)\b(\()/, ['nf', 'p']),
    rule(/[^\W\d]\w*/, 'nx'),
  ],
};

export function create(): Lexer {
  return new LexerRun('minizinc', states);
}
