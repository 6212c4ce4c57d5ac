// qml: Qt's QML — the JavaScript lexer with Type { … } blocks, `Behavior on x {`, id:, property
// and signal declarations, and property: value bindings (values lexed as JavaScript).

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { JS_WORDS, javascriptStates } from './javascript.js';

const ID_WITH_DOTS = '[$a-zA-Z_][a-zA-Z0-9_.]*';

const states: StateTable = javascriptStates(JS_WORDS);
states.root = [
  groups(`(${ID_WITH_DOTS})(\\s*)({)`, ['kt', '', 'p'], 'type_block'),
  groups(`(${ID_WITH_DOTS})(\\s+)(on)(\\s+)(${ID_WITH_DOTS})(\\s*)({)`, ['kt', '', 'k', '', 'nl', '', 'p'], 'type_block'),
  rule(/[{]/, 'p', '#push'),
  ...states.root!,
];
states.type_block = [
  groups(`(id)(\\s*)(:)(\\s*)(${ID_WITH_DOTS})`, ['nl', '', 'p', '', 'kd']),
  groups(`(${ID_WITH_DOTS})(\\s*)(:)`, ['nl', '', 'p'], 'expr_start'),
  groups(`(signal)(\\s+)(${ID_WITH_DOTS})`, ['kd', '', 'nl'], 'signal'),
  groups(`(property)(\\s+)(${ID_WITH_DOTS})(\\s+)(${ID_WITH_DOTS})(\\s*)(:?)`, ['kd', '', 'kt', '', 'nl', '', 'p'], 'expr_start'),
  rule(/[}]/, 'p', '#pop'),
  mixin('root'),
];
states.signal = [
  mixin('comments_and_whitespace'),
  rule(/\(/, (lx, m) => { lx.token('p', m[0]); lx.goto('signal_args'); }),
  rule(/(?:)/, '', '#pop'),
];
states.signal_args = [
  mixin('comments_and_whitespace'),
  groups(`(${ID_WITH_DOTS})(\\s+)(${ID_WITH_DOTS})(\\s*)(,?)`, ['kt', '', 'n', '', 'p']),
  rule(/\)/, 'p', '#pop'),
];

export function create(): Lexer {
  return new LexerRun('qml', states);
}
