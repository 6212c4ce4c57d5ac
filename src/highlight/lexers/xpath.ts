// xpath: XPath 3.1 — numbers, strings, $variables, axes, kind tests, function calls and named
// function references, `instance of`/`cast as`/`treat as` sequence types with occurrence
// indicators, (: nested comments :). `xpathStates` is extended by xquery.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { words } from '../regex.js';

export const DIGITS = '[0-9]+';
const DECIMAL_LITERAL = `\\.${DIGITS}|${DIGITS}\\.[0-9]*`;
const DOUBLE_LITERAL = `(\\.${DIGITS})|${DIGITS}(\\.[0-9]*)?[eE][+-]?${DIGITS}`;
export const STRING_LITERAL = `("(("")|[^"])*")|('(('')|[^'])*')`;
// Rouge's ncName is its own /i group
export const NC_NAME = '(?:[a-zA-Z_][a-zA-Z_\\-.0-9]*)';
export const Q_NAME = `(?:(?:${NC_NAME})(?::${NC_NAME})?)`;
const URI_Q_NAME = `(?:Q\\{[^{}]*\\}${NC_NAME})`;
export const EQ_NAME = `(?:${URI_Q_NAME}|${Q_NAME})`;
const OPEN_PAREN = '\\((?!:)';
// Regexp.union: escaped alternatives, in order
const KIND_TEST = words(['element', 'attribute', 'schema-element', 'schema-attribute', 'comment', 'text', 'node',
  'document-node', 'namespace-node']);
const KIND_TEST_FOR_PI = words(['processing-instruction']);
const AXES = words(['child', 'descendant', 'attribute', 'self', 'descendant-or-self', 'following-sibling', 'following',
  'namespace', 'parent', 'ancestor', 'preceding-sibling', 'preceding', 'ancestor-or-self']);
const OPERATORS = words([',', '=>', '=', ':=', ':', '>=', '>>', '>', '<=', '<<', '<', '-', '*', '!=', '+', '//', '/',
  '||', '|']);
export const XPATH_KEYWORDS = ['let', 'for', 'some', 'every', 'if', 'then', 'else', 'return', 'in', 'satisfies'];
const KEYWORDS = words(XPATH_KEYWORDS);
const WORD_OPERATORS = words(['and', 'or', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'is', 'div', 'mod', 'idiv', 'intersect',
  'except', 'union', 'to']);
const CONSTRUCTOR_TYPES = words(['function', 'array', 'map', 'empty-sequence']);

