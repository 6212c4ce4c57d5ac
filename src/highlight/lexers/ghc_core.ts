// ghc-core: GHC Core dumps (-ddump-simpl…) — ==== headings, result-size comments, [annotations],
// bindings and RULES, types, names, literals with # suffixes, Core keywords and operators.
// (As in Rouge, a `Module.` prefix is written twice: whole match as namespace, then the name.)

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/^=====.*=====$/, 'gh'),
    rule(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$/, 'c1'),
    rule(/^Result size of .+\n.+{[^}]*}/, 'cm'),
    rule(/--.*$/, 'c1'),
    rule(/\[/, 'cs', 'annotation'),
    mixin('recursive_binding'),
    mixin('ghc_rule'),
    mixin('function'),
    rule(/\s/, ''),
    rule(/./, ''),
  ],
  expression: [
    rule(/[\n]+/, ''),
    rule(/(?=^\S)/, (lx) => lx.pop()),
    rule(/\s+/, '', 'expression_line'),
  ],
  expression_line: [
    rule(/ /, ''),
    mixin('common'),
    rule(/\n/, '', '#pop'),
  ],
  annotation: [
    rule(/\]/, 'cs', '#pop'),
    rule(/\[/, 'cs', 'annotation'),
    rule(/[^\[\]]+/, 'cs'),
  ],
  common: [
    rule(/\[[^=]*\]/, 'kt'),
    rule(/\[/, 'cs', 'annotation'),
    mixin('literal'),
    mixin('constants'),
    mixin('punctuation'),
    mixin('operator'),
    mixin('name'),
  ],
  literal: [
    rule(/\d+\.\d+\#{0,2}/, 'mf'),
    rule(/\d+\#{0,2}/, 'mi'),
    rule(/".*"#/, 's'),
    rule(/'.'#/, 'sc'),
  ],
  constants: [rule(/__DEFAULT/, 'no')],
  name: [
    rule(/^([A-Z]\w*)(\.)/, (lx, m) => { lx.token('nn', m[0]); lx.token('p', m[1]); }),
    rule(/[A-Z][^\s.,(){}]*/, 'kt'),
    rule(/(^[a-z].*?\d+\.\d+\.\d+)(:)(?=\S)/, (lx, m) => { lx.token('nn', m[1]); lx.token('p', m[2]); }),
    rule(/\S*\(,\)\S*/, 'nv'),
    rule(/\S[^\s.,(){}]*/, 'nv'),
  ],
  punctuation: [rule(/[.,(){};]/, 'p')],
  operator: [
    rule(/=>/, 'o'),
    rule(/->/, 'o'),
    rule(/::/, 'o'),
    rule(/=/, 'o'),
    rule(/forall/, 'k'),
    rule(/case/, 'k'),
    rule(/of/, 'k'),
    rule(/letrec/, 'k'),
    rule(/let/, 'k'),
    rule(/join/, 'k'),
    rule(/@/, 'o'),
    rule(/\\/, 'o'),
  ],
  recursive_binding: [
    rule(/(Rec)(\s*)({)/, (lx, m) => lx.groups(m, ['k', '', 'p'])),
    rule(/^(end)(\s*)(Rec)(\s*)(})/, (lx, m) => lx.groups(m, ['k', '', 'k', '', 'p'])),
  ],
  ghc_rule: [
    rule(/^(".*?")/, (lx, m) => { lx.token('nl', m[0]); lx.push('expression'); }, undefined, { dotAll: true }),
  ],
  function: [
    rule(/^(\S+)(?=.*?(=|::))/, (lx, m) => { lx.token('nf', m[0]); lx.push('expression'); }, undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('ghc-core', states);
}
