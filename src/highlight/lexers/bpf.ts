// bpf: BPF bytecode listings (as bpftool/llvm-objdump print them) — line numbers and raw bytes,
// registers, calls, gotos and conditional jumps, *(u32 *)(r1 + 8) memory accesses, comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const TYPE_KEYWORDS = 'u8|u16|u32|u64|ll';
const MISC_KEYWORDS = 'be16|be32|be64|exit|lock|map';
const I = { ignoreCase: true };

const states: StateTable = {
  root: [
    groups(/(\d+)(:)(\s+)(\(\h{2}\))/, ['gl', 'p', 'w', 'g'], undefined, I),
    groups(/(\d+)(:)(\s+)((?:\h{2} ){8})/, ['gl', 'p', 'w', 'g'], undefined, I),
    groups(/(\d+)(:)(\s+)/, ['gl', 'p', 'w'], undefined, I),
    groups(/(call)(\s+)(\d+)/, ['k', 'w', 'mi'], undefined, I),
    groups(/(call)(\s+)(\w+)(#)(\d+)/, ['k', 'w', 'nb', 'p', 'mi'], undefined, I),
    groups(/(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)/, ['k', 'w', 'mi', 'w', 'nl'], undefined, I),
    groups(/(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)(0x\h+|[-]?\d+)(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)/,
      ['k', 'w', 'n', 'w', 'o', 'w', 'm', 'w', 'k', 'w', 'mi', 'w', 'nl'], undefined, I),
    groups(/(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)([rw]\d+)(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)/,
      ['k', 'w', 'n', 'w', 'o', 'w', 'n', 'w', 'k', 'w', 'mi', 'w', 'nl'], undefined, I),
    groups(`(\\*)(\\s*)(\\()(${TYPE_KEYWORDS})(\\s*)(\\*)(\\))`, ['o', 'w', 'p', 'kt', 'w', 'o', 'p'], 'address', I),
    rule(/[+-\/\*&|><^s]{0,3}=/, 'o', undefined, I),
    groups(/([+-]?)([rw]\d+)/, ['p', 'n'], undefined, I),
    rule(/\/\//, 'c1', 'linecomment'),
    rule(/\/\*/, 'cm', 'multilinescomment'),
    rule(MISC_KEYWORDS, 'k', undefined, I),
    groups(/(0x\h+|[-]?\d+)(\s*)(ll)?/, ['m', 'w', 'kt'], undefined, I),
    groups(/(\w+)(\s*)(ll)/, ['n', 'w', 'kt'], undefined, I),
    groups(/(\w+)(\s*)(:)/, ['nl', 'w', 'p'], undefined, I),
    rule(/./, '', undefined, { dotAll: true }),
  ],
  address: [
    rule(/(\()([rw]\d+)(\s*)([+-])(\s*)(\d+)(\))/, (lx, m) => { lx.groups(m, ['p', 'n', 'w', 'o', 'w', 'mi', 'p']); lx.pop(); }, undefined, I),
    rule(/(\w+)(\[)(\d+)(\])/, (lx, m) => { lx.groups(m, ['n', 'p', 'mi', 'p']); lx.pop(); }, undefined, I),
    rule(/(\w+)(\[)([rw]\d+)(\])/, (lx, m) => { lx.groups(m, ['n', 'p', 'n', 'p']); lx.pop(); }, undefined, I),
  ],
  linecomment: [
    rule(/\n/, 'c1', '#pop'),
    rule(/.+/, 'c1'),
  ],
  multilinescomment: [
    rule(/\*\//, 'cm', '#pop'),
    rule(/([^\*\/]+)/, 'cm'),
    rule(/([\*\/])/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('bpf', states);
}
