// swift: Rouge's Swift lexer — declarations and attributes, access modifiers with setters,
// #selector/#available, function calls, labels, types by capital letter, nested comments,
// string interpolation \( … ).

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const ID_HEAD = '(?:_|(?!\\p{Mc})\\p{Alphabetic}|[^\\u0000-\\uFFFF])';
const ID_REST = '(?:[\\p{Alphabetic}\\p{Nd}_]|[^\\u0000-\\uFFFF])';
const ID = `(?:${ID_HEAD}${ID_REST}*)`;

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`await break case continue default do else fallthrough if in for return switch where while try
  catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__
  associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix precedence
  prefix set unowned weak willSet throws rethrows precedencegroup`);
const DECLARATIONS = set(`actor class deinit enum convenience extension final func import init internal lazy let
  nonisolated optional private protocol public required static struct subscript typealias var dynamic indirect
  associatedtype open fileprivate some`);
const CONSTANTS = set('true false nil');
const UPPER_START = /^\p{Uppercase}/mu;

const states: StateTable = {
  bol: [
    rule(/#.*/, 'cp'),
    mixin('inline_whitespace'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  inline_whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    mixin('has_comments'),
  ],
  whitespace: [
    rule(/\n+/, '', 'bol', { dotAll: true }),
    rule(/\/\/.*?$/, 'c1', 'bol'),
    mixin('inline_whitespace'),
  ],
  has_comments: [rule(/\/[*]/, 'cm', 'nested_comment')],
  nested_comment: [
    mixin('has_comments'),
    rule(/[*]\//, 'cm', '#pop'),
    rule(/[^*\/]+/, 'cm', undefined, { dotAll: true }),
    rule(/./, 'cm'),
  ],
  root: [
    mixin('whitespace'),
    rule(/\$(([1-9]\d*)?\d)/, 'nv'),
    rule(/[()\[\]{}:;,?\\]/, 'p'),
    rule(/[-\/=+*%<>!&|^.~]+/, 'o'),
    rule(/@?"/, 's', 'dq'),
    rule(/'(\\.|.)'/, 'sc'),
    rule(/(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?/i, 'mf'),
    rule(/\d+e[+-]?[0-9]+/i, 'mf'),
    rule(/0o?[0-7]+(?:_[0-7]+)*/, 'mo'),
    rule(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?/, 'mh'),
    rule(/0b[01]+(?:_[01]+)*/, 'mb'),
    rule(/[\d]+(?:_\d+)*/, 'mi'),
    rule(`@${ID}`, 'kd'),
    rule(/(private|internal)(\([ ]*)(\w+)([ ]*\))/, (lx, m) => {
      if (m[3] === 'set') lx.token('kd', m[0]);
      else lx.groups(m, ['kd', 'kd', 'err', 'kd']);
    }),
    rule(/(unowned\([ ]*)(\w+)([ ]*\))/, (lx, m) => {
      if (m[2] === 'safe' || m[2] === 'unsafe') lx.token('kd', m[0]);
      else lx.groups(m, ['kd', 'err', 'kd']);
    }),
    rule(/#available\([^)]+\)/, 'kd'),
    groups(/(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))/, ['kd', 'nf', 'kd']),
    rule(/#(line|file|column|function|dsohandle)/, 'kd'),
    groups(`(let|var)\\b(\\s*)(${ID})`, ['k', '', 'nv']),
    groups(/(let|var)\b(\s*)([(])/, ['k', '', 'p'], 'tuple'),
    rule(`(?!\\b(if|while|for|private|internal|unowned|switch|case)\\b)\\b${ID}(?=(\\?|!)?\\s*[(])`, (lx, m) => {
      lx.token(UPPER_START.test(m[0]) ? 'kt' : 'nf', m[0]);
    }),
    rule(/as[?!]?(?=\s)/, 'k'),
    rule(/try[!]?(?=\s)/, 'k'),
    groups(`(#?(?!default)(?!\\p{Uppercase})${ID})(\\s*)(:)`, ['nv', '', 'p']),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : DECLARATIONS.has(w) ? 'kd' : CONSTANTS.has(w) ? 'kc'
        : UPPER_START.test(w) ? 'kt' : 'n', w);
    }),
    groups(`(\`)(${ID})(\`)`, ['p', 'nv', 'p']),
  ],
  tuple: [
    rule(`(${ID})`, 'nv'),
    groups(`(\`)(${ID})(\`)`, ['p', 'nv', 'p']),
    rule(/,/, 'p'),
    rule(/[(]/, 'p', '#push'),
    rule(/[)]/, 'p', '#pop'),
    mixin('inline_whitespace'),
  ],
  dq: [
    rule(/\\[\\0tnr'"]/, 'se'),
    rule(/\\[(]/, 'se', 'interp'),
    rule(/\\u\{\h{1,8}\}/, 'se'),
    rule(/[^\\"]+/, 's'),
    rule(/"""/, 's', '#pop'),
    rule(/"/, 's', '#pop'),
  ],
  interp: [
    rule(/[(]/, 'p', 'interp_inner'),
    rule(/[)]/, 'se', '#pop'),
    mixin('root'),
  ],
  interp_inner: [
    rule(/[(]/, 'p', '#push'),
    rule(/[)]/, 'p', '#pop'),
    mixin('root'),
  ],
};

export function create(): Lexer {
  return new LexerRun('swift', states, (lx) => lx.push('bol'));
}