/** Rouge's XPath states (a fresh copy). */
export function xpathStates(): StateTable {
  return {
    commentsAndWhitespace: [
      rule(/\(:/, 'c', 'comment'),
      rule(/\s+/, 'w', undefined, { dotAll: true }),
    ],
    root: [
      mixin('commentsAndWhitespace'),
      rule(DOUBLE_LITERAL, 'mf'),
      rule(DECIMAL_LITERAL, 'mf'),
      rule(DIGITS, 'm'),
      rule(STRING_LITERAL, 's'),
      rule(/\$/, 'nv', 'varname'),
      rule(OPERATORS, 'o'),
      rule(`${WORD_OPERATORS}\\b`, 'ow'),
      rule(`${KEYWORDS}\\b`, 'k'),
      rule(/[?,{}()\[\]]/, 'p'),
      groups(`(function)(\\s*)(${OPEN_PAREN})`, ['k', 'w', 'p']),
      rule(/(map|array|empty-sequence)/, 'k'),
      groups(`(${KIND_TEST})(\\s*)(${OPEN_PAREN})`, ['k', 'w', 'p'], 'kindtest'),
      groups(`(${KIND_TEST_FOR_PI})(\\s*)(${OPEN_PAREN})`, ['k', 'w', 'p'], 'kindtestforpi'),
      groups(`(${EQ_NAME})(\\s*)(${OPEN_PAREN})`, ['nf', 'w', 'p']),
      groups(`(${EQ_NAME})(\\s*)(#)(\\s*)(\\d+)`, ['nf', 'w', 'nf', 'w', 'nf']),
      groups(/(cast|castable)(\s+)(as)/, ['k', 'w', 'k'], 'singletype'),
      groups(/(treat)(\s+)(as)/, ['k', 'w', 'k'], 'itemtype'),
      groups(/(instance)(\s+)(of)/, ['k', 'w', 'k'], 'itemtype'),
      rule(/(as)\b/, 'k', 'itemtype'),
      groups(`(${NC_NAME})(\\s*)(:)(\\s*)(\\*)`, ['nt', 'w', 'p', 'w', 'o']),
      groups(`(\\*)(\\s*)(:)(\\s*)(${NC_NAME})`, ['o', 'w', 'p', 'w', 'nt']),
      groups(`(${AXES})(\\s*)(::)`, ['k', 'w', 'o']),
      rule(/\.\.|\.|\*/, 'o'),
      rule(/@/, 'na', 'attrname'),
      rule(EQ_NAME, 'nt'),
    ],
    singletype: [
      mixin('commentsAndWhitespace'),
      rule(EQ_NAME, 'kt', '#pop'),
    ],
    itemtype: [
      mixin('commentsAndWhitespace'),
      rule(`(${KIND_TEST})(\\s*)(${OPEN_PAREN})`, (lx, m) => {
        lx.groups(m, ['kt', 'w', 'p']); lx.goto('occurrenceindicator'); lx.push('kindtest');
      }),
      rule(`(${KIND_TEST_FOR_PI})(\\s*)(${OPEN_PAREN})`, (lx, m) => {
        lx.groups(m, ['kt', 'w', 'p']); lx.goto('occurrenceindicator'); lx.push('kindtestforpi');
      }),
      rule(`(item)(\\s*)(${OPEN_PAREN})(\\s*)(\\))`, (lx, m) => {
        lx.groups(m, ['kt', 'w', 'p', 'w', 'p']); lx.goto('occurrenceindicator');
      }),
      groups(`(${CONSTRUCTOR_TYPES})(\\s*)(${OPEN_PAREN})`, ['kt', 'w', 'p']),
      rule(/(cast|castable)(\s+)(as)/, (lx, m) => { lx.groups(m, ['k', 'w', 'k']); lx.goto('singletype'); }),
      rule(/(treat)(\s+)(as)/, (lx, m) => { lx.groups(m, ['k', 'w', 'k']); lx.goto('itemtype'); }),
      rule(/(instance)(\s+)(of)/, (lx, m) => { lx.groups(m, ['k', 'w', 'k']); lx.goto('itemtype'); }),
      rule(/(as)\b/, 'k'),
      rule(OPERATORS, 'o', '#pop'),
      rule(`${WORD_OPERATORS}\\b`, 'ow', '#pop'),
      rule(`${KEYWORDS}\\b`, 'k', '#pop'),
      rule(/[\[),]/, 'p', '#pop'),
      rule(EQ_NAME, (lx, m) => { lx.token('kt', m[0]); lx.goto('occurrenceindicator'); }),
    ],
    kindtest: [
      mixin('commentsAndWhitespace'),
      rule(/[?*]/, 'o'),
      rule(/,/, 'p'),
      groups(`(element|schema-element)(\\s*)(${OPEN_PAREN})`, ['kt', 'w', 'p'], 'kindtest'),
      rule(EQ_NAME, 'nt'),
      rule(/\)/, 'p', '#pop'),
    ],
    kindtestforpi: [
      mixin('commentsAndWhitespace'),
      rule(NC_NAME, 'n'),
      rule(STRING_LITERAL, 's'),
      rule(/\)/, 'p', '#pop'),
    ],
    occurrenceindicator: [
      mixin('commentsAndWhitespace'),
      rule(/[?*+]/, 'o', '#pop'),
      rule(/(?![?*+])/, (lx) => lx.pop()),
    ],
    varname: [
      mixin('commentsAndWhitespace'),
      rule(`(${EQ_NAME})(\\s*)(${OPEN_PAREN})`, (lx, m) => { lx.groups(m, ['nv', 'w', 'p']); lx.pop(); }),
      rule(EQ_NAME, 'nv', '#pop'),
    ],
    attrname: [
      mixin('commentsAndWhitespace'),
      rule(EQ_NAME, 'na', '#pop'),
      rule(/\*/, 'o', '#pop'),
    ],
    comment: [
      rule(/:\)/, 'c', '#pop'),
      rule(/\(:/, 'c', 'comment'),
      rule(/[^:(]+/, 'c', undefined, { dotAll: true }),
      rule(/[:(]/, 'c'),
    ],
  };
}

const states = xpathStates();

export function create(): Lexer {
  return new LexerRun('xpath', states);
}
