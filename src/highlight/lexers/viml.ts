// viml (aliases vim, vimscript, ex): Vim script — comments, strings, commands, options, autocmd
// events and functions from Rouge's generated lists.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { VIML_AUTO, VIML_COMMAND, VIML_FUNCTION, VIML_OPTION } from './viml-keywords.js';

const states: StateTable = {
  root: [
    groups(/^(\s*)(".*?)$/, ['', 'c']),
    rule(/^\s*\\/, 'se'),
    rule(/[ \t]+/, ''),
    rule(/\/(\\\\|\\\/|[^\n\/])*\//, 'sr'),
    rule(/"(\\\\|\\"|[^\n"])*"/, 's2'),
    rule(/'(\\\\|\\'|[^\n'])*'/, 's1'),
    rule(/(?<=\s)"[^-:.%#=*].*?$/, 'c'),
    rule(/-?\d+/, 'm'),
    rule(/#[0-9a-f]{6}/i, 'mh'),
    rule(/^:/, 'p'),
    rule(/[():<>+=!\[\]{}|,~.-]/, 'p'),
    rule(/\b(let|if|else|endif|elseif|fun|function|endfunction)\b/, 'k'),
    rule(/\b(NONE|bold|italic|underline|dark|light)\b/, 'nb'),
    rule(/[absg]:\w+\b/, 'nv'),
    rule(/\b\w+\b/, (lx, m) => {
      const name = m[0];
      if (VIML_COMMAND.has(name)) lx.token('k', name);
      else if (VIML_FUNCTION.has(name) || VIML_OPTION.has(name) || VIML_AUTO.has(name)) lx.token('nb', name);
      else lx.token('', name);
    }),
    rule(/./, '', undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('viml', states);
}
