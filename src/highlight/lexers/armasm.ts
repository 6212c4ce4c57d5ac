// armasm: Arm assembler (armasm syntax) — labels in column one, directives and opcodes (any
// all-upper or all-lower word with .W/.N/.F32… suffixes), registers and symbols, numbers in Arm's
// radix notations, :operators:, strings and GET/INCLUDE file names, # preprocessor lines.
// (Word lists generated from Rouge and joined unescaped into patterns, as Rouge does.)

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './armasm-words.js';

const states: StateTable = {
  root: [
    rule(/\n/, ''),
    groups(`^([ \\t]*)(#[ \\t]*(?:(?:${W.PREPROC_KEYWORD.join('|')})(?:[ \\t].*)?)?)(\\n)`, ['', 'cp', '']),
    rule(/[ \t]+/, '', 'command'),
    rule(/;.*/, 'c'),
    rule(/\$[a-z_]\w*\.?/i, 'nn'),
    rule(/\w+|\|[^|\n]+\|/, 'nl'),
  ],
  command: [
    rule(/\n/, '', '#pop'),
    rule(/[ \t]+/, (lx, m) => { lx.token('', m[0]); lx.goto('args'); }),
    rule(/;.*/, 'c', '#pop'),
    rule(`(?:${W.FILE_DIRECTIVE.join('|')})\\b`, (lx, m) => { lx.token('k', m[0]); lx.goto('filespec'); }),
    rule(`(?:${W.GENERAL_DIRECTIVE.join('|')})(?=[; \\t\\n])`, 'k'),
    // Rouge writes the repetition as {,3}
    rule(/(?:[A-Z][\dA-Z]*|[a-z][\da-z]*)(?:\.[NWnw])?(?:\.[DFIPSUdfipsu]?(?:8|16|32|64)?){0,3}\b/, 'nb'),
    rule(/[a-z_]\w*|\|[^|\n]+\|/i, 'nf'),
    rule(/\$[a-z]\w*\.?/i, 'nn'),
  ],
  args: [
    rule(/\n/, '', '#pop'),
    rule(/[ \t]+/, ''),
    rule(/;.*/, 'c', '#pop'),
    rule(`(?:${W.SHIFT_OR_CONDITION.join('|')})\\b`, 'nb'),
    rule(/[a-z_]\w*|\|[^|\n]+\|/i, 'nv'),
    rule(/%[bf]?[at]?\d+(?:[a-z_]\w*)?/i, 'nl'),
    rule(/(?:&|0x)\h+(?!p)/i, 'mh'),
    rule(/(?:&|0x)[.\h]+(?:p[-+]?\d+)?/i, 'mf'),
    rule(/0f_\h{8}|0d_\h{16}/i, 'mf'),
    rule(/(?:2_[01]+|3_[0-2]+|4_[0-3]+|5_[0-4]+|6_[0-5]+|7_[0-6]+|8_[0-7]+|9_[0-8]+|\d+)(?!e)/i, 'mi'),
    rule(/(?:2_[.01]+|3_[.0-2]+|4_[.0-3]+|5_[.0-4]+|6_[.0-5]+|7_[.0-6]+|8_[.0-7]+|9_[.0-8]+|[.\d]+)(?:e[-+]?\d+)?/i, 'mf'),
    rule(/[@:](?=[ \t]*(?:8|16|32|64|128|256)[^\d])/, 'o'),
    rule(`[.@]|\\{(?:${W.BUILTIN.join('|')})\\}`, 'no'),
    rule(`[-!#%&()*+,\\/<=>?^{|}]|\\[|\\]|!=|&&|\\/=|<<|<=|<>|==|><|>=|>>|\\|\\||:(?:${W.OPERATOR.join('|')}):`, 'o'),
    rule(/\$[a-z]\w*\.?/i, 'nn'),
    rule(/'/, (lx, m) => { lx.token('sc', m[0]); lx.goto('singlequoted'); }),
    rule(/"/, (lx, m) => { lx.token('s2', m[0]); lx.goto('doublequoted'); }),
  ],
  singlequoted: [
    rule(/\n/, '', '#pop'),
    rule(/\$\$/, 'sc'),
    rule(/\$[a-z]\w*\.?/i, 'nn'),
    rule(/'/, (lx, m) => { lx.token('sc', m[0]); lx.goto('args'); }),
    rule(/[^$'\n]+/, 'sc'),
  ],
  doublequoted: [
    rule(/\n/, '', '#pop'),
    rule(/\$\$/, 's2'),
    rule(/\$[a-z]\w*\.?/i, 'nn'),
    rule(/"/, (lx, m) => { lx.token('s2', m[0]); lx.goto('args'); }),
    rule(/[^$"\n]+/, 's2'),
  ],
  filespec: [
    rule(/\n/, '', '#pop'),
    rule(/\$\$/, 'sx'),
    rule(/\$[a-z]\w*\.?/i, 'nn'),
    rule(/[^$\n]+/, 'sx'),
  ],
};

export function create(): Lexer {
  return new LexerRun('armasm', states);
}
