// solidity: Ethereum contracts — keyword/builtin/unit/type/reserved words (abi.*, msg.* … as
// whole names), sized types (uint256, bytes32, fixed128x18), hex"…" strings, C-style comments.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const prefixed = (prefix: string, names: string): string[] => names.split(' ').map((n) => `${prefix}.${n}`);

const KEYWORDS = set(`abstract anonymous as assembly break catch calldata constant constructor continue contract do
  delete else emit enum event external fallback for function hex if indexed interface internal import is library
  mapping memory modifier new override payable public pure pragma private receive return returns storage struct
  throw try type using var view virtual while`);
const BUILTINS = new Set([
  ...set(`now false true balance now selector super this blockhash gasleft assert require revert selfdestruct
    suicide call callcode delegatecall send transfer addmod ecrecover keccak256 mulmod sha256 sha3 ripemd160`),
  ...prefixed('abi', 'decode encode encodePacked encodeWithSelector encodeWithSignature'),
  ...prefixed('block', 'coinbase difficulty gaslimit hash number timestamp'),
  ...prefixed('msg', 'data gas sender sig value'),
  ...prefixed('tx', 'gasprice origin'),
]);
const CONSTANTS = set('wei finney szabo ether seconds minutes hours days weeks years');
const KEYWORDS_TYPE = set('address bool byte bytes int string uint');
const RESERVED = set(`alias after apply auto case copyof default define final fixed immutable implements in inline let
  macro match mutable null of partial promise reference relocatable sealed sizeof static supports switch typedef
  typeof ufixed unchecked`);

function wordToken(name: string): string {
  if (KEYWORDS.has(name)) return 'k';
  if (BUILTINS.has(name)) return 'nb';
  if (CONSTANTS.has(name)) return 'kc';
  if (KEYWORDS_TYPE.has(name)) return 'kt';
  if (RESERVED.has(name)) return 'kr';
  return 'n';
}

const states: StateTable = {
  expr_bol: [
    mixin('inline_whitespace'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  bol: [mixin('expr_bol')],
  inline_whitespace: [
    rule(/[ \t\r]+/, ''),
    rule(/\\\n/, ''),
    rule(/\/\*/, 'cm', 'comment_multi'),
  ],
  whitespace: [
    rule(/\n+/, '', 'bol', { dotAll: true }),
    rule(/\/\/(\\.|.)*?\n/, 'c1', 'bol'),
    mixin('inline_whitespace'),
  ],
  expr_whitespace: [
    rule(/\n+/, '', 'expr_bol', { dotAll: true }),
    mixin('whitespace'),
  ],
  statements: [
    mixin('whitespace'),
    rule(/(hex)?\"/, 's', 'string_double'),
    rule(/(hex)?\'/, 's', 'string_single'),
    rule(/'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, 'sc'),
    rule(/\d\d*\.\d+([eE]\d+)?/i, 'mf'),
    rule(/0x[0-9a-f]+/i, 'mh'),
    rule(/\d+([eE]\d+)?/i, 'mi'),
    rule(/\*\//, 'err'),
    rule(/[~!%^&*+=\|?:<>\/-]/, 'o'),
    rule(/[()\[\],.]/, 'p'),
    rule(/u?fixed\d+x\d+/, 'kr'),
    rule(/bytes\d+/, 'kt'),
    rule(/u?int\d+/, 'kt'),
    rule(/[a-zA-Z$_][\w$_]*/, (lx, m) => lx.token(wordToken(m[0]), m[0])),
  ],
  root: [
    mixin('expr_whitespace'),
    rule(/(?:)/, (lx) => lx.push('statement')),
  ],
  statement: [
    rule(/;/, 'p', '#pop'),
    mixin('expr_whitespace'),
    mixin('statements'),
    rule(/[{}]/, 'p'),
  ],
  string_common: [
    rule(/\\(u[a-fA-F0-9]{4}|x..|[^x])/, 'se'),
    rule(/[^\\\"\'\n]+/, 's'),
    rule(/\\\n/, 's'),
    rule(/\\/, 's'),
  ],
  string_double: [
    mixin('string_common'),
    rule(/\"/, 's', '#pop'),
    rule(/\'/, 's'),
  ],
  string_single: [
    mixin('string_common'),
    rule(/\'/, 's', '#pop'),
    rule(/\"/, 's'),
  ],
  comment_multi: [
    rule(/\*\//, 'cm', '#pop'),
    rule(/[^*\/]+/, 'cm'),
    rule(/[*\/]/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('solidity', states, (lx) => lx.push('bol'));
}
