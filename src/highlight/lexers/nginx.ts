// nginx: directives (Keyword, Keyword.Namespace inside blocks), variables, on/off, sizes,
// host:port, mime types, regex locations.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const ID = '[^\\s$;{}()#]+';

const states: StateTable = {
  root: [
    groups(/(include)(\s+)([^\s;]+)/, ['k', '', 'n']),
    rule(ID, 'k', 'statement'),
    mixin('base'),
  ],
  block: [
    rule(/\}/, 'p', '#pop'),
    rule(ID, 'kn', 'statement'),
    mixin('base'),
  ],
  statement: [
    rule(/\{/, (lx, m) => { lx.token('p', m[0]); lx.pop(); lx.push('block'); }),
    rule(/;/, 'p', '#pop'),
    mixin('base'),
  ],
  base: [
    rule(/\s+/, ''),
    rule(/#.*/, 'c1'),
    rule(/(?:on|off)\b/, 'no'),
    rule(/[$][\w-]+/, 'nv'),
    groups(/([a-z0-9.-]+)(:)([0-9]+)/i, ['nf', 'p', 'mi']),
    rule(/[a-z-]+\/[a-z-]+/i, 'nc'),
    rule(/[0-9]+[kmg]?\b/i, 'mi'),
    groups(/(~)(\s*)([^\s{]+)/, ['p', '', 'sr']),
    rule(/[:=~]/, 'p'),
    rule(`/(?:${ID})?`, 'n'),
    rule(/[^#\s;{}$\\]+/, 's'),
    rule(/[$;]/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('nginx', states);
}
