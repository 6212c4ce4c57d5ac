// lua: comments and long brackets, keywords, builtin functions (Rouge's generated module lists),
// function names, gsub patterns, strings. As in Rouge, a decimal float is only recognised when
// a quote follows it (its float pattern ends with `'`); otherwise digits lex as integers.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { LUA_BUILTINS } from './lua-builtins.js';

const BUILTINS = new Set([...LUA_BUILTINS.values()].flat());

const states: StateTable = {
  root: [
    rule(/#!(.*?)$/, 'cp'),
    rule(/(?:)/, '', 'base'),
  ],
  base: [
    rule(/--\[(=*)\[.*?\]\1\]/, 'cm', undefined, { dotAll: true }),
    rule(/--.*$/, 'c1'),
    rule(/(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'/i, 'mf'),
    rule(/\d+e[+-]?\d+/i, 'mf'),
    rule(/0x[0-9a-f]*/i, 'mh'),
    rule(/\d+/, 'mi'),
    rule(/\n/, ''),
    rule(/[^\S\n]/, ''),
    rule(/\[(=*)\[.*?\]\1\]/, 's', undefined, { dotAll: true }),
    rule(/(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*\/%^<>#])/, 'o'),
    rule(/[\[\]{}().,:;]/, 'p'),
    rule(/(and|or|not)\b/, 'ow'),
    rule(/(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b/, 'k'),
    rule(/(local)\b/, 'kd'),
    rule(/(true|false|nil)\b/, 'kc'),
    rule(/(function)\b/, 'k', 'function_name'),
    rule(/[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?/, (lx, m) => {
      const name = m[0];
      if (name === 'gsub') {
        lx.token('nb', name);
        lx.push('gsub');
      } else if (BUILTINS.has(name)) {
        lx.token('nb', name);
      } else if (name.includes('.')) {
        const dot = name.indexOf('.');
        lx.token('n', name.slice(0, dot));
        lx.token('p', '.');
        lx.token('n', name.slice(dot + 1));
      } else {
        lx.token('n', name);
      }
    }),
    rule(/'/, 's1', 'escape_sqs'),
    rule(/"/, 's2', 'escape_dqs'),
  ],
  function_name: [
    rule(/\s+/, ''),
    rule(/(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)/, (lx, m) => { lx.groups(m, ['nc', 'p', 'nf']); lx.pop(); }),
    rule(/\(/, 'p', '#pop'),
  ],
  gsub: [
    rule(/\)/, 'p', '#pop'),
    rule(/[(,]/, 'p'),
    rule(/\s+/, ''),
    rule(/"/, 'sr', 'regex'),
  ],
  regex: [
    rule(/"/, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex_end'); }),
    rule(/\[\^?/, 'se', 'regex_group'),
    rule(/\\./, 'se'),
    rule(/[(][?][:=<!]/, 'se'),
    rule(/[{][\d,]+[}]/, 'se'),
    rule(/[()?]/, 'se'),
    rule(/./, 'sr'),
  ],
  regex_end: [
    rule(/[$]+/, 'sr', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  regex_group: [
    rule(/\//, 'se'),
    rule(/\]/, 'se', '#pop'),
    groups(/(\\)(.)/, ['se', 'sr']),
    rule(/./, 'sr'),
  ],
  escape_sqs: [mixin('string_escape'), mixin('sqs')],
  escape_dqs: [mixin('string_escape'), mixin('dqs')],
  string_escape: [rule(/\\([abfnrtv\\"']|\d{1,3})/, 'se')],
  sqs: [rule(/'/, 's1', '#pop'), rule(/[^']+/, 's1')],
  dqs: [rule(/"/, 's2', '#pop'), rule(/[^"]+/, 's2')],
};

export function create(): Lexer {
  return new LexerRun('lua', states);
}
