// tulip: the Tulip language — @annotations, \functions and +decorators (with {nested strings}),
// "strings" and "{interpolated $(exprs)}", 'symbols, .tags, $vars, -flags:, %builtins, <Types>.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const ID = '[a-zA-Z][\\w-]*';
const UPPER_ID = '[A-Z][\\w-]*';

const states: StateTable = {
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/#.*?$/, 'c'),
  ],
  root: [
    mixin('comments_and_whitespace'),
    rule(`@${ID}`, 'k'),
    groups(`(\\\\${ID})([{])`, ['nf', 's'], 'nested_string'),
    groups(`([+]${ID})([{])`, ['nd', 's'], 'nested_string'),
    rule(`\\\\${ID}`, 'nf'),
    rule(`[+]${ID}`, 'nd'),
    rule(/"[{]/, 's', 'dqi'),
    rule(/"/, 's', 'dq'),
    rule(/'{/, 's', 'nested_string'),
    rule(`'${ID}`, 's'),
    rule(`[.]${ID}`, 'nt'),
    rule(`[$](?:${ID})?`, 'nv'),
    rule(`-${ID}:?`, 'nl'),
    rule(`%${ID}`, 'nf'),
    rule(`\`${ID}`, 'ow'),
    rule(/[?~%._>,!\[\]:{}()=;\/-]/, 'p'),
    rule(/[0-9]+([.][0-9]+)?/, 'm'),
    rule(ID, 'n'),
    rule(/</, 'cp', 'angle_brackets'),
  ],
  dq: [
    rule(/[^\\"]+/, 's'),
    rule(/"/, 's', '#pop'),
    rule(/\\./, 'se'),
  ],
  dqi: [
    rule(/[$][(]/, 'si', 'interp_root'),
    rule(/[{]/, 's', 'dqi'),
    rule(/[}]/, 's', '#pop'),
    rule(/[^{}$]+/, 's'),
    rule(/./, 's'),
  ],
  interp_root: [
    rule(/[)]/, 'si', '#pop'),
    mixin('interp'),
  ],
  interp: [
    rule(/[(]/, 'p', 'interp'),
    rule(/[)]/, 'p', '#pop'),
    mixin('root'),
  ],
  nested_string: [
    rule(/\\./, 'se'),
    rule(/{/, 's', 'nested_string'),
    rule(/}/, 's', '#pop'),
    rule(/[^{}\\]+/, 's'),
  ],
  angle_brackets: [
    mixin('comments_and_whitespace'),
    rule(/>/, 'cp', '#pop'),
    rule(/[*:]/, 'p'),
    rule(UPPER_ID, 'kt'),
    rule(ID, 'nv'),
  ],
};

export function create(): Lexer {
  return new LexerRun('tulip', states);
}
