// kotlin: Rouge's Kotlin lexer — declarations (class/fun/val/var) with their names, generics,
// labels (return@x), annotations, numeric literals with underscores, strings, nested comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = `abstract annotation as break by catch class companion const constructor continue crossinline do
  dynamic else enum external false final finally for fun get if import in infix inline inner interface internal is
  lateinit noinline null object open operator out override package private protected public reified return sealed
  set super suspend tailrec this throw true try typealias typeof val var vararg when where while yield`
  .trim().split(/\s+/).join('|');

const NAME_CHARS = '(?:[-_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}\\p{Nd}\\p{Pc}\\p{Cf}\\p{Mn}\\p{Mc}]*)';
const CLASS_NAME = `(?:\`?[\\p{Lu}]${NAME_CHARS}\`?)`;
const NAME = `(?:\`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]${NAME_CHARS}\`?)`;
const DEC = '(?:([0-9][0-9_]*[0-9])|[0-9])';
const EXPONENT = `(?:[eE][+-]?(${DEC}))`;
const DOUBLE = `(?:((${DEC})?\\.${DEC}(${EXPONENT})?)|(${DEC}${EXPONENT}))`;

const states: StateTable = {
  root: [
    groups(/\b(companion)(\s+)(object)\b/, ['k', '', 'k']),
    groups(/\b(class|data\s+class|interface|object)(\s+)/, ['kd', ''], 'class'),
    groups(/\b(fun)(\s+)/, ['k', ''], 'function'),
    groups(/\b(package|import)(\s+)/, ['k', ''], 'package'),
    groups(/\b(val|var)(\s+)(\()/, ['kd', '', 'p'], 'destructure'),
    groups(/\b(val|var)(\s+)/, ['kd', ''], 'property'),
    groups(`(return|continue|break|this|super)(@${NAME})?\\b`, ['k', 'nd']),
    rule(/\bfun\b/, 'k'),
    rule(`\\b(?:${KEYWORDS})\\b`, 'k'),
    rule(/^\s*\[.*?\]/, 'na'),
    rule(/[^\S\n]+/, ''),
    rule(/\\\n/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*].*[*]\//, 'cm'),
    rule(/\/[*].*/, 'cm', 'comment'),
    rule(/\n/, ''),
    groups(/(::)(class)/, ['o', 'k']),
    rule(/::|!!|\?[:.]/, 'o'),
    rule(/(\.\.)/, 'o'),
    rule(`(${DOUBLE}[fF]?)|(${DEC}[fF])`, 'mf'),
    rule(/0[bB]([01][01_]*[01]|[01])[uU]?L?/, 'mb'),
    rule(/0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?/, 'mh'),
    rule(/(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?/, 'mi'),
    rule(/[~!%^&*()+=|\[\]:;,.<>\/?-]/, 'p'),
    rule(/[{}]/, 'p'),
    rule(/@"(""|[^"])*"/, 's', undefined, { dotAll: true }),
    rule(/""".*?"""/, 's', undefined, { dotAll: true }),
    rule(/"(\\\\|\\"|[^"\n])*["\n]/, 's', undefined, { dotAll: true }),
    rule(/'\\.'|'[^\\]'/, 'sc'),
    rule(`(@${CLASS_NAME})`, 'nd'),
    groups(`(${CLASS_NAME})(<)`, ['nc', 'p'], 'generic_parameters'),
    rule(CLASS_NAME, 'nc'),
    rule(`(${NAME})(?=\\s*[({])`, 'nf'),
    rule(`(${NAME})@`, 'nd'),
    rule(NAME, 'n'),
  ],
  package: [rule(/\S+/, 'nn', '#pop')],
  class: [rule(CLASS_NAME, 'nc', '#pop')],
  function: [
    rule(/(<)/, 'p', 'generic_parameters'),
    rule(/(\s+)/, ''),
    groups(`(${CLASS_NAME})(\\.)`, ['nc', 'p']),
    rule(NAME, 'nf', '#pop'),
  ],
  generic_parameters: [
    rule(CLASS_NAME, 'nc'),
    rule(/(<)/, 'p', 'generic_parameters'),
    rule(/(reified|out|in)/, 'k'),
    rule(/([,:.?])/, 'p'),
    rule(/(\s+)/, ''),
    rule(/(>)/, 'p', '#pop'),
  ],
  property: [
    rule(/(<)/, 'p', 'generic_parameters'),
    rule(/(\s+)/, ''),
    rule(NAME, 'py', '#pop'),
  ],
  destructure: [
    rule(/(,)/, 'p'),
    rule(/(\))/, 'p', '#pop'),
    rule(/(\s+)/, ''),
    rule(NAME, 'py'),
  ],
  comment: [
    rule(/\/[*]/, 'cm', 'comment'),
    rule(/[*]\//, 'cm', '#pop'),
    rule(/[^\/*]+/, 'cm'),
    rule(/[\/*]/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('kotlin', states);
}
