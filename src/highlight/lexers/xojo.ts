// xojo (alias realbasic): Xojo/REALbasic — keywords, types and operator words (case-insensitive),
// rem/'/ comments, #tag Note blocks and # directives, strings, &H/&C/&O numbers.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = `addhandler aggregates array asc assigns attributes begin break byref byval call case catch class
  const continue char ctype declare delegate dim do downto each else elseif end enum event exception exit extends false
  finally for function global goto if implements inherits interface lib loop mod module new next nil object of optional
  paramarray private property protected public raise raiseevent rect redim removehandler return select shared soft
  static step sub super then to true try until using uend uhile`.trim().split(/\s+/);
const KEYWORDS_TYPE = `boolean cfstringref cgfloat cstring curency date double int8 int16 int32 int64 integer ostype
  pstring ptr short single single string structure variant uinteger uint8 uint16 uint32 uint64 ushort windowptr
  wstring`.trim().split(/\s+/);
const OPERATOR_WORDS = 'addressof weakaddressof and as in is isa mod not or xor'.split(' ');

const states: StateTable = {
  root: [
    rule(/\s+/, 'w'),
    rule(/rem\b.*?$/i, 'c1'),
    rule(/[\/\/'].*$/, 'c1'),
    rule(/\#tag Note.*?\#tag EndNote/, 'cp', undefined, { ignoreCase: true, dotAll: true }),
    rule(/\s*[#].*$/, 'cp'),
    rule(/".*?"/, 's2'),
    rule(/[(){}!#,:]/, 'p'),
    rule(`\\b(?:${KEYWORDS.join('|')})\\b`, 'k', undefined, { ignoreCase: true }),
    rule(`\\b(?:${KEYWORDS_TYPE.join('|')})\\b`, 'kd', undefined, { ignoreCase: true }),
    rule(`\\b(?:${OPERATOR_WORDS.join('|')})\\b`, 'o', undefined, { ignoreCase: true }),
    rule(/[+-]?(\d+\.\d*|\d*\.\d+)/i, 'mf'),
    rule(/[+-]?\d+/, 'mi'),
    rule(/&[CH][0-9a-f]+/i, 'mh'),
    rule(/&O[0-7]+/i, 'mo'),
    rule(/\b[\w\.]+\b/i, ''),
    rule(/<=|>=|<>|[=><\+\-\*\/\\]/, 'o'),
  ],
};

export function create(): Lexer {
  return new LexerRun('xojo', states);
}
