// fsharp: keywords, word operators, primitive types, modules (dotted paths), operators vs
// punctuation-like symbols, nested (* comments *), chars and strings.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`abstract and as assert base begin class default delegate do done downcast downto elif else end
  exception extern false finally for fun function global if in inherit inline interface internal lazy let let! match
  member module mutable namespace new not null of open or override private public rec return return! select static
  struct then to true try type upcast use use! val void when while with yield yield! sig atomic break checked component
  const constraint constructor continue eager event external fixed functor include method mixin object parallel
  process protected pure sealed tailcall trait virtual volatile`);
// As in Rouge, `\+` is in this list literally (so a lone `+` is an Operator).
const KEYOPTS = new Set(['!=', '#', '&', '&&', '(', ')', '*', '\\+', ',', '-', '-.', '->', '.', '..', ':', '::', ':=',
  ':>', ';', ';;', '<', '<-', '=', '>', '>]', '>}', '?', '??', '[', '[<', '[>', '[|', ']', '_', '`', '{', '{<', '|',
  '|]', '}', '~', '|>', '<|', '<>']);
const WORD_OPERATORS = set('and asr land lor lsl lxor mod or');
const PRIMITIVES = set('unit int float bool string char list array');
const ID = "(?:([a-zA-Z][\\w']*)|(``[^`\\n\\r\\t]+``))";
const UPPER_ID = "(?:[A-Z][\\w']*)";

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/false|true|[(][)]|\[\]/, 'bp'),
    rule(`${UPPER_ID}(?=\\s*[.])`, 'nn', 'dotted'),
    rule(UPPER_ID, 'nc'),
    rule(/[(][*](?![)])/, 'c', 'comment'),
    rule(/\/\/.*?$/, 'c1'),
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : WORD_OPERATORS.has(w) ? 'ow' : PRIMITIVES.has(w) ? 'kt' : 'n', w);
    }),
    rule(/[\[\];,{}_()!$%&*+.\/:<=>?@^|~#-]+/, (lx, m) => lx.token(KEYOPTS.has(m[0]) ? 'p' : 'o', m[0])),
    rule(/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'mf'),
    rule(/0x\h[\h_]*/i, 'mh'),
    rule(/0o[0-7][0-7_]*/i, 'mo'),
    rule(/0b[01][01_]*/i, 'mb'),
    rule(/\d[\d_]*/, 'mi'),
    rule(/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'/, 'sc'),
    rule(/'[.]'/, 'sc'),
    rule(/'/, 'k'),
    rule(/"/, 's2', 'string'),
    rule(`[~?]${ID}`, 'nv'),
  ],
  comment: [
    rule(/[^(*)]+/, 'c'),
    rule(/[(][*]/, 'c', '#push'),
    rule(/[*][)]/, 'c', '#pop'),
    rule(/[(*)]/, 'c'),
  ],
  string: [
    rule(/[^\\"]+/, 's2'),
    mixin('escape_sequence'),
    rule(/\\\n/, 's2'),
    rule(/"/, 's2', '#pop'),
  ],
  escape_sequence: [
    rule(/\\[\\"'ntbr]/, 'se'),
    rule(/\\\d{3}/, 'se'),
    rule(/\\x\h{2}/, 'se'),
  ],
  dotted: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[.]/, 'p'),
    rule(`${UPPER_ID}(?=\\s*[.])`, 'nn'),
    rule(UPPER_ID, 'nc', '#pop'),
    rule(ID, 'n', '#pop'),
    rule(/\[/, 'p', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('fsharp', states);
}
