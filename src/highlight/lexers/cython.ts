// cython (aliases pyx, pyrex): the Python lexer plus Cython's cdef/cpdef/ctypedef declarations
// (C types as Keyword.Type, indented cdef blocks), cimport, struct, and calls named as functions.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { PYTHON_WORDS, pythonStates } from './python.js';

const KEYWORDS = new Set([...PYTHON_WORDS.keywords, 'by', 'except?', 'fused', 'gil', 'nogil']);
const C_KEYWORDS = new Set(['public', 'readonly', 'extern', 'api', 'inline', 'enum', 'union']);
const IDENTIFIER = '[a-zA-Z_]\\w*';
const DOTTED_IDENTIFIER = '[a-zA-Z_.][\\w.]*';

const states: StateTable = pythonStates({ ...PYTHON_WORDS, keywords: KEYWORDS }, create);

states.root = [
  rule(/cp?def|ctypedef/, (lx, m) => { lx.token('k', m[0]); lx.push('c_definitions'); lx.push('c_start'); }),
  groups(`(from)((?:\\\\\\s|\\s)+)(${DOTTED_IDENTIFIER})((?:\\\\\\s|\\s)+)(cimport)`, ['kn', '', 'nn', '', 'kn']),
  groups(`(cimport)(\\s+)(${DOTTED_IDENTIFIER})`, ['kn', '', 'nn']),
  groups(/(struct)((?:\\\s|\s)+)/, ['k', ''], 'classname'),
  mixin('func_call_fix'),
  rule(/[(,]/, 'p', 'c_start'),
  ...states.root!,
];
states.classname = [rule(/(?:\\\s|\s)+/, ''), ...states.classname!];
states.funcname = [rule(/(?:\\\s|\s)+/, ''), ...states.funcname!];
states.func_call_fix = [
  rule(`${IDENTIFIER}(?=\\()`, (lx, m) => {
    const w = m[0];
    lx.token(KEYWORDS.has(w) ? 'k'
      : PYTHON_WORDS.exceptions.has(w) || PYTHON_WORDS.builtins.has(w) ? 'nb'
      : PYTHON_WORDS.builtinsPseudo.has(w) ? 'bp'
      : 'nf', w);
  }),
];
states.c_start = [
  rule(/[^\S\n]+/, ''),
  rule(/cp?def|ctypedef/, 'k'),
  rule(/(?:un)?signed/, 'kt'),
  rule(`${IDENTIFIER}(?=(?:\\*+)|(?:[ \\t]*\\[)|(?:[ \\t]+\\w))`, (lx, m) => {
    const w = m[0];
    if (KEYWORDS.has(w)) { lx.token('k', w); lx.pop(); }
    else if (w === 'def') { lx.token('k', w); lx.goto('funcname'); }
    else if (w === 'struct' || w === 'class') { lx.token('kr', w); lx.goto('classname'); }
    else if (C_KEYWORDS.has(w)) lx.token('kr', w);
    else { lx.token('kt', w); lx.pop(); }
  }),
  rule(/(?:)/, (lx) => lx.pop()),
];
states.c_definitions = [
  rule(/\n/, '', 'c_indent'),
  mixin('root'),
];
states.c_indent = [
  rule(/[ \t]+/, (lx, m) => {
    lx.token('', m[0]);
    lx.goto('c_start');
    const indentation = lx.vars.indentation as string | null;
    if (indentation === null) {
      lx.vars.indentation = m[0];
    } else if (indentation.length > m[0].length) {
      lx.vars.indentation = null;
      lx.pop(2);
    }
  }),
  rule(/(?:)/, (lx) => { lx.vars.indentation = null; lx.resetStack(); }),
];

export function create(): Lexer {
  return new LexerRun('cython', states, (lx) => {
    lx.vars.strings = [];
    lx.vars.indentation = null;
  });
}
