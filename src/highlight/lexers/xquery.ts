// xquery: XQuery 3.1 — the XPath states plus XQuery keywords, direct XML constructors (tags,
// attributes and text with {enclosed expressions}), %annotations, (# pragmas #) and ``[string
// constructors]``.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { words } from '../regex.js';
import { EQ_NAME, NC_NAME, Q_NAME, XPATH_KEYWORDS, xpathStates } from './xpath.js';

// Regexp.union(XPath keywords, XQuery's own), each escaped, in order
const KEYWORDS = `(?:${words(XPATH_KEYWORDS)}|${words(`xquery encoding version declare module namespace copy-namespaces
  boundary-space construction default collation base-uri preserve strip ordering ordered unordered order empty
  greatest least preserve no-preserve inherit no-inherit decimal-format decimal-separator grouping-separator infinity
  minus-sign NaN percent per-mille zero-digit digit pattern-separator exponent-separator import schema at element
  option function external context item typeswitch switch case try catch validate lax strict type document element
  attribute text comment processing-instruction for let where order group by return allowing tumbling stable sliding
  window start end only when previous next count collation ascending descending`.trim().split(/\s+/))})`;

const states: StateTable = xpathStates();
states.tags = [
  rule(`<${Q_NAME}`, 'nt', 'start_tag'),
  rule(/<!--/, 'c', 'xml_comment'),
  rule(/<\?.*?\?>/, 'cp'),
  rule(/<!\[CDATA\[.*?\]\]>/, 'cp'),
  rule(/&\S*?;/, 'ni'),
];
states.root = [
  mixin('tags'),
  rule(/\{/, 'p'),
  rule(/\}`?/, (lx, m) => {
    lx.token('p', m[0]);
    if (lx.stack.length > 1) lx.pop();
  }),
  groups(`(namespace)(\\s+)(${NC_NAME})`, ['k', 'w', 'nn']),
  rule(`(${KEYWORDS})\\b`, 'k'),
  rule(/;/, 'p'),
  rule(/%/, 'kd', 'annotation'),
  groups(`(\\(#)(\\s*)(${EQ_NAME})`, ['cp', 'w', 'nt'], 'pragma'),
  rule(/``\[/, 's', 'str_constructor'),
  ...states.root!,
];
Object.assign(states, {
  annotation: [
    mixin('commentsAndWhitespace'),
    rule(EQ_NAME, 'kd', '#pop'),
  ],
  pragma: [
    mixin('commentsAndWhitespace'),
    rule(/#\)/, 'cp', '#pop'),
    rule(/./, 'cp'),
  ],
  str_constructor: [
    rule(/`\{/, 'p', 'root'),
    rule(/\]``/, 's', '#pop'),
    rule(/[^`\]]+/, 's', undefined, { dotAll: true }),
    rule(/[`\]]/, 's'),
  ],
  xml_comment: [
    rule(/[^-]+/, 'c', undefined, { dotAll: true }),
    rule(/-->/, 'c', '#pop'),
    rule(/-/, 'c'),
  ],
  start_tag: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    groups(/([\w.:-]+\s*=)(")/, ['na', 's'], 'quot_attr', { dotAll: true }),
    groups(/([\w.:-]+\s*=)(')/, ['na', 's'], 'apos_attr', { dotAll: true }),
    rule(/>/, 'nt', 'tag_content'),
    rule(/\/>/, 'nt', '#pop'),
  ],
  quot_attr: [
    rule(/"/, 's', '#pop'),
    rule(/\{\{/, 's'),
    rule(/\{/, 'p', 'root'),
    rule(/[^"{>]+/, 's', undefined, { dotAll: true }),
  ],
  apos_attr: [
    rule(/'/, 's', '#pop'),
    rule(/\{\{/, 's'),
    rule(/\{/, 'p', 'root'),
    rule(/[^'{>]+/, 's', undefined, { dotAll: true }),
  ],
  tag_content: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    mixin('tags'),
    rule(/(\{\{|\}\})/, ''),
    rule(/\{/, 'p', 'root'),
    rule(/[^{}<&]/, ''),
    rule(`<\\/${Q_NAME}(\\s*)>`, (lx, m) => { lx.token('nt', m[0]); lx.pop(2); }),
  ],
} satisfies StateTable);

export function create(): Lexer {
  return new LexerRun('xquery', states);
}
