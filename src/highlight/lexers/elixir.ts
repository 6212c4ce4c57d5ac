// elixir (alias exs): Rouge's Elixir lexer — keywords, atoms (:x, x:), module names, operators,
// numbers with underscores, strings and heredocs with #{} interpolation, ~sigils with their own
// delimiters. (A sigil without a letter makes Rouge raise; kiln then falls back to plain text.)

import { LexerRun, RougeWouldRaise, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';
import { escapeForPattern } from '../regex.js';

const DELIMITERS: Record<string, string> = { '{': '}', '[': ']', '(': ')', '<': '>' };

function sigilBody(open: string, close: string, tok: string, interp: boolean): Rule[] {
  const o = escapeForPattern(open);
  const c = escapeForPattern(close);
  const uniq = o === c ? o : o + c;
  const rules: Rule[] = [rule(c, tok, '#pop')];
  if (interp) rules.push(mixin('interpoling'), rule(/#/, tok));
  else rules.push(rule(/[\\#]/, tok));
  rules.push(rule(`[^#${uniq}\\\\]+`, tok, undefined, { dotAll: true }));
  return rules;
}

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/#.*$/, 'c1'),
    rule(/\b(case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|defprotocol|defimpl|defrecord|defmacrop?|defdelegate|defexception|defguardp?|defstruct|exit|raise|throw|after|rescue|catch|else)\b(?![?!])|(?<!\.)\b(do|->)\b/, 'k'),
    rule(/\b(import|require|use|recur|quote|unquote|super|refer)\b(?![?!])/, 'kn'),
    rule(/(?<!\.)\b(and|not|or|when|xor|in)\b/, 'ow'),
    rule(/%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|(?=[\s])\?|(?<=[\s])!+|&(&&?|(?!\d))|\|\||\^|\*|\+|-|\/|\||\+\+|--|\*\*|\/\/|<-|<>|<<|>>|=|\.|~~~/, 'o'),
    rule(/(?<!:)(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|<>|===?|>=?|<=?|<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|--?|\|\|?|!|\/\/|[%&`\/|]|\*\*?|=?~|<-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)/, 'ss'),
    rule(/:"/, 'ss', 'interpoling_symbol'),
    rule(/\b(nil|true|false)\b(?![?!])|\b[A-Z]\w*\b/, 'no'),
    rule(/\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])/, 'bp'),
    rule(/[a-zA-Z_!]\w*[!?]?/, 'n'),
    rule(/::|[%(){};,\/|:\\\[\]]/, 'p'),
    rule(/@[a-zA-Z_]\w*|&\d/, 'nv'),
    rule(/\b\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b/, 'mf'),
    rule(/\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b/, 'mh'),
    rule(/\b0o[0-7](_?[0-7])*\b/, 'mo'),
    rule(/\b0b[01](_?[01])*\b/, 'mb'),
    rule(/\b\d(_?\d)*\b/, 'mi'),
    mixin('strings'),
    mixin('sigil_strings'),
  ],
  strings: [
    rule(/(%[A-Ba-z])?"""(?:.|\n)*?"""/, 'sd'),
    rule(/'''(?:.|\n)*?'''/, 'sd'),
    rule(/"/, 's2', 'dqs'),
    rule(/'/, 's1', 'sqs'),
    rule(/(?<!\w)\?(\\(x\d{1,2}|\h{1,2}(?!\h)\b|0[0-7]{0,2}(?![0-7])\b[^x0MC])|(\\[MC]-)+\w|[^\s\\])/, 'sx'),
  ],
  dqs: [
    mixin('escapes'),
    mixin('interpoling'),
    rule(/[^#"\\]+/, 's2'),
    rule(/"/, 's2', '#pop'),
    rule(/[#\\]/, 's2'),
  ],
  sqs: [
    mixin('escapes'),
    mixin('interpoling'),
    rule(/[^#'\\]+/, 's1'),
    rule(/'/, 's1', '#pop'),
    rule(/[#\\]/, 's1'),
  ],
  interpoling: [rule(/#\{/, 'si', 'interpoling_string')],
  interpoling_string: [rule(/\}/, 'si', '#pop'), mixin('root')],
  escapes: [
    rule(/\\x\h{2}/, 'se'),
    rule(/\\u\{?\d+\}?/, 'se'),
    rule(/\\[\\abdefnrstv0"']/, 'se'),
  ],
  interpoling_symbol: [
    rule(/"/, 'ss', '#pop'),
    mixin('interpoling'),
    rule(/[^#"]+/, 'ss'),
  ],
  sigil_strings: [
    rule(/~([A-Za-z])?(\{|\[|\(|<|\||\/|'|")/, (lx, m) => {
      const letter = m[1];
      // Rouge evaluates 'Rr'.include?(nil) here, which raises: no letter, no highlighting.
      if (letter === undefined) throw new RougeWouldRaise('elixir: sigil without a letter');
      const open = m[2]!;
      const close = DELIMITERS[open] ?? open;
      const interp = /[SRCW]/.test(letter);
      let tok = 'sx';
      if ('Rr'.includes(letter)) { tok = 'sr'; lx.push('regex_flags'); }
      if ('Ww'.includes(letter)) lx.push('list_flags');
      lx.token(tok, m[0]);
      lx.push(lx.defineState(`sigil ${open} ${tok} ${interp}`, () => sigilBody(open, close, tok, interp)));
    }),
  ],
  regex_flags: [rule(/[fgimrsux]*/, 'sr', '#pop')],
  list_flags: [rule(/[csa]?/, 'sx', '#pop')],
};

export function create(): Lexer {
  return new LexerRun('elixir', states);
}
