// hack (alias hh): the PHP lexer with Hack's keywords (type, async, vec, dict…), <?hh headers
// and HH_FIXME / UNSAFE comments. Options as php's.

import { groups, rule, type Lexer, type StateTable } from '../engine.js';
import { PHP_KEYWORDS, createPhpLike, phpStates } from './php.js';

const KEYWORDS = new Set([...PHP_KEYWORDS, ...`type newtype enum as super async await Awaitable vec dict keyset void int
  string bool float double arraykey num Stringish`.trim().split(/\s+/)]);

const states: StateTable = phpStates();
states.root = [rule(/<\?hh(\s*\/\/\s*(strict|decl|partial))?$/, 'cp', 'php'), ...states.root!];
states.php = [
  groups(/(\/\*\s*)(HH_(?:IGNORE_ERROR|FIXME)\[\d+\])([^*]*)(\*\/)/, ['cp', 'cp', 'cm', 'cp']),
  rule(/\/\/ UNSAFE(?:_EXPR|_BLOCK)?/, 'cp'),
  rule(/\/\*\s*UNSAFE_EXPR\s*\*\//, 'cp'),
  ...states.php!,
];

export function create(options: Record<string, string> = {}): Lexer {
  return createPhpLike('hack', states, KEYWORDS, options);
}
