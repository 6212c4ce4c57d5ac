// nim (alias nimrod): keywords matched style-insensitively as Rouge does (an optional _ after
// every letter), procs, strings (raw, triple-quoted, with $interpolation), chars, numbers with
// type suffixes.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { escapeForPattern } from '../regex.js';

/** Rouge's underscorize: `proc` matches p_r_o_c too. */
const underscorize = (words: string): string =>
  words.trim().split(/\s+/).map((w) => [...w].map((c) => `${escapeForPattern(c)}_?`).join('')).join('|');

const KEYWORDS = underscorize(`addr as asm atomic bind block break case cast const continue converter defer discard
  distinct do elif else end enum except export func finally for from generic if import include interface iterator let
  macro method mixin nil object of out proc ptr raise ref return static template try tuple type using var when while
  with without yield`);
const OPWORDS = underscorize('and or not xor shl shr div mod in notin is isnot');
const PSEUDOKEYWORDS = underscorize('nil true false');
const TYPES = underscorize('int int8 int16 int32 int64 float float32 float64 bool char range array seq set string');
const NAMESPACE = underscorize('from import include');

const states: StateTable = {
  chars: [
    rule(/\\([\\abcefnrtvl"']|x[a-fA-F0-9]{2}|[0-9]{1,3})/, 'se'),
    rule(/'/, 'sc', '#pop'),
    rule(/./, 'sc'),
  ],
  strings: [
    rule(/(?<!\$)\$(\d+|#|\w+)+/, 'si'),
    rule(/[^\\'"$\n]+/, 's'),
    rule(/['"\\]/, 's'),
    rule(/\$/, 's'),
  ],
  dqs: [
    rule(/\\([\\abcefnrtvl"']|\n|x[a-fA-F0-9]{2}|[0-9]{1,3})/, 'se'),
    rule(/"/, 's', '#pop'),
    mixin('strings'),
  ],
  rdqs: [
    rule(/"(?!")/, 's', '#pop'),
    rule(/"/, 'se', '#pop'),
    mixin('strings'),
  ],
  tdqs: [
    rule(/"""(?!")/, 's', '#pop'),
    mixin('strings'),
    mixin('nl'),
  ],
  funcname: [
    rule(/((?![\d_])\w)(((?!_)\w)|(_(?!_)\w))*/, 'nf', '#pop'),
    rule(/`.+`/, 'nf', '#pop'),
  ],
  nl: [rule(/\n/, 's')],
  floatnumber: [
    rule(/\.(?!\.)[0-9_]*/, 'mf'),
    rule(/[eE][+-]?[0-9][0-9_]*/, 'mf'),
    rule(/(?:)/, '', '#pop'),
  ],
  floatsuffix: [
    rule(/'?[fF](32|64)/, 'mf'),
    rule(/(?:)/, '', '#pop'),
  ],
  intsuffix: [
    rule(/'?[iI](32|64)/, 'il'),
    rule(/'?[iI](8|16)/, 'mi'),
    rule(/'?[uU]/, 'mi'),
    rule(/(?:)/, '', '#pop'),
  ],
  root: [
    rule(/##.*$/, 'sd'),
    rule(/#.*$/, 'c'),
    rule(/\*|=|>|<|\+|-|\/|@|\$|~|&|%|!|\?|\||\\|\[|\]/, 'o'),
    rule(/\.\.|\.|,|\[\.|\.\]|{\.|\.}|\(\.|\.\)|{|}|\(|\)|:|\^|`|;/, 'p'),
    rule(/(?:\w+)"/, 's', 'rdqs'),
    rule(/"""/, 's', 'tdqs'),
    rule(/"/, 's', 'dqs'),
    rule(/'/, 'sc', 'chars'),
    rule(`(${OPWORDS})\\b`, 'ow'),
    rule(/(p_?r_?o_?c_?\s)(?![(\[\]])/, 'k', 'funcname'),
    rule(`(${KEYWORDS})\\b`, 'k'),
    rule(`(${NAMESPACE})\\b`, 'kn'),
    rule(/(v_?a_?r)\b/, 'kd'),
    rule(`(${TYPES})\\b`, 'kt'),
    rule(`(${PSEUDOKEYWORDS})\\b`, 'kp'),
    rule(/\b((?![_\d])\w)(((?!_)\w)|(_(?!_)\w))*/, 'n'),
    rule(/[0-9][0-9_]*(?=([eE.]|'?[fF](32|64)))/, (lx, m) => {
      lx.push('floatsuffix');
      lx.push('floatnumber');
      lx.token('mf', m[0]);
    }),
    rule(/0[xX][a-fA-F0-9][a-fA-F0-9_]*/, 'mh', 'intsuffix'),
    rule(/0[bB][01][01_]*/, 'm', 'intsuffix'),
    rule(/0o[0-7][0-7_]*/, 'mo', 'intsuffix'),
    rule(/[0-9][0-9_]*/, 'mi', 'intsuffix'),
    rule(/\s+/, ''),
    rule(/.+$/, 'err'),
  ],
};

export function create(): Lexer {
  return new LexerRun('nim', states);
}
