// hocon: Human-Optimized Config Object Notation — the JSON lexer with comments, unquoted keys
// and values, include directives, ${substitutions} and """multi-line""" strings.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { jsonStates } from './json.js';

const states: StateTable = jsonStates();
states.comments = [
  rule(/\/\/.*?$/, 'c1'),
  rule(/#.*?$/, 'c1'),
];
states.root = [mixin('comments'), ...states.root!];
states.object = [rule(/\b(?:include|url|file|classpath)\b/, 'k'), ...states.object!];
states.name = [
  groups(/("(?:\"|[^"\n])*?")(\s*)([:=]|(?={))/, ['nl', 'w', 'p']),
  groups(/([-\w.]+)(\s*)([:=]|(?={))/, ['nl', 'w', 'p']),
];
states.value = [
  mixin('comments'),
  rule(/\n/, 'w'),
  rule(/\s+/, 'w'),
  mixin('constants'),
  rule(/[$][{][?]?/, 'si', 'interpolation'),
  rule(/"""/, 's2', 'multiline_string'),
  rule(/"/, 's2', 'string'),
  rule(/\[/, 'p', 'array'),
  rule(/{/, 'p', 'object'),
  rule(/[()=]/, 'p'),
  rule(/[^$"{}\[\]:=,\+#`^?!@*&]+?/, 'l'),
];
states.interpolation = [
  rule(/[\w\-\.]+?/, 'nv'),
  rule(/}/, 'si', '#pop'),
];
states.string = [
  rule(/[$][{][?]?/, 'si', 'interpolation'),
  rule(/[^\\"\${]+/, 's2'),
  ...states.string!,
];
states.multiline_string = [
  rule(/"[^"]{1,2}/, 's2'),
  mixin('string'),
  rule(/"""/, 's2', '#pop'),
];
states.constants = [rule(/\d+\.(\d+\.?){3,}/, 'l'), ...states.constants!];

export function create(): Lexer {
  return new LexerRun('hocon', states);
}
