// scala: Rouge's Scala lexer — class/trait/object, def/val names, symbolic operators, types after
// `:` and in [type params], symbols, triple-quoted strings, nested comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const WHITESPACE = '\\p{White_Space}';
const LETTER = '[\\p{L}$_]';
const UPPER = '[\\p{Lu}$_]';
const DIGITS = '[0-9]';
const PARENS = '[(){}\\[\\]]';
const DELIMS = '[‘’".;,]';
const OP = `(?:(?!${WHITESPACE}|${LETTER}|${DIGITS}|${PARENS}|${DELIMS})[\\u0020-\\u007F\\p{Sm}\\p{So}])`;
const IDREST = `(?:${LETTER}(?:${LETTER}|${DIGITS})*(?:(?<=_)${OP}+)?)`;
const NAMEISH = `(?:${IDREST}|${OP}+|\`[^\`]+\`)`;
const TYPECHUNK = `(?:${IDREST}|${OP}+\`[^\`]+\`)`;
const KEYWORDS = `abstract case catch def do else extends final finally for forSome if implicit lazy match new
  override private protected requires return sealed super this throw try val var while with yield`
  .trim().split(/\s+/).join('|');

const states: StateTable = {
  root: [
    groups(/(class|trait|object)(\s+)/, ['k', ''], 'class'),
    rule(`'${IDREST}(?!')`, 'ss'),
    rule(/[^\S\n]+/, ''),
    rule(/\/\/.*/, 'c1'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(`@${IDREST}`, 'nd'),
    groups(`(def)(\\s+)(${IDREST}|${OP}+|\`[^\`]+\`)(\\s*)`, ['k', '', 'nf', '']),
    groups(`(val)(\\s+)(${IDREST}|${OP}+|\`[^\`]+\`)(\\s*)`, ['k', '', 'nv', '']),
    groups(`(this)(\\n*)(\\.)(${IDREST})`, ['k', '', 'o', 'py']),
    groups(`(${IDREST}|_)(\\n*)(\\.)(${IDREST})`, ['nv', '', 'o', 'py']),
    rule(`${UPPER}${IDREST}\\b`, 'nc'),
    groups(`(${IDREST})(${WHITESPACE}*)(\\()`, ['nf', '', 'o']),
    groups(`(\\.)(${IDREST})`, ['o', 'py']),
    rule(`(${KEYWORDS})\\b|(<[%:-]|=>|>:|[#=@_\\u21D2\\u2190])(\\b|(?=\\s)|$)`, 'k'),
    rule(`:(?!${OP})`, 'k', 'type'),
    rule(/(true|false|null)\b/, 'kc'),
    groups(/(import|package)(\s+)/, ['k', ''], 'import'),
    groups(/(type)(\s+)/, ['k', ''], 'type'),
    rule(/""".*?"""(?!")/, 's', undefined, { dotAll: true }),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(/'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'/, 'sc'),
    rule(IDREST, 'n'),
    rule(/`[^`]+`/, 'n'),
    rule(/\[/, 'o', 'typeparam'),
    rule(/[(){};,.#]/, 'o'),
    rule(`${OP}+`, 'o'),
    rule(/([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?/, 'mf'),
    rule(/([0-9][0-9]*[fFdD])/, 'mf'),
    rule(/0x[0-9a-fA-F]+/, 'mh'),
    rule(/[0-9]+L?/, 'mi'),
    rule(/\n/, ''),
  ],
  class: [
    groups(`(${NAMEISH})(\\s*)(\\[)`, ['nc', '', 'o'], 'typeparam'),
    rule(/\s+/, ''),
    rule(/\{/, 'o', '#pop'),
    rule(/\(/, 'o', '#pop'),
    rule(/\/\/.*/, 'c1', '#pop'),
    rule(NAMEISH, 'nc', '#pop'),
  ],
  type: [
    rule(/\s+/, ''),
    rule(/<[%:]|>:|[#_\u21D2]|forSome|type/, 'k'),
    rule(/([,);}]|=>|=)(\s*)/, (lx, m) => { lx.groups(m, ['o', '']); lx.pop(); }),
    rule(/[({]/, 'o', 'type'),
    rule(`(${TYPECHUNK}(?:\\.${TYPECHUNK})*)(\\s*)(\\[)`, (lx, m) => {
      lx.groups(m, ['kt', '', 'o']);
      lx.pop();
      lx.push('typeparam');
    }),
    rule(`(${TYPECHUNK}(?:\\.${TYPECHUNK})*)(\\s*)$`, (lx, m) => { lx.groups(m, ['kt', '']); lx.pop(); }),
    rule(/\/\/.*/, 'c1', '#pop'),
    rule(`\\.|${IDREST}|${OP}+|\`[^\`]+\``, 'kt'),
  ],
  typeparam: [
    rule(/[\s,]+/, ''),
    rule(/<[%:]|=>|>:|[#_\u21D2]|forSome|type/, 'k'),
    rule(/([\])}])/, 'o', '#pop'),
    rule(/[(\[{]/, 'o', 'typeparam'),
    rule(`\\.|${IDREST}|${OP}+|\`[^\`]+\``, 'kt'),
  ],
  comment: [
    rule(/[^\/*]+/, 'cm'),
    rule(/\/\*/, 'cm', 'comment'),
    rule(/\*\//, 'cm', '#pop'),
    rule(/[*\/]/, 'cm'),
  ],
  import: [rule(`(${IDREST}|\\.)+`, 'nn', '#pop')],
};

export function create(): Lexer {
  return new LexerRun('scala', states);
}
