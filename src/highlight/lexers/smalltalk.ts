// smalltalk (aliases st, squeak): message sends (unary, binary, keyword selectors after an
// object), method headers at line start, |temporaries|, [:block args |], literals (#symbols,
// #(literal arrays), $c characters, radix numbers), "comments", <primitive: …> pragmas.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const OPS = '(?:[-+*\\/\\\\~<>=|&!?,@%])';

const states: StateTable = {
  root: [
    groups(/(<)(\w+:)(.*?)(>)/, ['p', 'k', '', 'p']),
    mixin('whitespaces'),
    mixin('method_definition'),
    groups(/([|])([\w\s]*)([|])/, ['p', 'nv', 'p']),
    mixin('objects'),
    rule(/\^|:=|_/, 'o'),
    rule(/[)}\]]/, 'p', 'after_object'),
    rule(/[({\[!]/, 'p'),
  ],
  method_definition: [
    groups(/([a-z]\w*:)(\s*)(\w+)/i, ['nf', '', 'nv']),
    groups(/^(\s*)(\b[a-z]\w*\b)(\s*)$/i, ['', 'nf', '']),
    groups(`^(\\s*)(${OPS}+)(\\s*)(\\w+)(\\s*)$`, ['', 'nf', '', 'nv', '']),
  ],
  block_variables: [
    mixin('whitespaces'),
    groups(/(:)(\s*)(\w+)/, ['o', '', 'nv']),
    rule(/[|]/, 'p', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  literals: [
    rule(/'(''|.)*?'/, 's', 'after_object', { dotAll: true }),
    rule(/[$]./, 'sc', 'after_object'),
    rule(/#[(]/, 'ss', 'parenth'),
    rule(/(\d+r)?-?\d+(\.\d+)?(e-?\d+)?/, 'm', 'after_object'),
    rule(`#("[^"]*"|${OPS}+|[\\w:]+)`, 'ss', 'after_object'),
  ],
  parenth: [
    rule(/[)]/, (lx, m) => { lx.token('ss', m[0]); lx.goto('after_object'); }),
    mixin('inner_parenth'),
  ],
  inner_parenth: [
    rule(/#[(]/, 'ss', 'inner_parenth'),
    rule(/[)]/, 'ss', '#pop'),
    mixin('whitespaces'),
    mixin('literals'),
    rule(`(${OPS}|[\\w:])+`, 'ss'),
  ],
  whitespaces: [
    rule(/! !$/, 'k'),
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/".*?"/, 'c', undefined, { dotAll: true }),
  ],
  objects: [
    rule(/\[/, 'p', 'block_variables'),
    rule(/(self|super|true|false|nil|thisContext)\b/, 'bp', 'after_object'),
    rule(/[A-Z]\w*(?!:)\b/, 'nc', 'after_object'),
    rule(/[a-z]\w*(?!:)\b/, 'nv', 'after_object'),
    mixin('literals'),
  ],
  after_object: [
    mixin('whitespaces'),
    rule(/(ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):/, 'nb', '#pop'),
    rule(/new(?!:)\b/, 'nb'),
    rule(/:=|_/, 'o', '#pop'),
    rule(/[a-z]+\w*:/i, 'nf', '#pop'),
    rule(/[a-z]+\w*/i, 'nf'),
    rule(`${OPS}+`, 'nf', '#pop'),
    rule(/[.]/, 'p', '#pop'),
    rule(/;/, 'p'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('smalltalk', states);
}
