// zig (alias zir): keywords, @builtins, sized integer/float types, char and string literals with
// escapes, raw r#"…"# strings, numbers; a name followed by `(` after a `.` is a method call.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`align linksection threadlocal struct enum union error break return anyframe fn c_longlong
  c_ulonglong c_longdouble c_void comptime_float c_short c_ushort c_int c_uint c_long c_ulong continue asm defer
  errdefer const var extern packed export pub if else switch and or orelse while for bool unreachable try catch async
  suspend nosuspend await resume undefined usingnamespace test void noreturn type anyerror usize noalias inline
  noinline comptime callconv volatile allowzero`);
const BUILTINS = set(`@addWithOverflow @as @atomicLoad @atomicStore @bitCast @breakpoint @alignCast @alignOf @cDefine
  @cImport @cInclude @bitOffsetOf @atomicRmw @bytesToSlice @byteOffsetOf @OpaqueType @panic @ptrCast @bitReverse
  @Vector @sin @cUndef @canImplicitCast @clz @cmpxchgWeak @cmpxchgStrong @compileError @compileLog @ctz @popCount
  @divExact @divFloor @cos @divTrunc @embedFile @export @tagName @TagType @errorName @call @errorReturnTrace @fence
  @fieldParentPtr @field @unionInit @errorToInt @intToEnum @enumToInt @setAlignStack @frame @Frame @exp @exp2 @log
  @log2 @log10 @fabs @floor @ceil @trunc @round @floatCast @intToFloat @floatToInt @boolToInt @errSetCast
  @intToError @frameAddress @import @newStackCall @asyncCall @intToPtr @intCast @frameSize @memcpy @memset @mod
  @mulWithOverflow @splat @ptrToInt @rem @returnAddress @setCold @Type @shuffle @setGlobalLinkage @setGlobalSection
  @shlExact @This @hasDecl @hasField @setRuntimeSafety @setEvalBranchQuota @setFloatMode @shlWithOverflow @shrExact
  @sizeOf @bitSizeOf @sqrt @byteSwap @subWithOverflow @sliceToBytes comptime_int @truncate @typeInfo @typeName
  @TypeOf`);

const ID = '[a-zA-Z_]\\w*';
const ESCAPES = '\\\\([nrt\'"\\\\0]|x\\h{2}|u\\h{4}|U\\h{8})';
const DOT = '[.][0-9_]+';
const EXP = 'e[-+]?[0-9_]+';

const states: StateTable = {
  bol: [
    mixin('whitespace'),
    rule(/#\s[^\n]*/, 'cs'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  attribute: [
    mixin('whitespace'),
    mixin('literals'),
    rule(/[(,)=:]/, 'nd'),
    rule(/\]/, 'nd', '#pop'),
    rule(ID, 'nd'),
  ],
  whitespace: [
    rule(/\s+/, ''),
    rule(/\/\/[^\n]*/, 'c'),
  ],
  root: [
    rule(/\n/, '', 'bol'),
    mixin('whitespace'),
    rule(/\b(?:(i|u)[0-9]+)\b/, 'kt'),
    rule(/\b(?:f(16|32|64|128))\b/, 'kt'),
    rule(/\b(?:(isize|usize))\b/, 'kt'),
    mixin('literals'),
    rule(`'${ID}`, 'nv'),
    rule(`([.]?)(\\s*)(@?${ID})(\\s*)([(]?)`, (lx, m) => {
      const name = m[3]!;
      const t = KEYWORDS.has(name) ? 'k'
        : BUILTINS.has(name) ? 'nb'
        : m[1] && m[5] ? 'nf'
        : m[1] ? 'py'
        : 'n';
      lx.groups(m, ['p', '', t, '', 'p']);
    }),
    rule(/[()\[\]{}|,:;]/, 'p'),
    rule(/[*\/!@~&+%^<>=\?-]|\.{1,3}/, 'o'),
  ],
  literals: [
    rule(/\b(?:true|false|null)\b/, 'kc'),
    rule(`'(?:${ESCAPES}|[^\\\\])'`, 'sc'),
    rule(/"/, 's', 'string'),
    rule(/r(#*)".*?"\1/, 's', undefined, { dotAll: true }),
    rule(`[0-9]+(${DOT}(?:${EXP})?|(?:${DOT})?${EXP})`, 'mf'),
    rule(/(0b[10_]+|0x[0-9a-fA-F_]+|[0-9_]+)/, 'mi'),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(ESCAPES, 'se'),
    rule(/[^"\\]+/, 's', undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('zig', states);
}
