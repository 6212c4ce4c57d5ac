// jsp: JavaServer Pages — <%-- comments --%>, <%@ directives %>, <% scriptlets %> and
// <jsp:…> actions with their code lexed as Java, custom tags with attributes and ${EL}
// expressions; the text between lexed as HTML (Rouge's TemplateLexer parent).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';
import { create as createJava } from './java.js';

const DIRECTIVES = '(page|include|taglib)';
const ACTIONS = '(scriptlet|declaration|expression)';

interface JspVars { parent: Lexer; java: Lexer }
const jv = (lx: LexerRun): JspVars => lx.vars as unknown as JspVars;
const toParent = (lx: LexerRun, m: RegExpExecArray): void => lx.delegate(jv(lx).parent, m[0]);
const toJava = (lx: LexerRun, m: RegExpExecArray): void => lx.delegate(jv(lx).java, m[0]);

const states: StateTable = {
  root: [
    rule(/<%--/, 'c', 'jsp_comment'),
    rule(`<%@\\s*${DIRECTIVES}\\s*`, 'nt', 'jsp_directive'),
    rule(`<jsp:directive\\.${DIRECTIVES}`, 'nt', 'jsp_directive2'),
    rule(`<jsp:${ACTIONS}>`, 'nt', 'jsp_expression'),
    rule(/<[a-zA-Z]*:[a-zA-Z]*\s*/, 'nt', 'jsp_tag'),
    rule(/<\/[a-zA-Z]*:[a-zA-Z]*>/, 'nt'),
    rule(/<%[!=]?/, 'nt', 'jsp_expression2'),
    rule(/(.+?)(?=(<%|<\/?[a-zA-Z]*:))/, toParent, undefined, { dotAll: true }),
    rule(/.+/, toParent, undefined, { dotAll: true }),
  ],
  jsp_comment: [
    rule(/(--%>)/, 'c', '#pop'),
    rule(/./, 'c', undefined, { dotAll: true }),
  ],
  jsp_directive: [
    rule(/(%>)/, 'nt', '#pop'),
    mixin('attributes'),
    rule(/(.+?)(?=%>)/, toParent, undefined, { dotAll: true }),
  ],
  jsp_directive2: [
    rule(/(\/>)/, 'nt', '#pop'),
    mixin('attributes'),
    rule(/(.+?)(?=\/>)/, toParent, undefined, { dotAll: true }),
  ],
  jsp_expression: [
    rule(`<\\/jsp:${ACTIONS}>`, 'nt', '#pop'),
    mixin('attributes'),
    rule(/[^<\/]+/, toJava),
  ],
  jsp_expression2: [
    rule(/%>/, 'nt', '#pop'),
    rule(/[^%>]+/, toJava),
  ],
  jsp_tag: [
    rule(/\/?>/, 'nt', '#pop'),
    mixin('attributes'),
    rule(/(.+?)(?=\/?>)/, toParent, undefined, { dotAll: true }),
  ],
  attributes: [rule(/\s*[a-zA-Z0-9_:-]+\s*=\s*/, 'na', 'attr', { dotAll: true })],
  attr: [
    rule(/"/, (lx, m) => { lx.token('s', m[0]); lx.goto('double_quotes'); }),
    rule(/'/, (lx, m) => { lx.token('s', m[0]); lx.goto('single_quotes'); }),
    rule(/[^\s>]+/, 's', '#pop'),
  ],
  double_quotes: [
    rule(/"/, 's', '#pop'),
    rule(/\$\{/, 'si', 'jsp_interp'),
    rule(/[^"]+/, 's'),
  ],
  single_quotes: [
    rule(/'/, 's', '#pop'),
    rule(/\$\{/, 'si', 'jsp_interp'),
    rule(/[^']+/, 's'),
  ],
  jsp_interp: [
    rule(/\}/, 'si', '#pop'),
    rule(/'/, 'l', 'jsp_interp_literal_start'),
    rule(/[^'\}]+/, toJava),
  ],
  jsp_interp_literal_start: [
    rule(/'/, 'l', '#pop'),
    rule(/[^']+/, 'l'),
  ],
};

export function create(): Lexer {
  return new LexerRun('jsp', states, (lx) => {
    jv(lx).parent = createHtml();
    jv(lx).java = createJava();
  });
}
