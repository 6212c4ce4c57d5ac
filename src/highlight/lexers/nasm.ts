// nasm: Netwide Assembler — labels, directives, instructions (the first word of a line) and their
// arguments (registers, numbers in NASM's radix notations, strings), % preprocessor lines.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/^\s*%/, 'cp', 'preproc'),
    mixin('whitespace'),
    rule(/[a-z$._?][\w$.?#@~]*:/i, 'nl'),
    groups(/([a-z$._?][\w$.?#@~]*)(\s+)(equ)/i, ['no', 'kd', 'kd'], 'instruction_args'),
    rule(/BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE/, 'k', 'instruction_args'),
    rule(/(?:res|d)[bwdqt]|times/i, 'kd', 'instruction_args'),
    rule(/[a-z$._?][\w$.?#@~]*/i, 'nf', 'instruction_args'),
    rule(/[\r\n]+/, ''),
  ],
  instruction_args: [
    // (as in Rouge, `\\n` in these classes excludes a backslash and the letter n, not newlines)
    rule(/"(\\\\"|[^"\\n])*"|'(\\\\'|[^'\\n])*'|`(\\\\`|[^`\\n])*`/, 's'),
    rule(/(?:0x[\da-f]+|$0[\da-f]*|\d+[\da-f]*h)/i, 'mh'),
    rule(/[0-7]+q/i, 'mo'),
    rule(/[01]+b/i, 'mb'),
    rule(/\d+\.e?\d+/i, 'mf'),
    rule(/\d+/, 'mi'),
    mixin('punctuation'),
    rule(/r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]/i, 'nb'),
    rule(/[a-z$._?][\w$.?#@~]*/i, 'nv'),
    rule(/[\r\n]+/, '', '#pop'),
    mixin('whitespace'),
  ],
  preproc: [
    rule(/[^;\n]+/, 'cp'),
    rule(/;.*?\n/, 'c1', '#pop'),
    rule(/\n/, 'cp', '#pop'),
  ],
  whitespace: [
    rule(/\n/, ''),
    rule(/[ \t]+/, ''),
    rule(/;.*/, 'c1'),
  ],
  punctuation: [
    rule(/[,():\[\]]+/, 'p'),
    rule(/[&|^<>+*\/%~-]+/, 'o'),
    rule(/\$+/, 'kc'),
    rule(/seg|wrt|strict/i, 'ow'),
    rule(/byte|[dq]?word/i, 'kt'),
  ],
};

export function create(): Lexer {
  return new LexerRun('nasm', states);
}
