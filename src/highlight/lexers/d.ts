// d (alias dlang): keywords and types, nested /+ +/ comments, all string forms (r"", `…`,
// x"", q"[…]", q{tokens}), character and numeric literals, attributes (@safe).

import { LexerRun, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';

const alt = (s: string): string => s.trim().split(/\s+/).join('|');
const KEYWORDS = alt(`abstract alias align asm assert auto body break case cast catch class const continue debug default
  delegate delete deprecated do else enum export extern finally final foreach_reverse foreach for function goto if
  immutable import interface invariant inout in is lazy mixin module new nothrow out override package pragma private
  protected public pure ref return scope shared static struct super switch synchronized template this throw try
  typedef typeid typeof union unittest version volatile while with __gshared __traits __vector __parameters`);
const KEYWORDS_TYPE = alt(`bool byte cdouble cent cfloat char creal dchar double float idouble ifloat int ireal long real
  short ubyte ucent uint ulong ushort void wchar`);
const KEYWORDS_PSEUDO = alt(`__FILE__ __FILE_FULL_PATH__ __MODULE__ __LINE__ __FUNCTION__ __PRETTY_FUNCTION__ __DATE__
  __EOF__ __TIME__ __TIMESTAMP__ __VENDOR__ __VERSION__`);

/** q"[ … ]" and friends: the outer state, then nesting inside. */
function delimited(open: string, close: string, inside: string): [Rule[], Rule[]] {
  const body = `[^${open}${close}]+`;
  return [
    [rule(body, 's'), rule(open, 's', inside), rule(`${close}"`, 's', '#pop')],
    [rule(body, 's'), rule(open, 's', '#push'), rule(close, 's', '#pop')],
  ];
}
const [bracket, insideBracket] = delimited('\\[', '\\]', 'delimited_inside_bracket');
const [paren, insideParen] = delimited('\\(', '\\)', 'delimited_inside_parenthesis');
const [angle, insideAngle] = delimited('<', '>', 'delimited_inside_angle');
const [curly, insideCurly] = delimited('\\{', '\\}', 'delimited_inside_curly');

const states: StateTable = {
  whitespace: [
    rule(/\n/, ''),
    rule(/\s+/, ''),
  ],
  root: [
    mixin('whitespace'),
    rule(/\/\/.*/, 'c1'),
    rule(/\/(\\\n)?[*](.|\n)*?[*](\\\n)?\//, 'cm'),
    rule(/\/\+/, 'cm', 'nested_comment'),
    rule(`(${KEYWORDS})\\b`, 'k'),
    rule(`(${KEYWORDS_TYPE})\\b`, 'kt'),
    rule(/(false|true|null)\b/, 'kc'),
    rule(`(${KEYWORDS_PSEUDO})\\b`, 'kp'),
    rule(/macro\b/, 'kr'),
    rule(/(string|wstring|dstring|size_t|ptrdiff_t)\b/, 'nb'),
    rule(/0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?/, 'mf'),
    rule(/[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?/, 'mf'),
    rule(/\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?/, 'mf'),
    rule(/0[Bb][01_]+/, 'mb'),
    rule(/0[0-7_]+/, 'mo'),
    rule(/0[xX][0-9a-fA-F_]+/, 'mh'),
    rule(/(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?/, 'mi'),
    rule(/'(\\['"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\&\w+;|.)'/, 'sc'),
    rule(/r"[^"]*"[cwd]?/, 's'),
    rule(/`[^`]*`[cwd]?/, 's'),
    rule(/"(\\\\|\\"|[^"])*"[cwd]?/, 's'),
    rule(/\\(['"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\w+;)/, 's'),
    rule(/x"[0-9a-fA-F_\s]*"[cwd]?/, 's'),
    rule(/q"\[/, 's', 'delimited_bracket'),
    rule(/q"\(/, 's', 'delimited_parenthesis'),
    rule(/q"</, 's', 'delimited_angle'),
    rule(/q"\{/, 's', 'delimited_curly'),
    rule(/q"([a-zA-Z_]\w*)\n.*?\n\1"/, 's'),
    rule(/q"(.).*?\1"/, 's'),
    rule(/q\{/, 's', 'token_string'),
    rule(/@([a-zA-Z_]\w*)?/, 'nd'),
    rule(/(~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|\/=)|[\/.&|\-+<>!()\[\]{}?,;:$=*%^~]/, 'p'),
    rule(/[a-zA-Z_]\w*/, 'n'),
    rule(/#line\s.*\n/, 'cs'),
  ],
  nested_comment: [
    rule(/[^+\/]+/, 'cm'),
    rule(/\/\+/, 'cm', '#push'),
    rule(/\+\//, 'cm', '#pop'),
    rule(/[+\/]/, 'cm'),
  ],
  token_string: [
    rule(/\{/, 'p', 'token_string_nest'),
    rule(/\}/, 's', '#pop'),
    mixin('root'),
  ],
  token_string_nest: [
    rule(/\{/, 'p', '#push'),
    rule(/\}/, 'p', '#pop'),
    mixin('root'),
  ],
  delimited_bracket: bracket,
  delimited_inside_bracket: insideBracket,
  delimited_parenthesis: paren,
  delimited_inside_parenthesis: insideParen,
  delimited_angle: angle,
  delimited_inside_angle: insideAngle,
  delimited_curly: curly,
  delimited_inside_curly: insideCurly,
};

export function create(): Lexer {
  return new LexerRun('d', states);
}
