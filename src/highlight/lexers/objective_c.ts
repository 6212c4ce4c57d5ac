// objective_c (aliases objc, obj-c, obj_c, objectivec): the C lexer plus Objective-C — @-literals
// and keywords, [receiver message:args] sends, @interface/@implementation names, method
// definitions (- (type)name:(type)arg). `objcExtend` adds the same to the C++ states for
// objective_cpp, as Rouge's ObjectiveCCommon does.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { C_WORDS, cStates } from './c.js';

const ID = '(?:[a-zA-Z$_][a-zA-Z0-9$_]*)';
const AT_KEYWORDS = new Set(`selector private protected public encode synchronized try throw catch finally end property
  synthesize dynamic optional interface implementation import autoreleasepool`.trim().split(/\s+/));
const AT_BUILTINS = new Set(['true', 'false', 'YES', 'NO']);

/** Objective-C's Name.Builtin words (Rouge's ObjectiveCCommon.builtins). */
export const OBJC_BUILTINS: ReadonlySet<string> = new Set(['YES', 'NO', 'nil']);

/** Adds Objective-C's rules and states to a C or C++ state table (in place); `fresh` for recursion. */
export function objcExtend(states: StateTable, fresh: () => Lexer): StateTable {
  states.statements = [
    rule(/@"/, 's', 'string'),
    rule(/@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')/, 'sc'),
    rule(/@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?/i, 'mf'),
    rule(/@(\d+[.]\d*|[.]\d+|\d+f)f?/i, 'mf'),
    rule(/@0x\h+[lL]?/, 'mh'),
    rule(/@0[0-7]+l?/i, 'mo'),
    rule(/@\d+l?/, 'mi'),
    rule(/\bin\b/, 'k'),
    rule(/@(?:interface|implementation)\b/, 'k', 'objc_classname'),
    rule(/@(?:class|protocol)\b/, 'k', 'forward_classname'),
    rule(/@([\p{Alphabetic}\p{Nd}]+)/u, (lx, m) => {
      lx.token(AT_KEYWORDS.has(m[1]!) ? 'k' : AT_BUILTINS.has(m[1]!) ? 'nb' : 'err', m[0]);
    }),
    rule(/[?]/, 'p', 'ternary'),
    rule(/\[/, 'p', 'message'),
    rule(/@\[/, 'p', 'array_literal'),
    rule(/@\{/, 'p', 'dictionary_literal'),
    ...states.statements!,
  ];

  Object.assign(states, {
    ternary: [rule(/:/, 'p', '#pop'), mixin('statements')],
    message_shared: [
      rule(/\]/, 'p', '#pop'),
      rule(/\{/, 'p', '#pop'),
      rule(/;/, 'err'),
      mixin('statements'),
    ],
    message: [
      rule(`(${ID})(\\s*)(:)`, (lx, m) => { lx.groups(m, ['nf', '', 'p']); lx.goto('message_with_args'); }),
      rule(`(${ID})(\\s*)(\\])`, (lx, m) => { lx.groups(m, ['nf', '', 'p']); lx.pop(); }),
      mixin('message_shared'),
    ],
    message_with_args: [
      rule(/\{/, 'p', 'function'),
      rule(`(${ID})(\\s*)(:)`, (lx, m) => { lx.groups(m, ['nf', '', 'p']); lx.pop(); }),
      mixin('message_shared'),
    ],
    array_literal: [rule(/]/, 'p', '#pop'), rule(/,/, 'p'), mixin('statements')],
    dictionary_literal: [rule(/}/, 'p', '#pop'), rule(/,/, 'p'), mixin('statements')],
    objc_classname: [
      mixin('whitespace'),
      rule(`(${ID})(\\s*)(:)(\\s*)(${ID})`, (lx, m) => { lx.groups(m, ['nc', '', 'p', '', 'nc']); lx.pop(); }),
      rule(`(${ID})(\\s*)([(])(\\s*)(${ID})(\\s*)([)])`, (lx, m) => { lx.groups(m, ['nc', '', 'p', '', 'nl', '', 'p']); lx.pop(); }),
      rule(ID, 'nc', '#pop'),
    ],
    forward_classname: [
      mixin('whitespace'),
      groups(`(${ID})(\\s*)(,)(\\s*)`, ['nc', '', 'p', ''], '#push'),
      rule(`(${ID})(\\s*)(;?)`, (lx, m) => { lx.groups(m, ['nc', '', 'p']); lx.pop(); }),
    ],
    method_definition: [
      rule(/,/, 'p'),
      rule(/[.][.][.]/, 'p'),
      rule(`([(].*?[)])(${ID})`, (lx, m) => { lx.recurse(m[1]!, fresh); lx.token('nv', m[2]); }),
      groups(`(${ID})(\\s*)(:)`, ['nf', '', 'p'], undefined, { dotAll: true }),
      rule(/;/, 'p', '#pop'),
      rule(/{/, (lx, m) => { lx.token('p', m[0]); lx.goto('function'); }),
      mixin('inline_whitespace'),
      rule(/\/\/.*?\n/, 'c1'),
      rule(/\s+/, '', undefined, { dotAll: true }),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
  } satisfies StateTable);

  states.root = [
    rule(`([-+])(\\s*)([(].*?[)])?(\\s*)(?=${ID}:?)`, (lx, m) => {
      lx.token('k', m[1]);
      lx.token('', m[2]);
      if (m[3] !== undefined) lx.recurse(m[3], fresh);
      lx.token('', m[4]);
      lx.push('method_definition');
    }, undefined, { ignoreCase: true }),
    ...states.root!,
  ];
  return states;
}

const states = objcExtend(cStates({ ...C_WORDS, builtins: OBJC_BUILTINS }, create), create);

export function create(): Lexer {
  return new LexerRun('objective_c', states, (lx) => lx.push('bol'));
}
