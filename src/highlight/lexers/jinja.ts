// jinja (alias django): {% statements %}, {{ expressions }} with filters and calls, {# comments #},
// raw/verbatim blocks; the text between is lexed as HTML.
// `jinjaStates` is reused by twig with its own word lists. (Rouge keeps these lists in class
// variables: once Jinja has been used in a Ruby process, Twig shares Jinja's lists; kiln always
// uses each lexer's own, which is what Rouge does when Twig is used first or alone.)

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';

export interface JinjaWords {
  keywords: ReadonlySet<string>;
  tests: ReadonlySet<string>;
  pseudoKeywords: ReadonlySet<string>;
  wordOperators: ReadonlySet<string>;
}

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const JINJA_WORDS: JinjaWords = {
  keywords: set(`as context do else extends from ignore missing import include reversed recursive scoped
  autoescape endautoescape block endblock call endcall filter endfilter for endfor if endif macro endmacro set endset
  trans endtrans with endwith without`),
  tests: set(`callable defined divisibleby equalto escaped even iterable lower mapping none number odd sameas
  sequence string undefined upper`),
  pseudoKeywords: set('true false none True False None'),
  wordOperators: set('is in and or not'),
};

const parentOf = (lx: LexerRun): LexerRun => lx.vars.parent as LexerRun;

/** Jinja's state table over a word set (twig passes its own). */
export function jinjaStates(w: JinjaWords): StateTable {
  return {
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
        const word = m[0];
        lx.token(w.keywords.has(word) ? 'k' : w.pseudoKeywords.has(word) ? 'kp' : w.wordOperators.has(word) ? 'ow' : w.tests.has(word) ? 'nb' : 'nv', m[1]);
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
}

const states = jinjaStates(JINJA_WORDS);

export function create(): Lexer {
  return new LexerRun('jinja', states, (lx) => { lx.vars.parent = createHtml(); });
}
