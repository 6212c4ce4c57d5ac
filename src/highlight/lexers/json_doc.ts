// json-doc (alias jsonc): JSON plus what documentation adds — comments, `...` elisions and
// unquoted keys.

import { LexerRun, groups, rule, type Lexer } from '../engine.js';
import { jsonStates } from './json.js';

const states = jsonStates();
states.name = [groups(/([$\w]+)(\s*)(:)/, ['na', '', 'p']), ...states.name!];
states.value = [
  rule(/\/[*].*?[*]\//, 'c'),
  rule(/\/\/.*?$/, 'c1'),
  rule(/(\.\.\.)/, 'c1'),
  ...states.value!,
];

export function create(): Lexer {
  return new LexerRun('json-doc', states);
}
