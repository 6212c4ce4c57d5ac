// biml: Business Intelligence Markup Language — the XML lexer with <#@ directives #> and
// <# code #> / <#= expressions #> lexed as C# (a fresh C# lexer each time, as Rouge delegates
// to the class).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createCsharp } from './csharp.js';
import { xmlStates } from './xml.js';

const states: StateTable = xmlStates();
states.root = [
  rule(/<#\@\s*/, 'nt', 'directive_tag', { dotAll: true }),
  rule(/<#[=]?\s*/, 'nt', 'directive_as_csharp', { dotAll: true }),
  ...states.root!,
];
states.directive_as_csharp = [
  rule(/\s*#>\s*/, 'nt', '#pop', { dotAll: true }),
  rule(/.*?(?=\s*#>\s*)/, (lx, m) => lx.recurse(m[0], createCsharp), undefined, { dotAll: true }),
];
states.directive_tag = [
  rule(/\s+/, '', undefined, { dotAll: true }),
  rule(/[\w.:-]+\s*=/, 'na', 'attr', { dotAll: true }),
  rule(/\w+\s*/, 'na', undefined, { dotAll: true }),
  rule(/\/?\s*#>/, 'nt', '#pop'),
];

export function create(): Lexer {
  return new LexerRun('biml', states);
}
