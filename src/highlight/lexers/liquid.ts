// liquid: Rouge's Liquid lexer — `{% tag %}` and `{{ output | filter }}` markup over plain text;
// control keywords are Keyword.Reserved, tags Name.Tag, filters Name.Function; comment and raw
// blocks; `%}` / `}}` return to the text state whatever was open.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

/** String token for a markup value: quoted with ' or " (anywhere in it), else the fallback. */
function valueToken(value: string | undefined, fallback: string): string {
  if (value !== undefined && /'[^']*'/.test(value)) return 's1';
  if (value !== undefined && /"[^"]*"/.test(value)) return 's2';
  return fallback;
}

const states: StateTable = {
  root: [
    rule(/[^{]+/, ''),
    groups(/(\{%-?)(\s*)/, ['p', 'w'], 'tag_or_block'),
    groups(/(\{\{-?)(\s*)/, ['p', 'w'], 'output'),
    rule(/\{/, ''),
  ],
  tag_or_block: [
    rule(/(if|elsif|unless|case)\b/, 'kr', 'condition'),
    rule(/(when)\b/, 'kr', 'when'),
    rule(/(else)(\s*)(-?%\})/, (lx, m) => { lx.groups(m, ['kr', 'w', 'p']); lx.pop(); }),
    rule(/(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})/, (lx, m) => {
      lx.groups(m, ['nt', 'w', 'nv', 'w', 'p']);
      lx.pop();
    }),
    groups(/(comment)(\s*)(-?%\})/, ['nt', 'w', 'p'], 'comment'),
    groups(/(raw)(\s*)(-?%\})/, ['nt', 'w', 'p'], 'raw'),
    rule(/(end(?:if|unless|case))(\s*)(-?%\})/, (lx, m) => { lx.groups(m, ['kr', 'w', 'p']); lx.pop(); }),
    rule(/(end(?:[^\s%]+))(\s*)(-?%\})/, (lx, m) => { lx.groups(m, ['nt', 'w', 'p']); lx.pop(); }),
    rule(/(assign|echo)\b/, 'nt', 'assign'),
    rule(/(include|render)\b/, 'nt', 'include'),
    rule(/(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)/, (lx, m) => {
      lx.groups(m, ['nt', 'w', valueToken(m[3], 'na'), 'w', 'p', 'w']);
      lx.push('variable_tag_markup');
    }),
    rule(/(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)/, (lx, m) => {
      lx.groups(m, ['nt', 'w', 'nv', 'w', 'nt', 'w']);
      lx.token(valueToken(m[7], 'nv'), m[7]);
      lx.token('w', m[8]);
      lx.push('tag_markup');
    }),
    groups(/([^\s%]+)(\s*)/, ['nt', 'w'], 'tag_markup'),
  ],
  output: [
    groups(/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, ['p', 'w', 'nf'], 'filters'),
    mixin('end_of_tag'),
    mixin('generic'),
  ],
  filters: [
    groups(/(\|)(\s*)([a-zA-Z_][^\s%}|:]*)/, ['p', 'w', 'nf']),
    mixin('end_of_tag'),
    mixin('end_of_block'),
    mixin('variable_param_markup'),
  ],
  condition: [
    rule(/([=!]=|[<>]=?)/, 'o'),
    rule(/(and|or|contains)\b/, 'ow'),
    mixin('end_of_block'),
    mixin('generic'),
  ],
  when: [mixin('end_of_block'), mixin('generic')],
  end_of_tag: [rule(/-?\}\}/, (lx, m) => { lx.token('p', m[0]); lx.resetStack(); })],
  end_of_block: [rule(/-?%\}/, (lx, m) => { lx.token('p', m[0]); lx.resetStack(); })],
  param_markup: [
    mixin('whitespace'),
    mixin('keyword'),
    mixin('string'),
    mixin('number'),
    groups(/([^\s=:]+)(\s*)(=|:)/, ['na', 'w', 'o']),
    rule(/[,:]/, 'p'),
  ],
  default_param_markup: [mixin('param_markup'), rule(/\S+/, '')],
  variable_param_markup: [mixin('param_markup'), mixin('variable'), rule(/\S+/, '')],
  tag_markup: [
    rule(/(reversed)\b/, 'na'),
    mixin('end_of_block'),
    mixin('default_param_markup'),
  ],
  variable_tag_markup: [mixin('end_of_block'), mixin('variable_param_markup')],
  keyword: [rule(/(false|true|nil)\b/, 'kc')],
  variable: [
    rule(/(empty|blank|forloop\.[^\s%}|:]+)\b/, 'nb'),
    rule(/\.(?=\w)|\[|\]/, 'p'),
    rule(/(first|last|size)\b/, 'nf'),
    rule(/[a-zA-Z_][\w-]*\??/, 'nv'),
  ],
  string: [
    rule(/'[^']*'/, 's1'),
    rule(/"[^"]*"/, 's2'),
  ],
  number: [
    rule(/-/, 'o'),
    rule(/\d+\.\d+/, 'mf'),
    rule(/\d+/, 'mi'),
  ],
  generic: [mixin('whitespace'), mixin('keyword'), mixin('string'), mixin('number'), mixin('variable')],
  whitespace: [rule(/[ \t]+/, 'w')],
  comment: [
    rule(/[^{]+/, 'c'),
    rule(/(\{%-?)(\s*)(endcomment)(\s*)(-?%\})/, (lx, m) => { lx.groups(m, ['p', 'w', 'nt', 'w', 'p']); lx.resetStack(); }),
    rule(/\{/, 'c'),
  ],
  raw: [
    rule(/[^{]+/, ''),
    rule(/(\{%-?)(\s*)(endraw)(\s*)(-?%\})/, (lx, m) => { lx.groups(m, ['p', 'w', 'nt', 'w', 'p']); lx.resetStack(); }),
    rule(/\{/, ''),
  ],
  assign: [
    rule(/=/, 'o'),
    groups(/(\|)(\s*)([a-zA-Z_][^\s%|:]*)/, ['p', 'w', 'nf'], 'filters'),
    mixin('end_of_block'),
    mixin('generic'),
  ],
  include: [
    groups(/(\{\{-?)(\s*)/, ['p', 'w'], 'output_embed'),
    rule(/(with|for)\b/, 'nt'),
    rule(/[\/\w-]+(\.[\w-]+)+\b/, ''),
    mixin('variable_tag_markup'),
  ],
  output_embed: [
    groups(/(\|)(\s*)([a-zA-Z_][^\s}|:]*)/, ['p', 'w', 'nf']),
    rule(/-?\}\}/, 'p', '#pop'),
    mixin('variable_param_markup'),
  ],
};

export function create(): Lexer {
  return new LexerRun('liquid', states);
}
