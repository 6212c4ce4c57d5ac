// vb (alias visualbasic): Visual Basic / VB.NET — keywords, types, word operators, declarations
// with their names (Dim, Sub, Class, Namespace…), preprocessor lines, strings, dates, numbers.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`AddHandler Alias ByRef ByVal CBool CByte CChar CDate CDbl CDec CInt CLng CObj CSByte CShort CSng
  CStr CType CUInt CULng CUShort Call Case Catch Class Const Continue Declare Default Delegate Dim DirectCast Do Each
  Else ElseIf End EndIf Enum Erase Error Event Exit False Finally For Friend Function Get Global GoSub GoTo Handles If
  Implements Imports Inherits Interface Let Lib Loop Me Module MustInherit MustOverride MyBase MyClass Namespace
  Narrowing New Next Not NotInheritable NotOverridable Nothing Of On Operator Option Optional Overloads Overridable
  Overrides ParamArray Partial Private Property Protected Public RaiseEvent ReDim ReadOnly RemoveHandler Resume Return
  Select Set Shadows Shared Single Static Step Stop Structure Sub SyncLock Then Throw To True Try TryCast Using Wend
  When While Widening With WithEvents WriteOnly`);
const KEYWORDS_TYPE = set(`Boolean Byte Char Date Decimal Double Integer Long Object SByte Short Single String Variant
  UInteger ULong UShort`);
const OPERATOR_WORDS = set('AddressOf And AndAlso As GetType In Is IsNot Like Mod Or OrElse TypeOf Xor');
const BUILTINS = set('Console ConsoleColor');
const ID = '(?:[a-zA-Z_]\\w*)';

const states: StateTable = {
  whitespace: [
    rule(/\s+/, ''),
    rule(/\n/, '', 'bol'),
    rule(/rem\b.*?$/i, 'c1'),
    rule(/%\{.*?%\}/, 'cm', undefined, { dotAll: true }),
    rule(/'.*$/, 'c1'),
  ],
  // Rouge's last rule here returns :pop! instead of calling pop! (so it never leaves)
  bol: [
    rule(/\s+/, ''),
    rule(/<.*?>/, 'na'),
    rule(/(?:)/, () => {}),
  ],
  root: [
    mixin('whitespace'),
    rule(/[#]If\b.*?\bThen|[#]ElseIf\b.*?\bThen|[#]End\s+If|[#]Const|[#]ExternalSource.*?\n|[#]End\s+ExternalSource|[#]Region.*?\n|[#]End\s+Region|[#]ExternalChecksum/, 'cp'),
    rule(/[.]/, 'p', 'dotted'),
    rule(/[(){}!#,:]/, 'p'),
    rule(/Option\s+(Strict|Explicit|Compare)\s+(On|Off|Binary|Text)/, 'kd'),
    rule(/End\b/, 'k', 'end'),
    rule(/(Dim|Const)\b/, 'k', 'dim'),
    rule(/(Function|Sub|Property)\b/, 'k', 'funcname'),
    rule(/(Class|Structure|Enum)\b/, 'k', 'classname'),
    rule(/(Module|Namespace|Imports)\b/, 'k', 'namespace'),
    rule(/[A-Z]\w*/, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : KEYWORDS_TYPE.has(w) ? 'kt' : OPERATOR_WORDS.has(w) ? 'ow' : BUILTINS.has(w) ? 'nb' : 'n', w);
    }),
    rule(/&=|[*]=|\/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*\/\\^+=<>.]/, 'o'),
    rule(/"/, 's', 'string'),
    rule(`${ID}[%&@!#$]?`, 'n'),
    rule(/#.*?#/, 'ld'),
    rule(/(\d+\.\d*|\d*\.\d+)(f[+-]?\d+)?/i, 'mf'),
    rule(/\d+([SILDFR]|US|UI|UL)?/, 'mi'),
    rule(/&H[0-9a-f]+([SILDFR]|US|UI|UL)?/, 'mi'),
    rule(/&O[0-7]+([SILDFR]|US|UI|UL)?/, 'mi'),
    rule(/_\n/, 'k'),
  ],
  dotted: [mixin('whitespace'), rule(ID, 'n', '#pop')],
  string: [
    rule(/""/, 'se'),
    rule(/"C?/, 's', '#pop'),
    rule(/[^"]+/, 's'),
  ],
  dim: [mixin('whitespace'), rule(ID, 'nv', '#pop'), rule(/(?:)/, (lx) => lx.pop())],
  funcname: [mixin('whitespace'), rule(ID, 'nf', '#pop')],
  classname: [mixin('whitespace'), rule(ID, 'nc', '#pop')],
  namespace: [mixin('whitespace'), rule(`${ID}([.]${ID})*`, 'nn', '#pop')],
  end: [
    mixin('whitespace'),
    rule(/(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b/, 'k', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('vb', states);
}
