// vala: C#-like syntax — keywords and types, [Attributes] at line start, class/namespace names,
// verbatim @"…" and regular strings, chars, numbers, # preprocessor lines.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const ID = '@?[_a-zA-Z]\\w*';
const KEYWORDS = `abstract as async base break case catch const construct continue default delegate delete do dynamic
  else ensures enum errordomain extern false finally for foreach get global if in inline interface internal is lock new
  null out override owned private protected public ref requires return set signal sizeof static switch this throw
  throws true try typeof unowned var value virtual void weak while yield`.trim().split(/\s+/);
const KEYWORDS_TYPE = `bool char double float int int8 int16 int32 int64 long short size_t ssize_t string unichar uint
  uint8 uint16 uint32 uint64 ulong ushort`.trim().split(/\s+/);

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*].*?[*]\//, 'cm', undefined, { dotAll: true }),
  ],
  root: [
    mixin('whitespace'),
    rule(/^\s*\[.*?\]/, 'na'),
    rule(`(<\\[)\\s*(${ID}:)?`, 'k'),
    rule(/\]>/, 'k'),
    rule(/[~!%^&*()+=|\[\]{}:;,.<>\/?-]/, 'p'),
    rule(/@"(\\.|.)*?"/, 's'),
    rule(/"(\\.|.)*?["\n]/, 's'),
    rule(/'(\\.|.)'/, 'sc'),
    rule(/0x[0-9a-f]+[lu]?/i, 'm'),
    rule(/[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?/i, 'm'),
    rule(`\\b(${KEYWORDS.join('|')})\\b`, 'k'),
    rule(`\\b(${KEYWORDS_TYPE.join('|')})\\b`, 'kt'),
    rule(/class|struct/, 'k', 'class'),
    rule(/namespace|using/, 'k', 'namespace'),
    rule(`${ID}(?=\\s*[(])`, 'nf'),
    rule(ID, 'n'),
    rule(/#.*/, 'cp'),
  ],
  class: [
    mixin('whitespace'),
    rule(ID, 'nc', '#pop'),
  ],
  namespace: [
    mixin('whitespace'),
    rule(/(?=[(])/, '', '#pop'),
    rule(`(${ID}|[.])+`, 'nn', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('vala', states);
}
