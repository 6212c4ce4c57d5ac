// jinja (alias django): {% statements %}, {{ expressions }} with filters and calls, {# comments #},
// raw/verbatim blocks; the text between is lexed as HTML.
// (Rouge keeps these word lists in class variables shared with its Twig lexer, so in one Ruby
// process whichever of the two is used first fixes them for both; kiln uses Jinja's own lists.)

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`as context do else extends from ignore missing import include reversed recursive scoped
  autoescape endautoescape block endblock call endcall filter endfilter for endfor if endif macro endmacro set endset
  trans endtrans with endwith without`);
const TESTS = set(`callable defined divisibleby equalto escaped even iterable lower mapping none number odd sameas
  sequence string undefined upper`);
const PSEUDO_KEYWORDS = set('true false none True False None');
const WORD_OPERATORS = set('is in and or not');

const parentOf = (lx: LexerRun): LexerRun => lx.vars.parent as LexerRun;

const states: StateTable = {
  root: [
    rule(/{#/, 'c', 'comment'),
    rule(/##.*/, 'c'),
    rule(/({%-?)(\s*)(raw|verbatim)(\s*)(-?%})/, (lx, m) => {
      lx.groups(m, ['cp', '', 'k', '', 'cp']);
      lx.push(m[3] === 'raw' ? 'raw' : 'verbatim');
    }),
    rule(/\{%/, 'cp', 'statement'),
    rule(/\{\{/, 'cp', 'expression'),
    rule(/(.+?)(?=\\|{{|{%|{#|##)/, (lx, m) => lx.delegate(parentOf(lx), m[0]), undefined, { dotAll: true }),
    rule(/.+/, (lx, m) => lx.delegate(parentOf(lx), m[0]), undefined, { dotAll: true }),
  ],
  filter: [groups(/(\|\s*)(\w+)/, ['o', 'nf'])],
  function: [groups(/(\w+)(\()/, ['nf', 'p'])],
  text: [rule(/\s+/, '', undefined, { dotAll: true })],
  literal: [
    rule(/"(\\.|.)*?"/, 's2'),
    rule(/'(\\.|.)*?'/, 's1'),
    rule(/\d+(?=}\s)/, 'm'),
    rule(/(\+|-|\*|\/\/?|\*\*?|=)/, 'o'),
    rule(/(<=?|>=?|===?|!=)/, 'o'),
    rule(/,/, 'p'),
    rule(/\[/, 'p'),
    rule(/\]/, 'p'),
    rule(/\(/, 'p'),
    rule(/\)/, 'p'),
  ],
  comment: [
    rule(/[^#]+/, 'c', undefined, { dotAll: true }),
    rule(/#}/, 'c', '#pop'),
    rule(/#/, 'c'),
  ],
  expression: [
    rule(/\w+\.?/, 'nv', undefined, { dotAll: true }),
    mixin('filter'),
    mixin('function'),
    mixin('literal'),
    mixin('text'),
    rule(/%}|}}/, 'cp', '#pop'),
  ],
  statement: [
    rule(/(\w+\.?)/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : PSEUDO_KEYWORDS.has(w) ? 'kp' : WORD_OPERATORS.has(w) ? 'ow' : TESTS.has(w) ? 'nb' : 'nv', m[1]);
    }),
    mixin('filter'),
    mixin('function'),
    mixin('literal'),
    mixin('text'),
    rule(/%\}/, 'cp', '#pop'),
  ],
  raw: [
    rule(/({%-?)(\s*)(endraw)(\s*)(-?%})/, (lx, m) => { lx.groups(m, ['cp', '', 'k', '', 'cp']); lx.pop(); }),
    rule(/[^{]+/, ''),
    rule(/{/, ''),
  ],
  verbatim: [
    rule(/({%-?)(\s*)(endverbatim)(\s*)(-?%})/, (lx, m) => { lx.groups(m, ['cp', '', 'k', '', 'cp']); lx.pop(); }),
    rule(/[^{]+/, ''),
    rule(/{/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('jinja', states, (lx) => { lx.vars.parent = createHtml(); });
}
