// tcl: commands (keywords, builtins), words, "strings", {braces}, [command substitution],
// (parens), $variables and escapes, with Rouge's per-delimiter command/params states.

import { LexerRun, RougeWouldRaise, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`after apply array break catch continue elseif else error eval expr for foreach global if namespace
  proc rename return set switch then trace unset update uplevel upvar variable vwait while`);
const BUILTINS = set(`append bgerror binary cd chan clock close concat dde dict encoding eof exec exit fblocked
  fconfigure fcopy file fileevent flush format gets glob history http incr info interp join lappend lassign lindex
  linsert list llength load loadTk lrange lrepeat lreplace lreverse lsearch lset lsort mathfunc mathop memory msgcat
  open package pid pkg::create pkg_mkIndex platform platform::shell puts pwd re_syntax read refchan regexp registry
  regsub scan seek socket source split string subst tell time tm unknown unload`);

const NOT_END_WORD = '[^)\\]};\\n\\r\\t\\v]';
const END_WORD = '[)\\]};\\n\\r\\t\\v]';
const NOT_END_LINE = '[^)\\]};\\n]';
const OPEN_OR_BACKSLASH = '[(\\[{"\\\\]';
// Rouge subtracts a Regexp from a list of strings here, which removes nothing: all closers.
const CLOSERS = '[)\\]}]';

function commandState(params: string): Rule[] {
  return [
    mixin('word'),
    rule(`#${NOT_END_LINE}+`, 'c1'),
    rule(`(?=${END_WORD})`, (lx) => lx.push(params)),
    rule(`${NOT_END_WORD}+`, (lx, m) => {
      lx.token(KEYWORDS.has(m[0]) ? 'k' : BUILTINS.has(m[0]) ? 'nb' : '', m[0]);
    }),
    mixin('whitespace'),
  ];
}

function delimiterStates(states: StateTable, name: string, close: RegExp, strict: boolean): void {
  states[`command_in_${name}`] = commandState(`params_in_${name}`);
  states[`params_in_${name}`] = [
    rule(close, (lx, m) => { lx.token('p', m[0]); lx.pop(2); }),
    rule(CLOSERS, strict ? 'err' : ''),
    mixin('params'),
  ];
  states[name] = [
    rule(close, 'p', '#pop'),
    mixin(`command_in_${name}`),
  ];
}

/** Rouge's "pop until in :brace, then pop it". */
function closeBrace(lx: LexerRun): void {
  while (lx.state !== 'brace') lx.pop();
  lx.pop();
}

const states: StateTable = {
  word: [
    rule(/\{\*\}/, 'k'),
    mixin('brace_abort'),
    mixin('interp'),
    rule(/\{/, 'p', 'brace'),
    rule(/\(/, 'p', 'paren'),
    rule(/"/, 's2', 'string'),
    rule(`${NOT_END_WORD}+?(?=${OPEN_OR_BACKSLASH})`, ''),
  ],
  brace_abort: [
    rule(/}/, (lx, m) => {
      if (lx.inState('brace')) {
        closeBrace(lx);
        lx.token('p', m[0]);
      } else {
        lx.token('err', m[0]);
      }
    }),
  ],
  params: [
    rule(/;/, 'p', '#pop'),
    rule(/\n/, '', '#pop'),
    rule(/else|elseif|then/, 'k'),
    mixin('word'),
    mixin('whitespace'),
    rule(`${NOT_END_WORD}+`, ''),
  ],
  command: commandState('params'),
  root: [mixin('command')],
  whitespace: [rule(/\s+/, '')],
  interp: [
    rule(/\[/, 'p', 'bracket'),
    rule(/\$[a-z0-9.:-]+/, 'nv'),
    rule(/\$\{.*?\}/, 'nv', undefined, { dotAll: true }),
    rule(/\$/, ''),
    rule(/\\[0-7]{3}/, 'se'),
    rule(/\\x[0-9a-f]{2}/i, 'se'),
    rule(/\\u[0-9a-f]{4}/i, 'se'),
    rule(/\\./, 'se', undefined, { dotAll: true }),
  ],
  string: [
    rule(/"/, 's2', '#pop'),
    mixin('interp'),
    rule(/[^\\\[$"{}]+/, 's2', undefined, { dotAll: true }),
    rule(/{/, (lx, m) => {
      lx.vars.braceCount = ((lx.vars.braceCount as number | undefined) ?? 0) + 1;
      lx.token('s2', m[0]);
    }),
    rule(/}/, (lx, m) => {
      const count = lx.vars.braceCount as number | undefined;
      if (lx.inState('brace') && (count ?? 0) === 0) {
        closeBrace(lx);
        lx.token('p', m[0]);
      } else {
        // Rouge decrements a counter that is nil until a { was seen in a string: it raises
        if (count === undefined) throw new RougeWouldRaise('tcl: } in a string before any {');
        lx.vars.braceCount = count - 1;
        lx.token('s2', m[0]);
      }
    }),
  ],
};
delimiterStates(states, 'brace', /\}/, false);
delimiterStates(states, 'paren', /\)/, true);
delimiterStates(states, 'bracket', /\]/, true);

export function create(): Lexer {
  return new LexerRun('tcl', states);
}
