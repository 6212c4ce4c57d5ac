// c: Rouge's C lexer — preprocessor lines (#include files, `#if 0` blocks as comments), function
// definitions found by a "type name(args) {" pattern, literals and keyword classes. `cStates`
// is reused by cpp with its larger word sets.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

export interface CWords {
  keywords: ReadonlySet<string>;
  keywordsType: ReadonlySet<string>;
  reserved: ReadonlySet<string>;
  /** Name.Builtin words (none in C; YES NO nil in Objective-C). */
  builtins?: ReadonlySet<string>;
}

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const C_WORDS: CWords = {
  keywords: set(`auto break case const continue default do else enum extern for goto if register restricted return
    sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary
    _Noreturn _Static_assert _Thread_local`),
  keywordsType: set(`int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t
    sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool
    _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t
    int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t
    int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t
    uintmax_t char16_t char32_t`),
  reserved: set(`__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally
    __int61 __try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread
    __thread typename _typename __typename`),
};

export const C_ID = '[a-zA-Z_][a-zA-Z0-9_]*';
/** Whitespace and comments between a signature and its `{` (no newline inside `.`). */
const WS = '(?:\\s|\\/\\/.*?\\n|\\/[*].*?[*]\\/)+';

export function cStates(w: CWords, fresh: () => Lexer): StateTable {
  return {
    expr_bol: [
      mixin('inline_whitespace'),
      rule(/#if\s0/, 'c', 'if_0'),
      rule(/#/, 'cp', 'macro'),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    bol: [
      rule(`${C_ID}:(?!:)`, 'nl'),
      mixin('expr_bol'),
    ],
    inline_whitespace: [
      rule(/[ \t\r]+/, ''),
      rule(/\\\n/, ''),
      rule(/\/(\\\n)?[*].*?[*](\\\n)?\//, 'cm', undefined, { dotAll: true }),
    ],
    whitespace: [
      rule(/\n+/, '', 'bol', { dotAll: true }),
      rule(/\/\/(\\.|.)*?$/, 'c1', 'bol'),
      mixin('inline_whitespace'),
    ],
    expr_whitespace: [
      rule(/\n+/, '', 'expr_bol', { dotAll: true }),
      mixin('whitespace'),
    ],
    statements: [
      mixin('whitespace'),
      rule(/(u8|u|U|L)?"/, 's', 'string'),
      rule(/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'sc'),
      rule(/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, 'mf'),
      rule(/\d+e[+-]?\d+[lu]*/i, 'mf'),
      rule(/0x[0-9a-f]+[lu]*/i, 'mh'),
      rule(/0[0-7]+[lu]*/i, 'mo'),
      rule(/\d+[lu]*/i, 'mi'),
      rule(/\*\//, 'err'),
      rule(/[~!%^&*+=|?:<>\/-]/, 'o'),
      rule(/[()\[\],.;]/, 'p'),
      rule(/\bcase\b/, 'k', 'case'),
      rule(/(?:true|false|NULL)\b/, 'nb'),
      rule(C_ID, (lx, m) => {
        const name = m[0];
        if (w.keywords.has(name)) lx.token('k', name);
        else if (w.keywordsType.has(name)) lx.token('kt', name);
        else if (w.reserved.has(name)) lx.token('kr', name);
        else if (w.builtins?.has(name)) lx.token('nb', name);
        else lx.token('n', name);
      }),
    ],
    case: [
      rule(/:/, 'p', '#pop'),
      mixin('statements'),
    ],
    root: [
      mixin('expr_whitespace'),
      rule(`([\\w*\\s]+?[\\s*])(${C_ID})(\\s*\\([^;]*?\\))((?:${WS})?)(\\{|;)`, (lx, m) => {
        lx.recurse(m[1]!, fresh);
        lx.token('nf', m[2]);
        lx.recurse(m[3]!, fresh);
        lx.recurse(m[4] ?? '', fresh);
        lx.token('p', m[5]);
        if (m[5] === '{') lx.push('function');
      }),
      rule(/\{/, 'p', 'function'),
      mixin('statements'),
    ],
    function: [
      mixin('whitespace'),
      mixin('statements'),
      rule(/;/, 'p'),
      rule(/\{/, 'p', 'function'),
      rule(/\}/, 'p', '#pop'),
    ],
    string: [
      rule(/"/, 's', '#pop'),
      rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, 'se'),
      rule(/[^\\"\n]+/, 's'),
      rule(/\\\n/, 's'),
      rule(/\\/, 's'),
    ],
    macro: [
      mixin('include'),
      rule(/[^\/\n\\]+/, 'cp'),
      rule(/\\./, 'cp', undefined, { dotAll: true }),
      mixin('inline_whitespace'),
      rule(/\//, 'cp'),
      rule(/\n/, 'cp', '#pop'),
    ],
    include: [
      rule(/(include)(\s*)(<[^>]+>)([^\n]*)/, (lx, m) => lx.groups(m, ['cp', '', 'cpf', 'c1'])),
      rule(/(include)(\s*)("[^"]+")([^\n]*)/, (lx, m) => lx.groups(m, ['cp', '', 'cpf', 'c1'])),
    ],
    if_0: [
      rule(/^\s*#if/, 'c', 'if_0'),
      rule(/^\s*#\s*el(?:se|if)/, 'c', '#pop'),
      rule(/^\s*#\s*endif\b.*?(?<!\\)\n/, 'c', '#pop', { dotAll: true }),
      rule(/.*?\n/, 'c'),
    ],
  };
}

const states = cStates(C_WORDS, create);

export function create(): Lexer {
  return new LexerRun('c', states, (lx) => lx.push('bol'));
}
