// dot: Graphviz graphs — keywords, node/attribute IDs, edges, [attribute lists], and HTML-like
// labels <…> lexed as HTML (the HTML lexer restarts at each label, as in Rouge).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';

const htmlOf = (lx: LexerRun): LexerRun => lx.vars.html as LexerRun;

const states: StateTable = {
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/#.*/, 'c1'),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
  ],
  html: [
    rule(/[^<>]+/, (lx, m) => lx.delegate(htmlOf(lx), m[0])),
    rule(/<.+?>/, (lx, m) => lx.delegate(htmlOf(lx), m[0]), undefined, { dotAll: true }),
    rule(/>/, 'p', '#pop'),
  ],
  ID: [
    rule(/([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=)/, (lx, m) => lx.groups(m, ['n', '', 'p'])),
    rule(/[a-zA-Z][a-zA-Z_0-9]*/, 'nv'),
    rule(/([0-9]+)?\.[0-9]+/, 'mf'),
    rule(/[0-9]+/, 'mi'),
    rule(/"(\\"|[^"])*"/, 's2'),
    rule(/</, (lx, m) => {
      lx.token('p', m[0]);
      htmlOf(lx).reset();
      lx.push('html');
    }),
  ],
  a_list: [
    mixin('comments_and_whitespace'),
    mixin('ID'),
    rule(/[=;,]/, 'p'),
    rule(/\]/, 'o', '#pop'),
  ],
  root: [
    mixin('comments_and_whitespace'),
    rule(/\b(strict|graph|digraph|subgraph|node|edge)\b/i, 'k'),
    rule(/[{};:=]/, 'p'),
    rule(/-[->]/, 'o'),
    rule(/\[/, 'o', 'a_list'),
    mixin('ID'),
  ],
};

export function create(): Lexer {
  return new LexerRun('dot', states, (lx) => { lx.vars.html = createHtml(); });
}
