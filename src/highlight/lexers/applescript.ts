// applescript: AppleScript — multi-word operators, commands, controls, classes after `as`,
// AppleScript Studio terms (patterns generated from Rouge's word lists), «raw codes», -- and #
// comments, ¬ line continuations.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './applescript-words.js';

const states: StateTable = {
  root: [
    rule(/\s+/, 'w'),
    rule(/¬\n/, 'se'),
    rule(/'s\s+/, ''),
    rule(/(--|#).*?$/, 'c1'),
    rule(/\(\*/, 'cm'),
    rule(/[\(\){}!,.:]/, 'p'),
    rule(/(«)([^»]+)(»)/, (lx, m) => { lx.token('', m[1]); lx.token('nb', m[2]); lx.token('', m[3]); }),
    rule(/\b((?:considering|ignoring)\s*)(application responses|case|diacriticals|hyphens|numeric strings|punctuation|white space)/, (lx, m) => {
      lx.token('k', m[1]);
      lx.token('nb', m[2]);
    }),
    rule(/(-|\*|\+|&|≠|>=?|<=?|=|≥|≤|\/|÷|\^)/, 'o'),
    rule(W.OPERATORS_SOURCE, 'ow'),
    // (Rouge's pattern really is this: a literal 'r' and %s, so it never matches real code)
    rule(/^(\s*(?:on|end)\s+)'r'(%s)/, (lx, m) => { lx.token('k', m[1]); lx.token('nf', m[2]); }),
    rule(/^(\s*)(in|on|script|to)(\s+)/, (lx, m) => { lx.token('', m[1]); lx.token('k', m[2]); lx.token('', m[3]); }),
    rule(W.CLASSES_SOURCE, (lx, m) => { lx.token('k', m[1]); lx.token('nc', m[2]); }),
    rule(W.LITERALS_SOURCE, 'nb'),
    rule(W.COMMANDS_SOURCE, 'nb'),
    rule(W.CONTROLS_SOURCE, 'k'),
    rule(W.DECLARATIONS_SOURCE, 'k'),
    rule(W.RESERVED_SOURCE, 'nb'),
    rule(W.BUILTINS_SOURCE, 'nb'),
    rule(W.HANDLER_PARAMS_SOURCE, 'nb'),
    rule(W.STUDIO_PROPERTIES_SOURCE, 'na'),
    rule(W.STUDIO_CLASSES_SOURCE, 'nb'),
    rule(W.STUDIO_COMMANDS_SOURCE, 'nb'),
    rule(W.REFERENCES_SOURCE, 'nb'),
    rule(/"(\\\\|\\"|[^"])*"/, 's2'),
    rule(/\b([a-zA-Z]\w*)\b/, 'nv'),
    rule(/[-+]?(\d+\.\d*|\d*\.\d+)(E[-+][0-9]+)?/, 'mf'),
    rule(/[-+]?\d+/, 'mi'),
  ],
};

export function create(): Lexer {
  return new LexerRun('applescript', states);
}
