// mxml: Flex MXML — XML tags and attributes, with <![CDATA[ scripts ]]> and {bindings} in
// attributes lexed as ActionScript (a fresh lexer each time, as Rouge delegates to the class).

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createActionscript } from './actionscript.js';

const states: StateTable = {
  root: [
    rule(/[^<&]+/, ''),
    rule(/&\S*?;/, 'ni'),
    rule(/<!\[CDATA\[/, 'cp', 'actionscript_content'),
    rule(/<!--/, 'c', 'comment'),
    rule(/<\?.*?\?>/, 'cp'),
    rule(/<![^>]*>/, 'cp'),
    rule(/<\s*[\w:.-]+/, 'nt', 'tag'),
    rule(/<\s*\/\s*[\w:.-]+\s*>/, 'nt'),
  ],
  comment: [
    rule(/[^-]+/, 'c', undefined, { dotAll: true }),
    rule(/-->/, 'c', '#pop'),
    rule(/-/, 'c'),
  ],
  tag: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[\w.:-]+\s*=/, 'na', 'attribute'),
    rule(/\/?\s*>/, 'nt', 'root'),
  ],
  attribute: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    groups(/(")({|@{)/, ['s', 'p'], 'actionscript_attribute'),
    rule(/".*?"|'.*?'|[^\s>]+/, 's', 'tag'),
  ],
  actionscript_content: [
    rule(/\]\]\>/, 'cp', '#pop'),
    rule(/.*?(?=\]\]\>)/, (lx, m) => lx.recurse(m[0], createActionscript), undefined, { dotAll: true }),
  ],
  actionscript_attribute: [
    groups(/(})(")/, ['p', 's'], 'tag'),
    rule(/.*?(?=}")/, (lx, m) => lx.recurse(m[0], createActionscript), undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('mxml', states);
}
