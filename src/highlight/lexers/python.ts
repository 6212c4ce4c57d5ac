// python (alias py): Rouge's Python lexer — keywords/builtins/exceptions by word list, def/class
// names, imports, numbers, and strings with prefixes (r, f, b, u) where f-strings lex their
// {expressions} as Python again. `pythonStates` is reused by cython with its own word sets.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export interface PythonWords {
  keywords: ReadonlySet<string>;
  builtins: ReadonlySet<string>;
  builtinsPseudo: ReadonlySet<string>;
  exceptions: ReadonlySet<string>;
}

const KEYWORDS = words(`
  assert break continue del elif else except exec finally for
  global if lambda pass print raise return try while yield
  as with from import yield async await nonlocal
`);
const BUILTINS = words(`
  __import__ abs all any apply ascii basestring bin bool buffer
  bytearray bytes callable chr classmethod cmp coerce compile complex delattr
  dict dir divmod enumerate eval execfile exit file filter float
  format frozenset getattr globals hasattr hash hex id input int
  intern isinstance issubclass iter len list locals long map max
  memoryview min next object oct open ord pow property range
  raw_input reduce reload repr reversed round set setattr slice sorted
  staticmethod str sum super tuple type unichr unicode vars xrange
  zip
`);
const BUILTINS_PSEUDO = words(`
  self None Ellipsis NotImplemented False True
`);
const EXCEPTIONS = words(`
  ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
  ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError
  FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError
  KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError
  OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration
  StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError
  UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError
`);

export const PYTHON_WORDS: PythonWords = {
  keywords: KEYWORDS, builtins: BUILTINS, builtinsPseudo: BUILTINS_PSEUDO, exceptions: EXCEPTIONS,
};

export const ID = '[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}_]*';
export const DOTTED_ID = '[\\p{Alphabetic}_.][\\p{Alphabetic}\\p{Nd}_.]*';
const DIGITS = '[0-9](_?[0-9])*';
const DECIMAL = `((${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const EXPONENT = `e[+-]?${DIGITS}`;

/** The open strings, innermost last: [prefix letters lowercased, delimiter]. */
type StringStack = Array<[type: string, delim: string]>;
const strings = (lx: LexerRun): StringStack => lx.vars.strings as StringStack;
const current = (lx: LexerRun): [string, string] => strings(lx)[strings(lx).length - 1] ?? ['', ''];

/** Rouge's Python states over a word set; `fresh` makes a new lexer of the same kind (f-strings). */
export function pythonStates(w: PythonWords, fresh: () => Lexer): StateTable {
  return {
    root: [
      rule(/\n+/, '', undefined, { dotAll: true }),
      groups(/^(:)(\s*)([ru]{0,2}""".*?""")/, ['p', '', 'sd'], undefined, { ignoreCase: true, dotAll: true }),
      rule(/[^\S\n]+/, ''),
      rule(/#(.*)?\n?/, 'c1'),
      rule(/[\[\]{}:(),;.]/, 'p'),
      rule(/\\\n/, ''),
      rule(/\\/, ''),
      rule(/(in|is|and|or|not)\b/, 'ow'),
      rule(/(<<|>>|\/\/|\*\*)=?/, 'o'),
      rule(/[-~+\/*%=<>&^|@]=?|!=/, 'o'),
      groups(`(from)((?:\\\\\\s|\\s)+)(${DOTTED_ID})((?:\\\\\\s|\\s)+)(import)`, ['kn', '', 'nn', '', 'kn']),
      groups(`(import)(\\s+)(${DOTTED_ID})`, ['kn', '', 'nn']),
      groups(/(def)((?:\s|\\\s)+)/, ['k', ''], 'funcname'),
      groups(/(class)((?:\s|\\\s)+)/, ['k', ''], 'classname'),
      rule(/`.*?`/, 'sb'),
      rule(/([rfbu]{0,2})('''|"""|['"])/i, (lx, m) => {
        lx.groups(m, ['sa', 's']);
        strings(lx).push([m[1]!.toLowerCase(), m[2]!]);
        lx.push('generic_string');
      }),
      rule(`@${DOTTED_ID}`, 'nd', undefined, { ignoreCase: true }),
      rule(`(?<!\\.)${ID}`, (lx, m) => {
        const word = m[0];
        if (w.keywords.has(word)) lx.token('k', word);
        else if (w.exceptions.has(word) || w.builtins.has(word)) lx.token('nb', word);
        else if (w.builtinsPseudo.has(word)) lx.token('bp', word);
        else lx.token('n', word);
      }),
      rule(ID, 'n'),
      rule(`${DECIMAL}(${EXPONENT})?j?`, 'mf', undefined, { ignoreCase: true }),
      rule(`${DIGITS}${EXPONENT}j?`, 'mf', undefined, { ignoreCase: true }),
      rule(`${DIGITS}j`, 'mf', undefined, { ignoreCase: true }),
      rule(/0b(_?[0-1])+/i, 'mb'),
      rule(/0o(_?[0-7])+/i, 'mo'),
      rule(/0x(_?[a-f0-9])+/i, 'mh'),
      rule(/\d+L/, 'il'),
      rule(/([1-9](_?[0-9])*|0(_?0)*)/, 'mi'),
    ],
    funcname: [rule(ID, 'nf', '#pop')],
    classname: [rule(ID, 'nc', '#pop')],
    generic_string: [
      rule(/[^'"\\{]+/, 's'),
      rule(/\{\{/, 's'),
      rule(/'''|"""|['"]/, (lx, m) => {
        lx.token('s', m[0]);
        if (current(lx)[1] === m[0]) {
          strings(lx).pop();
          lx.pop();
        }
      }),
      rule(/(?=\\)/, 's', 'generic_escape'),
      rule(/\{/, (lx, m) => {
        if (current(lx)[0].includes('f')) {
          lx.token('si', m[0]);
          lx.push('generic_interpol');
        } else {
          lx.token('s', m[0]);
        }
      }),
    ],
    generic_escape: [
      rule(/\\([\\abfnrtv"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, (lx, m) => {
        lx.token(current(lx)[0].includes('r') ? 's' : 'se', m[0]);
        lx.pop();
      }),
      rule(/\\./, 's', '#pop'),
    ],
    generic_interpol: [
      rule(/[^{}!:]+/, (lx, m) => lx.recurse(m[0], fresh)),
      rule(/![asr]/, 'si'),
      rule(/:/, 'si'),
      rule(/\{/, 'si', 'generic_interpol'),
      rule(/\}/, 'si', '#pop'),
    ],
  };
}

const states = pythonStates(PYTHON_WORDS, create);

export function create(): Lexer {
  return new LexerRun('python', states, (lx) => { lx.vars.strings = []; });
}
