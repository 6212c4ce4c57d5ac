// ruby (alias rb): Rouge's Ruby lexer — keywords, builtins, symbols, %-sigil strings with their own
// delimiters, interpolation, heredocs (queued until the end of the line), slash regexes decided
// by whether an expression may start.

import { LexerRun, groups, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';
import { alt, escapeForPattern } from '../regex.js';

const KEYWORDS = [
  'BEGIN', 'END', 'alias', 'begin', 'break', 'case', 'defined\\?', 'do', 'else', 'elsif', 'end',
  'ensure', 'for', 'if', 'in', 'next', 'redo', 'rescue', 'raise', 'retry', 'return', 'super', 'then',
  'undef', 'unless', 'until', 'when', 'while', 'yield',
];
const KEYWORDS_PSEUDO = [
  'loop', 'include', 'extend', 'raise', 'alias_method', 'attr', 'catch', 'throw', 'private',
  'module_function', 'public', 'protected', 'true', 'false', 'nil', '__FILE__', '__LINE__',
];
const BUILTINS_G = [
  'attr_reader', 'attr_writer', 'attr_accessor', '__id__', '__send__', 'abort', 'ancestors', 'at_exit',
  'autoload', 'binding', 'callcc', 'caller', 'catch', 'chomp', 'chop', 'class_eval', 'class_variables',
  'clone', 'const_defined\\?', 'const_get', 'const_missing', 'const_set', 'constants', 'display', 'dup',
  'eval', 'exec', 'exit', 'extend', 'fail', 'fork', 'format', 'freeze', 'getc', 'gets',
  'global_variables', 'gsub', 'hash', 'id', 'included_modules', 'inspect', 'instance_eval',
  'instance_method', 'instance_methods', 'instance_variable_get', 'instance_variable_set',
  'instance_variables', 'lambda', 'load', 'local_variables', 'loop', 'method', 'method_missing',
  'methods', 'module_eval', 'name', 'object_id', 'open', 'p', 'print', 'printf', 'private_class_method',
  'private_instance_methods', 'private_methods', 'proc', 'protected_instance_methods',
  'protected_methods', 'public_class_method', 'public_instance_methods', 'public_methods', 'putc',
  'puts', 'raise', 'rand', 'readline', 'readlines', 'require', 'require_relative', 'scan', 'select',
  'self', 'send', 'set_trace_func', 'singleton_methods', 'sleep', 'split', 'sprintf', 'srand', 'sub',
  'syscall', 'system', 'taint', 'test', 'throw', 'to_a', 'to_s', 'trace_var', 'trap', 'untaint',
  'untrace_var', 'warn',
];
const BUILTINS_Q = [
  'autoload', 'block_given', 'const_defined', 'eql', 'equal', 'frozen', 'include', 'instance_of',
  'is_a', 'iterator', 'kind_of', 'method_defined', 'nil', 'private_method_defined',
  'protected_method_defined', 'public_method_defined', 'respond_to', 'tainted',
];
const BUILTINS_B = ['chomp', 'chop', 'exit', 'gsub', 'sub'];

const DELIMITER_PAIRS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

interface HeredocVars { heredocs: Array<[tolerant: boolean, name: string]> }
const heredocs = (lx: LexerRun): HeredocVars['heredocs'] => (lx.vars as unknown as HeredocVars).heredocs;

/** The state inside a %-sigil string whose delimiters are only known once it opens. */
function sigilBody(open: string, close: string, tok: string, interp: boolean): Rule[] {
  const o = escapeForPattern(open);
  const c = escapeForPattern(close);
  let uniq = open === close ? o : o + c;
  if (open === close && open === '#') uniq = '';
  const rules: Rule[] = [rule(`\\\\[#${uniq}\\\\]`, 'se')];
  if (open !== close) rules.push(rule(o, tok, '#push'));
  rules.push(rule(c, tok, '#pop'));
  if (interp) rules.push(mixin('string_intp_escaped'), rule(/#/, tok));
  else rules.push(rule(/[\\#]/, tok));
  rules.push(rule(`[^#${uniq}\\\\]+`, tok, undefined, { dotAll: true }));
  return rules;
}

/** Rouge's Ruby states, a fresh copy (irb's output lexer extends them). */
export function rubyStates(): StateTable {
  return {
    symbols: [
      rule(/:@{0,2}[a-z_]\w*[!?]?/i, 'ss'),
      rule(/:(?:\*\*|[-+]@|[\/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, 'ss'),
      rule(/:'(\\\\|\\'|[^'])*'/, 'ss'),
      rule(/:"/, 'ss', 'simple_sym'),
    ],
    sigil_strings: [
      rule(/%([rqswQWxiI])?([^\w\s])/, (lx, m) => {
        const kind = m[1] ?? '';
        const open = m[2]!;
        const close = DELIMITER_PAIRS[open] ?? open;
        const interp = /[rQWxI]/.test(kind);
        const tok = kind === 'r' ? 'sr' : 'sx';
        if (kind === 'r') lx.push('regex_flags');
        lx.token(tok, m[0]);
        lx.push(lx.defineState(`sigil ${open}${close} ${tok} ${interp}`, () => sigilBody(open, close, tok, interp)));
      }),
    ],
    strings: [
      mixin('symbols'),
      rule(/\b[a-z_]\w*?[?!]?:\s+/, 'ss', 'expr_start'),
      rule(/'(\\\\|\\'|[^'])*'/, 's1'),
      rule(/"/, 's2', 'simple_string'),
      rule(/(?<!\.)`/, 'sb', 'simple_backtick'),
    ],
    regex_flags: [rule(/[mixounse]*/, 'sr', '#pop')],
    simple_string: simple('s2', '"'),
    simple_sym: simple('ss', '"'),
    simple_backtick: simple('sb', '`'),
    whitespace: [
      mixin('inline_whitespace'),
      rule(/\n\s*/, '', 'expr_start', { dotAll: true }),
      rule(/#.*$/, 'c1'),
      rule(/=begin\b.*?\n=end\b/, 'cm', undefined, { dotAll: true }),
    ],
    inline_whitespace: [rule(/[ \t\r]+/, '')],
    root: [
      mixin('whitespace'),
      rule(/__END__/, 'cp', 'end_part'),
      rule(/0_?[0-7]+(?:_[0-7]+)*/, 'mo'),
      rule(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'mh'),
      rule(/0b[01]+(?:_[01]+)*/, 'mb'),
      rule(/[\d]+(?:_\d+)*(?:\.[\d]+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)/, 'mf'),
      rule(/[\d]+(?:_\d+)*/, 'mi'),
      rule(/@@[a-z_]\w*/i, 'vc'),
      rule(/@[a-z_]\w*/i, 'vi'),
      rule(/\$\w+/, 'vg'),
      rule(/\$[!@&`'+~=\/\\,;.<>_*$?:"]/, 'vg'),
      rule(/\$-[0adFiIlpvw]/, 'vg'),
      rule(/::/, 'o'),
      mixin('strings'),
      rule(`${alt(KEYWORDS)}(?=\\W|$)`, 'k', 'expr_start'),
      rule(`${alt(KEYWORDS_PSEUDO)}\\b`, 'kp', 'expr_start'),
      groups(/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, ['k', '', 'nn']),
      groups(/(def\b)(\s*)/, ['k', ''], 'funcname'),
      groups(/(class\b)(\s*)/, ['k', ''], 'classname'),
      rule(`${alt(BUILTINS_Q)}[?]`, 'nb', 'expr_start'),
      rule(`${alt(BUILTINS_B)}!`, 'nb', 'expr_start'),
      rule(`(?<!\\.)${alt(BUILTINS_G)}\\b`, 'nb', 'method_call'),
      mixin('has_heredocs'),
      rule(/\.{2,3}/, 'o', 'expr_start'),
      rule(/[A-Z][a-zA-Z0-9_]*/, 'no', 'method_call'),
      groups(/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])/, ['p', '', 'nf'], 'method_call'),
      rule(/[a-zA-Z_]\w*[?!]/, 'n', 'expr_start'),
      rule(/[a-zA-Z_]\w*/, 'n', 'method_call'),
      rule(/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, 'o', 'expr_start'),
      rule(/[-+\/*%=<>&!^|~]=?/, 'o', 'expr_start'),
      rule(/[?]/, (lx, m) => { lx.token('p', m[0]); lx.push('ternary'); lx.push('expr_start'); }),
      rule(/[\[({,:\\;\/]/, 'p', 'expr_start'),
      rule(/[\])}]/, 'p'),
    ],
    has_heredocs: [
      rule(/(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, (lx, m) => {
        lx.token('o', m[1]);
        lx.token('no', `${m[2]}${m[3]}${m[4]}`);
        heredocs(lx).push([m[1] === '<<-' || m[1] === '<<~', m[3]!]);
        if (lx.state !== 'heredoc_queue') lx.push('heredoc_queue');
      }),
      rule(/(<<[-~]?)(["'])(\2)/, (lx, m) => {
        lx.token('o', m[1]);
        lx.token('no', `${m[2]}${m[3]}`);
        heredocs(lx).push([m[1] === '<<-' || m[1] === '<<~', '']);
        if (lx.state !== 'heredoc_queue') lx.push('heredoc_queue');
      }),
    ],
    heredoc_queue: [
      rule(/(?=\n)/, (lx) => lx.goto('resolve_heredocs')),
      mixin('root'),
    ],
    resolve_heredocs: [
      mixin('string_intp_escaped'),
      rule(/\n/, 'sh', 'test_heredoc'),
      rule(/[#\\\n]/, 'sh'),
      rule(/[^#\\\n]+/, 'sh'),
    ],
    test_heredoc: [
      rule(/[^#\\\n]*$/, (lx, m) => {
        const queue = heredocs(lx);
        const [tolerant, name] = queue[0] ?? [false, undefined];
        const check = tolerant ? rubyStrip(m[0]) : rubyRstrip(m[0]);
        if (check === name) {
          queue.shift();
          if (queue.length === 0) lx.pop();
          lx.token('no', m[0]);
        } else {
          lx.token('sh', m[0]);
        }
        lx.pop();
      }),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    funcname: [
      rule(/\s+/, ''),
      rule(/\(/, 'p', 'defexpr'),
      rule(/(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[\/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)/, (lx, m) => {
        lx.groups(m, ['nc', 'o', 'nf']);
        lx.pop();
      }),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    classname: [
      rule(/\s+/, ''),
      rule(/\w+(::\w+)+/, 'nc'),
      rule(/\(/, (lx, m) => { lx.token('p', m[0]); lx.push('defexpr'); lx.push('expr_start'); }),
      rule(/<</, (lx, m) => { lx.token('o', m[0]); lx.goto('expr_start'); }),
      rule(/[A-Z_]\w*/, 'nc', '#pop'),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    ternary: [
      rule(/(:)(\s+)/, (lx, m) => { lx.groups(m, ['p', '']); lx.goto('expr_start'); }),
      rule(/:(?![^#\n]*?[:\\])/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
      mixin('root'),
    ],
    defexpr: [
      rule(/(\))(\.|::)?/, (lx, m) => { lx.groups(m, ['p', 'o']); lx.pop(); }),
      rule(/\(/, (lx, m) => { lx.token('p', m[0]); lx.push('defexpr'); lx.push('expr_start'); }),
      mixin('root'),
    ],
    in_interp: [rule(/\}/, 'si', '#pop'), mixin('root')],
    string_intp: [
      rule(/[#][{]/, 'si', 'in_interp'),
      rule(/#(@@?|\$)[a-z_]\w*/i, 'si'),
    ],
    string_intp_escaped: [
      mixin('string_intp'),
      rule(/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, 'se'),
      rule(/\\./, 'se'),
    ],
    method_call: [
      rule(/\/|%/, (lx, m) => { lx.token('o', m[0]); lx.goto('expr_start'); }),
      rule(/(?=\n)/, (lx) => lx.pop()),
      rule(/(?:)/, (lx) => lx.goto('method_call_spaced')),
    ],
    method_call_spaced: [
      mixin('whitespace'),
      rule(/[%\/]=/, (lx, m) => { lx.token('o', m[0]); lx.goto('expr_start'); }),
      rule(/(\/)(?=\S|\s*\/)/, (lx, m) => { lx.token('sr', m[0]); lx.goto('slash_regex'); }),
      mixin('sigil_strings'),
      rule(/(?=\s*\/)/, (lx) => lx.pop()),
      rule(/\s+/, (lx, m) => { lx.token('', m[0]); lx.goto('expr_start'); }),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    expr_start: [
      mixin('inline_whitespace'),
      rule(/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('slash_regex'); }),
      rule(/[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)/, 'sc', '#pop'),
      rule(/(\s*)(%[rqswQWxiI]? \S* )/, (lx, m) => { lx.groups(m, ['', 'sx']); lx.pop(); }),
      mixin('sigil_strings'),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    slash_regex: [
      mixin('string_intp'),
      rule(/\\\\/, 'sr'),
      rule(/\\\//, 'sr'),
      rule(/[\\#]/, 'sr'),
      rule(/[^\\\/#]+/, 'sr', undefined, { dotAll: true }),
      rule(/\//, (lx, m) => { lx.token('sr', m[0]); lx.goto('regex_flags'); }),
    ],
    end_part: [rule(/.+/, 'cp', '#pop', { dotAll: true })],
  };
}

const states = rubyStates();

function simple(tok: string, fin: string): Rule[] {
  return [
    mixin('string_intp_escaped'),
    rule(`[^\\\\${fin}#]+`, tok, undefined, { dotAll: true }),
    rule(/[\\#]/, tok),
    rule(fin, tok, '#pop'),
  ];
}

/** Ruby's String#strip / #rstrip: whitespace and NUL. */
function rubyStrip(s: string): string {
  return rubyRstrip(s).replace(/^[\t\n\v\f\r ]+/, '');
}
function rubyRstrip(s: string): string {
  return s.replace(/[\t\n\v\f\r \0]+$/, '');
}

/** Rouge's Ruby start: an expression may start, no heredoc pending. */
export function startRuby(lx: LexerRun): void {
  lx.stack.push('expr_start');
  (lx.vars as unknown as HeredocVars).heredocs = [];
}

export function create(): LexerRun {
  return new LexerRun('ruby', states, startRuby);
}
