// csharp (aliases c#, cs): Rouge's C# lexer — keywords and type keywords, interpolated ($"…{x}")
// and verbatim (@"…") strings, preprocessor lines, class and namespace names.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const ID = '@?[_a-zA-Z]\\w*';
const KEYWORDS = `abstract as base break case catch checked const continue default delegate do else enum event explicit
  extern false finally fixed for foreach goto if implicit in interface internal is lock new null operator out
  override params private protected public readonly ref return sealed sizeof stackalloc static switch this throw
  true try typeof unchecked unsafe virtual void volatile while add alias async await get global partial remove set
  value where yield nameof ascending by descending equals from group in into join let on orderby select`;
const KEYWORDS_TYPE = 'bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var';
const CPP_KEYWORDS = 'if endif else elif define undef line error warning region endregion pragma';
const alt = (s: string): string => s.trim().split(/\s+/).join('|');

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*].*?[*]\//, 'cm', undefined, { dotAll: true }),
  ],
  nest: [
    rule(/\{/, 'p', 'nest'),
    rule(/\}/, 'p', '#pop'),
    mixin('root'),
  ],
  splice_string: [
    rule(/\\./, 's'),
    rule(/\{/, 'p', 'nest'),
    rule(/"|\n/, 's', '#pop'),
    rule(/./, 's'),
  ],
  splice_literal: [
    rule(/""/, 's'),
    rule(/\{/, 'p', 'nest'),
    rule(/"/, 's', '#pop'),
    rule(/./, 's'),
  ],
  root: [
    mixin('whitespace'),
    rule(/[$]\s*"/, 's', 'splice_string'),
    rule(/[$]@\s*"/, 's', 'splice_literal'),
    rule(`(<\\[)\\s*(${ID}:)?`, 'k'),
    rule(/\]>/, 'k'),
    rule(/[~!%^&*()+=|\[\]{}:;,.<>\/?-]/, 'p'),
    rule(/@"(""|[^"])*"/, 's', undefined, { dotAll: true }),
    rule(/"(\\.|.)*?["\n]/, 's'),
    rule(/'(\\.|.)'/, 'sc'),
    rule(/0x[0-9a-f]+[lu]?/i, 'm'),
    rule(/[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?/i, 'm'),
    rule(/\b(?:class|struct|interface)\b/, 'k', 'class'),
    rule(/\b(?:namespace|using)\b/, 'k', 'namespace'),
    rule(`^#[ \\t]*(${alt(CPP_KEYWORDS)})\\b.*?\\n`, 'cp'),
    rule(`\\b(${alt(KEYWORDS)})\\b`, 'k'),
    rule(`\\b(${alt(KEYWORDS_TYPE)})\\b`, 'kt'),
    rule(`${ID}(?=\\s*[(])`, 'nf'),
    rule(ID, 'n'),
  ],
  class: [mixin('whitespace'), rule(ID, 'nc', '#pop')],
  namespace: [
    mixin('whitespace'),
    rule(/(?=[(])/, '', '#pop'),
    rule(`(${ID}|[.])+`, 'nn', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('csharp', states);
}
