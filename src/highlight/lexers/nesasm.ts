// nesasm (alias nes): NESASM3 6502 assembler — opcodes, data and assembler directives
// (case-insensitive), labels, #immediate %binary/$hex/decimal values, strings, macro parameters.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`ADC AND ASL BIT BRK CMP CPX CPY DEC EOR INC JMP JSR LDA LDX LDY LSR NOP ORA ROL ROR RTI RTS SBC
  STA STX STY TAX TXA DEX INX TAY TYA DEY INY BPL BMI BVC BVS BCC BCS BNE BEQ CLC SEC CLI SEI CLV CLD SED TXS TSX PHA
  PLA PHP PLP`);
const KEYWORDS_TYPE = set('DB DW BYTE WORD');
const KEYWORDS_RESERVED = set(`INCBIN INCLUDE ORG BANK RSSET RS MACRO ENDM DS PROC ENDP PROCGROUP ENDPROCGROUP INCCHR
  DEFCHR ZP BSS CODE DATA IF IFDEF IFNDEF ELSE ENDIF FAIL INESPRG INESCHR INESMAP INESMIR FUNC`);

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/;.*/, 'c1'),
    rule(/[\(\)\,\.\[\]]/, 'p'),
    rule(/\#?\%[0-1]+/, 'mb'),
    rule(/\#?\$\h+/, 'mh'),
    rule(/\#?\d+/, 'm'),
    rule(/[~&*+=\|?:<>\/-]/, 'o'),
    rule(/\#?\w+:?/i, (lx, m) => {
      const name = m[0].toUpperCase();
      lx.token(KEYWORDS.has(name) ? 'k' : KEYWORDS_TYPE.has(name) ? 'kt' : KEYWORDS_RESERVED.has(name) ? 'kr' : 'nf', m[0]);
    }),
    rule(/\#?(?:LOW|HIGH)\(.*\)/i, 'kr'),
    rule(/\#\(/, 'p'),
    rule(/"/, 's', 'string'),
    rule(/'\w'/, 'sc'),
    rule(/\\\??[\d@#]/, 'nb'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\"?/, 'se'),
    rule(/[^"\\]+/, 's', undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('nesasm', states);
}
