// smarty: {tags} with $variables, modifiers and builtin function names, {* comments *};
// the text between lexed as HTML (Rouge's TemplateLexer parent).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';

const BUILTINS = new Set(`append assign block call capture config_load debug extends for foreach foreachelse break
  continue function if elseif else include include_php insert ldelim rdelim literal nocache php section sectionelse
  setfilter strip while counter cycle eval fetch html_checkboxes html_image html_options html_radios
  html_select_date html_select_time html_table mailto math textformat capitalize cat count_characters
  count_paragraphs count_sentences count_words date_format default escape from_charset indent lower nl2br
  regex_replace replace spacify string_format strip strip_tags to_charset truncate unescape upper
  wordwrap`.trim().split(/\s+/));

const parentOf = (lx: LexerRun): LexerRun => lx.vars.parent as LexerRun;

const states: StateTable = {
  root: [
    rule(/\{\s+/, (lx, m) => lx.delegate(parentOf(lx), m[0])),
    rule(/\{\*.*?\*\}/, 'c', undefined, { dotAll: true }),
    rule(/\{\/?(?![\s*])/, 'k', 'smarty'),
    rule(/.+?(?={[\/a-zA-Z0-9$#*"'])/, (lx, m) => lx.delegate(parentOf(lx), m[0]), undefined, { dotAll: true }),
    rule(/.+/, (lx, m) => lx.delegate(parentOf(lx), m[0]), undefined, { dotAll: true }),
  ],
  smarty: [
    rule(/\{\/?(?![\s*])/, 'k', 'smarty'),
    rule(/}/, 'k', '#pop'),
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[~!%^&*()+=|\[\]:;,.<>\/@?-]/, 'o'),
    rule(/#[a-zA-Z_]\w*#/, 'nv'),
    rule(/\$[a-zA-Z_]\w*(\.\w+)*/, 'nv'),
    rule(/(true|false|null)\b/, 'kc'),
    rule(/[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?/, 'm'),
    rule(/"(\\.|.)*?"/, 's2'),
    rule(/'(\\.|.)*?'/, 's1'),
    rule(/([a-zA-Z_]\w*)/, (lx, m) => lx.token(BUILTINS.has(m[0]) ? 'nb' : 'na', m[0])),
  ],
};

export function create(): Lexer {
  return new LexerRun('smarty', states, (lx) => { lx.vars.parent = createHtml(); });
}
