// gdscript (alias gd): Godot's GDScript — keywords, builtin functions and types (Rouge's pattern
// lists, generated), func/class names, strings (also triple-quoted) with escapes and % formats.

import { LexerRun, groups, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';
import * as W from './gdscript-words.js';

const FORMAT = /%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]/;

function strings(tok: string, quote: string, other: string): Rule[] {
  return [
    rule(FORMAT, 'si'),
    rule(`[^\\\\${quote}%\\n]+`, tok),
    rule(`[${other}\\\\]`, tok),
    rule(/%/, tok),
  ];
}

const states: StateTable = {
  root: [
    rule(/\n/, ''),
    rule(/[^\S\n]+/, ''),
    rule(/#.*/, 'c1'),
    rule(/[\[\]{}:(),;]/, 'p'),
    rule(/\\\n/, ''),
    rule(/(in|and|or|not)\b/, 'ow'),
    rule(/!=|==|<<|>>|&&|\+=|-=|\*=|\/=|%=|&=|\|=|\|\||[-~+\/*%=<>&^.!|$]/, 'o'),
    groups(/(func)((?:\s|\\)+)/, ['k', ''], 'funcname'),
    groups(/(class)((?:\s|\\)+)/, ['k', ''], 'classname'),
    mixin('keywords'),
    mixin('builtins'),
    rule(/"""/, 's2', 'escape_tdqs'),
    rule(/'''/, 's2', 'escape_tsqs'),
    rule(/"/, 's2', 'escape_dqs'),
    rule(/'/, 's2', 'escape_sqs'),
    mixin('name'),
    mixin('numbers'),
  ],
  keywords: [
    rule(`\\b(${W.KEYWORDS_SOURCE})\\b`, 'k'),
    rule(`\\b(${W.KEYWORDS_RESERVED_SOURCE})\\b`, 'kr'),
  ],
  builtins: [
    rule(`\\b(${W.BUILTINS_SOURCE})\\b`, 'nb'),
    rule(/\b((self|false|true)|(PI|TAU|NAN|INF))\b/, 'bp'),
    rule(`\\b(${W.BUILTINS_TYPE_SOURCE})\\b`, 'kt'),
  ],
  numbers: [
    rule(/(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?/, 'mf'),
    rule(/\d+[eE][+-]?[0-9]+j?/, 'mf'),
    rule(/0[xX][a-fA-F0-9]+/, 'mh'),
    rule(/\d+j?/, 'mi'),
  ],
  name: [rule(/[a-zA-Z_]\w*/, 'n')],
  funcname: [rule(/[a-zA-Z_]\w*/, 'nf', '#pop')],
  classname: [rule(/[a-zA-Z_]\w*/, 'nc', '#pop')],
  string_escape: [
    rule(/\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, 'se'),
  ],
  strings_single: strings('s1', "'", '"'),
  strings_double: strings('s2', '"', "'"),
  dqs: [
    rule(/"/, 's2', '#pop'),
    rule(/\\\\|\\"|\\\n/, 'se'),
    mixin('strings_double'),
  ],
  escape_dqs: [mixin('string_escape'), mixin('dqs')],
  sqs: [
    rule(/'/, 's1', '#pop'),
    rule(/\\\\|\\'|\\\n/, 'se'),
    mixin('strings_single'),
  ],
  escape_sqs: [mixin('string_escape'), mixin('sqs')],
  tdqs: [
    rule(/"""/, 's2', '#pop'),
    mixin('strings_double'),
    rule(/\n/, 's2'),
  ],
  escape_tdqs: [mixin('string_escape'), mixin('tdqs')],
  tsqs: [
    rule(/'''/, 's1', '#pop'),
    mixin('strings_single'),
    rule(/\n/, 's1'),
  ],
  escape_tsqs: [mixin('string_escape'), mixin('tsqs')],
};

export function create(): Lexer {
  return new LexerRun('gdscript', states);
}
