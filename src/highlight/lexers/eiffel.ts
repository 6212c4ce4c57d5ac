// eiffel: Eiffel — keywords, Current/Result, True/False, CLASS names, "strings" and verbatim
// "[ … ]" / "{ … }" strings with %-escapes, character literals, numbers, operators.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = `across agent alias all and attached as assign attribute check class convert create debug deferred
  detachable do else elseif end ensure expanded export external feature from frozen if implies inherit inspect invariant
  like local loop not note obsolete old once or Precursor redefine rename require rescue retry select separate some then
  undefine until variant Void when xor`.trim().split(/\s+/);
// (in a class, \b is a backspace, as in Ruby)
const ESCAPE = "%[A-DFHLNQR-V%'\"()<>]|%\\/(?:0[xX][\\da-fA-F](?:_*[\\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\\d(?:_*\\d)*)\\/";
const SIMPLE_STRING = `(?:[^"%\\b\\f\\v]|${ESCAPE})+?`;

const states: StateTable = {
  root: [
    rule(/"\[/, 'sx', 'aligned_verbatim_string'),
    rule(/"\{/, 'sx', 'non_aligned_verbatim_string'),
    rule(`"(?:[^%\\b\\f\\n\\r\\v]|${ESCAPE})*?"`, 's2'),
    rule(/--.*/, 'c1'),
    rule(`'(?:[^%\\b\\f\\n\\r\\t\\v]|${ESCAPE})'`, 'sc'),
    rule(`(?:${KEYWORDS.join('|')})\\b`, 'k'),
    rule(/(?:Current|Result)\b/, 'kv'),
    rule(/(?:True|False)\b/, 'kc'),
    rule(/\b0[xX][\da-fA-F](?:_*[\da-fA-F])*b/, 'mh'),
    rule(/\b0[cC][0-7](?:_*[0-7])*\b/, 'mo'),
    rule(/\b0[bB][01](?:_*[01])*\b/, 'mb'),
    rule(/\d(?:_*\d)*/, 'mi'),
    rule(/(?:\d(?:_*\d)*)?\.(?:(?:\d(?:_*\d)*)?[eE][+-]?)?\d(?:_*\d)*|\d(?:_*\d)*\.?/, 'mf'),
    rule(/:=|<<|>>|\(\||\|\)|->|\.|[{}\[\];(),:?]/, 'pi'),
    rule(/\\\\|\|\.\.\||\.\.|\/[~\/]?|[><\/]=?|[-+*^=~]/, 'o'),
    rule(/[A-Z][\dA-Z_]*/, 'nc'),
    rule(/[A-Za-z][\dA-Za-z_]*/, 'n'),
    rule(/\s+/, ''),
  ],
  aligned_verbatim_string: [
    rule(/]"/, 'sx', '#pop'),
    rule(SIMPLE_STRING, 'sx'),
  ],
  non_aligned_verbatim_string: [
    rule(/}"/, 'sx', '#pop'),
    rule(SIMPLE_STRING, 'sx'),
  ],
};

export function create(): Lexer {
  return new LexerRun('eiffel', states);
}
