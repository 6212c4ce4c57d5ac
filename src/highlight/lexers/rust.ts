// rust (aliases rs, rust,no_run, …): Rouge's Rust lexer — attributes, nested doc/plain block
// comments, macros (their bracket depth tracked until they close), lifetimes, raw strings,
// numeric literals with type suffixes, builtin types and traits.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = `as async await break const continue crate dyn else enum extern false fn for if impl in let log loop
  match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract
  become box do final macro override priv typeof unsized virtual yield try union`.trim().split(/\s+/).join('|');
const BUILTINS = new Set(`Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong
  Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq
  Err f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil
  None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success
  time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop
  drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator
  ExactSizeIterator Extend IntoIterator Iterator`.trim().split(/\s+/));

const ID = '(?:[\\p{XID_Start}_]\\p{XID_Continue}*)';
const HEX = '(?:[0-9a-fA-F])';
const ESCAPES = `(?:\\\\([nrt'"\\\\0]|x${HEX}{2}|u\\{(${HEX}_*){1,6}\\}))`;
const SIZE = '(?:8|16|32|64|128|size)';
const DOT = '(?:[.][0-9][0-9_]*)';
const EXP = '(?:[eE][-+]?[0-9_]+)';
const FLT = '(?:f32|f64)';

const CLOSER: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
type Delims = Record<string, number>;
const delims = (lx: LexerRun): Delims => lx.vars.delims as Delims;

function nestedBlock(tok: string, self: string): ReturnType<typeof rule>[] {
  return [
    rule(/\*\//, tok, '#pop'),
    rule(/\/\*/, tok, self),
    rule(/[^*\/]+|[*\/]/, tok),
  ];
}

const states: StateTable = {
  bol: [
    mixin('whitespace'),
    rule(/#\s[^\n]*/, 'cs'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  attribute: [
    mixin('whitespace'),
    mixin('has_literals'),
    rule(/[(,)=:]/, 'nd'),
    rule(/\]/, 'nd', '#pop'),
    rule(ID, 'nd'),
  ],
  whitespace: [rule(/\s+/, ''), mixin('comments')],
  comments: [
    rule(/\/\/\/\/+[^\n]*/, 'c1'),
    rule(/\/\/[\/!][^\n]*/, 'cd'),
    rule(/\/\/[^\n]*/, 'c1'),
    rule(/\/\*\*\*?\//, 'cm'),
    rule(/\/\*\*\*+/, 'cm', 'nested_plain_block'),
    rule(/\/[*][*!]/, 'cd', 'nested_doc_block'),
    rule(/\/[*]/, 'cm', 'nested_plain_block'),
  ],
  nested_plain_block: nestedBlock('cm', 'nested_plain_block'),
  nested_doc_block: nestedBlock('cd', 'nested_doc_block'),
  root: [
    rule(/\n/, '', 'bol'),
    mixin('whitespace'),
    rule(/#!?\[/, 'nd', 'attribute'),
    rule(`\\b(?:${KEYWORDS})\\b`, 'k'),
    mixin('has_literals'),
    rule(/[=-]>/, 'k'),
    rule(/<->/, 'k'),
    rule(/[()\[\]{}|,:;]/, 'p'),
    rule(/[*\/!@~&+%^<>=?-]|\.{2,3}/, 'o'),
    rule(`([.]\\s*)?${ID}(?=\\s*[(])`, 'nf', undefined, { dotAll: true }),
    rule(/[.]\s*await\b/, 'k'),
    rule(`[.]\\s*${ID}`, 'py'),
    rule(/[.]\s*\d+/, 'na'),
    groups(`(${ID})(::)`, ['nn', 'p'], undefined, { dotAll: true }),
    rule(/\bmacro_rules!/, 'nd', 'macro_rules'),
    rule(`${ID}!`, 'nd', 'macro'),
    rule(/'static\b/, 'k'),
    rule(`'${ID}`, 'nv'),
    rule(ID, (lx, m) => lx.token(BUILTINS.has(m[0]) ? 'nb' : 'n', m[0])),
  ],
  macro: [
    mixin('has_literals'),
    rule(/[\[{(]/, (lx, m) => {
      delims(lx)[CLOSER[m[0]]!]! += 1;
      lx.token('p', m[0]);
    }),
    rule(/[\]})]/, (lx, m) => {
      const d = delims(lx);
      d[m[0]]! -= 1;
      if (Object.values(d).every((n) => n === 0)) lx.pop();
      lx.token('p', m[0]);
    }),
    rule(`${ID}!`, 'nd'),
    mixin('root'),
    rule(/./, ''),
  ],
  macro_rules: [
    rule(`[$]${ID}(:${ID})?`, 'nv'),
    rule(/[$]/, 'nv'),
    mixin('macro'),
  ],
  has_literals: [
    rule(/\b(?:true|false)\b/, 'kc'),
    rule(`b?'(?:${ESCAPES}|[^\\\\])'`, 'sc'),
    rule(/b?"/, 's', 'string'),
    rule(/b?r(#*)".*?"\1/, 's', undefined, { dotAll: true }),
    rule(`[0-9][0-9_]*(${DOT}${EXP}?${FLT}?|${DOT}?${EXP}${FLT}?|${DOT}?${EXP}?${FLT}|[.](?![._\\p{XID_Start}]))`, 'mf'),
    rule(`(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u${SIZE}?|i${SIZE})?`, 'mi'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(ESCAPES, 'se'),
    rule(/[^"\\]+/, 's', undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('rust', states, (lx) => {
    lx.vars.delims = { ']': 0, ')': 0, '}': 0 };
    lx.push('bol');
  });
}
