// velocity (Apache Velocity templates): #directives, ${references}, ## and #* *# comments,
// with the text between lexed as HTML (Rouge's TemplateLexer parent).

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';

const ID = '[a-zA-Z_]\\w*';
const parentOf = (lx: LexerRun): LexerRun => lx.vars.parent as LexerRun;

const states: StateTable = {
  root: [
    rule(/[^{#$]+/, (lx, m) => lx.delegate(parentOf(lx), m[0])),
    rule(/(#)(\*.*?\*)(#)/, 'cm', undefined, { dotAll: true }),
    rule(/(##)(.*?$)/, 'c1'),
    groups(`(#\\{?)(${ID})(\\}?)(\\s?\\()`, ['p', 'nf', 'p', 'p'], 'directive_params', { dotAll: true }),
    groups(`(#\\{?)(${ID})(\\}|\\b)`, ['p', 'nf', 'p'], undefined, { dotAll: true }),
    rule(/\$\{?/, 'p', 'variable'),
  ],
  variable: [
    rule(ID, 'nv'),
    rule(/\(/, 'p', 'func_params'),
    groups(`(\\.)(${ID})`, ['p', 'nv']),
    rule(/\}/, 'p', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  directive_params: [
    rule(/(&&|\|\||==?|!=?|[-<>+*%&|^\/])|\b(eq|ne|gt|lt|ge|le|not|in)\b/, 'o'),
    rule(/\[/, 'o', 'range_operator'),
    rule(`\\b${ID}\\b`, 'nf'),
    mixin('func_params'),
  ],
  range_operator: [
    rule(/[.]{2}/, 'o'),
    mixin('func_params'),
    rule(/\]/, 'o', '#pop'),
  ],
  func_params: [
    rule(/\$\{?/, 'p', 'variable'),
    rule(/\s+/, ''),
    rule(/,/, 'p'),
    rule(/"(\\\\|\\"|[^"])*"/, 's2'),
    rule(/'(\\\\|\\'|[^'])*'/, 's1'),
    rule(/0[xX][0-9a-fA-F]+[Ll]?/, 'mh'),
    rule(/\b[0-9]+\b/, 'mi'),
    rule(/(true|false|null)\b/, 'kc'),
    rule(/[(\[]/, 'p', '#push'),
    rule(/[)\]}]/, 'p', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('velocity', states, (lx) => { lx.vars.parent = createHtml(); });
}
