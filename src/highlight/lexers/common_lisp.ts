// common_lisp (aliases cl, common-lisp, elisp, emacs-lisp, lisp): symbols classified by Rouge's
// word lists (builtins, special forms, macros, lambda-list keywords, types, classes), nested
// #| |# comments, sharpsign syntax (#\c, #'f, #x…, #c(…), #+nil forms), numbers that must be
// followed by a terminating character. Every `(` pushes a state; an unmatched `)` is an Error.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './common_lisp-words.js';

const BUILTIN_FUNCTIONS = new Set(W.BUILTIN_FUNCTIONS);
const SPECIAL_FORMS = new Set(W.SPECIAL_FORMS);
const MACROS = new Set(W.MACROS);
const LAMBDA_LIST_KEYWORDS = new Set(W.LAMBDA_LIST_KEYWORDS);
const DECLARATIONS = new Set(W.DECLARATIONS);
const BUILTIN_TYPES = new Set(W.BUILTIN_TYPES);
const BUILTIN_CLASSES = new Set(W.BUILTIN_CLASSES);

const NONMACRO = '(?:\\\\.|[a-zA-Z0-9!$%&*+-\\/<=>?@\\[\\]^_{}~])';
const CONSTITUENT = `(?:${NONMACRO}|[#.:])`;
const TERMINATED = '(?=[ "\'()\\n,;`])';
const SYMBOL = `(\\|[^\\|]+\\||${NONMACRO}${CONSTITUENT}*)`;

function symbolToken(sym: string): string {
  if (BUILTIN_FUNCTIONS.has(sym)) return 'nb';
  if (SPECIAL_FORMS.has(sym)) return 'k';
  if (MACROS.has(sym)) return 'nb';
  if (LAMBDA_LIST_KEYWORDS.has(sym)) return 'k';
  if (DECLARATIONS.has(sym)) return 'k';
  if (BUILTIN_TYPES.has(sym)) return 'kt';
  if (BUILTIN_CLASSES.has(sym)) return 'nc';
  return 'nv';
}

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/;.*$/, 'c1'),
    rule(/#\|/, 'cm', 'multiline_comment'),
    rule(/#\d*Y.*$/, 'cs'),
    rule(/"(\\.|[^"\\])*"/, 's'),
    rule(`[:']${SYMBOL}`, 'ss'),
    rule(/['`]/, 'o'),
    rule(`[-+]?\\d+\\.?${TERMINATED}`, 'mi'),
    rule(`[-+]?\\d+\\/\\d+${TERMINATED}`, 'mi'),
    rule(`[-+]?(\\d*\\.\\d+([defls][-+]?\\d+)?|\\d+(\\.\\d*)?[defls][-+]?\\d+)${TERMINATED}`, 'mf'),
    rule(`#\\\\.${TERMINATED}`, 'sc'),
    rule(`#\\\\${SYMBOL}`, 'sc'),
    rule(/#\(/, 'o', 'root'),
    rule(/#\d*\*[01]*/, 'x'),
    rule(`#:${SYMBOL}`, 'ss'),
    rule(/#[.,]/, 'o'),
    rule(/#'/, 'nf'),
    rule(/#b[+-]?[01]+(\/[01]+)?/i, 'm'),
    rule(/#o[+-]?[0-7]+(\/[0-7]+)?/i, 'mo'),
    rule(/#x[+-]?[0-9a-f]+(\/[0-9a-f]+)?/i, 'm'),
    groups(/(#c)(\()/i, ['m', 'p'], 'root'),
    groups(/(#(?:\d+a|s))(\()/i, ['sx', 'p'], 'root'),
    rule(/#p?"(\\.|[^"])*"/i, 'ss'),
    rule(/#\d+[=#]/, 'o'),
    // Rouge's pattern is /#+nil…/: `+` quantifies the `#`, so `#+nil (…)` itself is not matched here
    rule(`#+nil${TERMINATED}\\s*\\(`, 'c', 'commented_form'),
    rule(/#[+-]/, 'o'),
    rule(/(,@|,|\.)/, 'o'),
    rule(`(t|nil)${TERMINATED}`, 'no'),
    rule(`\\*${SYMBOL}\\*`, 'vg'),
    rule(SYMBOL, (lx, m) => lx.token(symbolToken(m[0]), m[0])),
    rule(/\(/, 'p', 'root'),
    rule(/\)/, (lx, m) => {
      if (lx.stack.length === 1) {
        lx.token('err', m[0]);
      } else {
        lx.token('p', m[0]);
        lx.pop();
      }
    }),
  ],
  multiline_comment: [
    rule(/#\|/, 'cm', 'multiline_comment'),
    rule(/\|#/, 'cm', '#pop'),
    rule(/[^\|#]+/, 'cm'),
    rule(/[\|#]/, 'cm'),
  ],
  commented_form: [
    rule(/\(/, 'c', 'commented_form'),
    rule(/\)/, 'c', '#pop'),
    rule(/[^()]+/, 'c'),
  ],
};

export function create(): Lexer {
  return new LexerRun('common_lisp', states);
}
