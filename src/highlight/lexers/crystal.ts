// crystal (alias cr): Rouge's Crystal lexer, a variant of its Ruby one — Crystal's keywords
// (lib, fun, macro, ifdef…), getter/property pseudo-keywords, typed number suffixes (_i32, _f32),
// @[Annotations], {% %} macro tags, char literals, %-sigil strings, heredocs, slash regexes.
// As in Rouge, a quoted literal of several characters keeps only its last one ('ab' → 'b'): the
// rule's repeated capture group holds only the last repetition.

import { LexerRun, groups, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';
import { alt, escapeForPattern } from '../regex.js';

// regex fragments as Rouge joins them (unescaped: `getter?` also matches "gette", as in Rouge)
const KEYWORDS = `BEGIN END alias begin break case defined\\? do else elsif end ensure for if ifdef in next redo rescue
  raise retry return super then undef unless until when while yield lib fun type of as`.split(/\s+/);
const KEYWORDS_PSEUDO = `initialize new loop include extend raise attr_reader attr_writer attr_accessor alias_method
  attr catch throw private module_function public protected true false nil __FILE__ __LINE__ getter getter? getter!
  property property? property! struct record`.split(/\s+/);
const BUILTINS_G = `abort ancestors at_exit caller catch chomp chop clone constants display dup eval exec exit extend
  fail fork format freeze getc gets global_variables gsub hash id included_modules inspect instance_eval
  instance_method instance_methods lambda loop method method_missing methods module_eval name object_id open p print
  printf proc putc puts raise rand readline readlines require scan select self send sleep split sprintf srand sub
  syscall system test throw to_a to_s trap warn`.split(/\s+/);
const BUILTINS_Q = 'eql equal include is_a iterator kind_of nil'.split(' ');
const BUILTINS_B = 'chomp chop exit gsub sub'.split(' ');

const DELIMITER_PAIRS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

interface HeredocVars { heredocs: Array<[tolerant: boolean, name: string]> }
const heredocs = (lx: LexerRun): HeredocVars['heredocs'] => (lx.vars as unknown as HeredocVars).heredocs;

/** The state inside a %-sigil string (Crystal's version puts both delimiters in its classes). */
function sigilBody(open: string, close: string, tok: string, interp: boolean): Rule[] {
  const o = escapeForPattern(open);
  const c = escapeForPattern(close);
  // With `&` as delimiter Rouge's classes read `[#&&\\]`, an Onigmo class intersection: the
  // escape class is empty and the negated body class matches anything, so the string runs to the end.
  const amp = open === '&';
  const rules: Rule[] = [amp ? rule(/(?!)/, 'se') : rule(`\\\\[#${o}${c}\\\\]`, 'se')];
  if (open !== close) rules.push(rule(o, tok, '#push'));
  rules.push(rule(c, tok, '#pop'));
  if (interp) rules.push(mixin('string_intp_escaped'), rule(/#/, tok));
  else rules.push(rule(/[\\#]/, tok));
  rules.push(amp ? rule(/[\s\S]+/, tok) : rule(`[^#${o}${c}\\\\]+`, tok, undefined, { dotAll: true }));
  return rules;
}

function crystalStates(): StateTable {
  return {
    symbols: [
      rule(/:@{0,2}[a-z_]\w*[!?]?/i, 'ss'),
      rule(/:(?:===|=?~|\[\][=?]?|\*\*=?|\/\/=?|[=^*\/+-]=?|&[&*+-]?=?|\|\|?=?|![=~]?|%=?|<=>|<<?=?|>>?=?|\.\.\.?)/, 'ss'),
      rule(/:'(\\\\|\\'|[^'])*'/, 'ss'),
      rule(/:"/, 'ss', 'simple_sym'),
    ],
    sigil_strings: [
      rule(/%([rqswQWxiI])?([^\w\s}])/, (lx, m) => {
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
      rule(/"/, 's2', 'simple_string'),
      rule(/(?<!\.)`/, 'sb', 'simple_backtick'),
      groups(/(')(\\u[a-fA-F0-9]{4}|\\u\{[a-fA-F0-9]{1,6}\}|\\[abefnrtv])?(\\\\|\\'|[^'])*(')/, ['s1', 'se', 's1', 's1']),
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
      rule(/0o[0-7]+(?:_[0-7]+)*/, 'mo'),
      rule(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, 'mh'),
      rule(/0b[01]+(?:_[01]+)*/, 'mb'),
      rule(/\d+\.\d+(e[\+\-]?\d+)?(_f32)?/i, 'mf'),
      rule(/\d+(e[\+\-]?\d+)/i, 'mf'),
      rule(/\d+_f32/i, 'mf'),
      rule(/[\d]+(?:_\d+)*(_[iu]\d+)?/, 'mi'),
      rule(/@\[([^\]]+)\]/, 'nd'),
      rule(/@@[a-z_]\w*/i, 'vc'),
      rule(/@[a-z_]\w*/i, 'vi'),
      rule(/\$\w+/, 'vg'),
      rule(/\$[!@&`'+~=\/\\,;.<>_*$?:"]/, 'vg'),
      rule(/\$-[0adFiIlpvw]/, 'vg'),
      rule(/::/, 'o'),
      mixin('strings'),
      rule(`${alt(KEYWORDS)}\\b`, 'k', 'expr_start'),
      rule(`${alt(KEYWORDS_PSEUDO)}\\b`, 'kp', 'expr_start'),
      groups(/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, ['k', '', 'nn']),
      groups(/(def|macro\b)(\s*)/, ['k', ''], 'funcname'),
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
      rule(/\*\*|\/\/|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\|\||\./, 'o', 'expr_start'),
      rule(/{%|%}/, 'p'),
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
      rule(/\(/, (lx, m) => { lx.token('p', m[0]); lx.push('defexpr'); lx.push('expr_start'); }),
      rule(/<</, (lx, m) => { lx.token('o', m[0]); lx.goto('expr_start'); }),
      rule(/[A-Z_]\w*/, 'nc', '#pop'),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    ternary: [
      rule(/:(?!:)/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
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
      rule(/\\u([a-fA-F0-9]{4}|\{[^}]+\})/, 'se'),
      rule(/\\./, 'se'),
    ],
    method_call: [
      rule(/\//, (lx, m) => { lx.token('o', m[0]); lx.goto('expr_start'); }),
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

const states = crystalStates();

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

export function create(): Lexer {
  return new LexerRun('crystal', states, (lx) => {
    lx.stack.push('expr_start');
    (lx.vars as unknown as HeredocVars).heredocs = [];
  });
}
