// lustre: the Lustre synchronous dataflow language — keywords, word operators (fby, pre, when…),
// primitive types, --, /* */ and (* *) comments, numbers, chars, strings. `lustreStates` is
// reused by lutin with its own word sets.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

export interface LustreWords { keywords: ReadonlySet<string>; wordOperators: ReadonlySet<string>; primitives: ReadonlySet<string> }

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const ID = "[a-zA-Z_][\\w']*";

export function lustreStates(w: LustreWords): StateTable {
  return {
    root: [
      rule(/\s+/, '', undefined, { dotAll: true }),
      rule(/false|true/, 'kc'),
      rule(/\-\-.*/, 'c1'),
      rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
      rule(/\(\*.*?\*\)/, 'cm', undefined, { dotAll: true }),
      rule(ID, (lx, m) => {
        const x = m[0];
        lx.token(w.keywords.has(x) ? 'k' : w.wordOperators.has(x) ? 'ow' : w.primitives.has(x) ? 'kt' : 'n', x);
      }),
      rule(/[(){}\[\];]+/, 'p'),
      rule(/[,!$%&*+.\/:<=>?@^|~#-]+/, 'o'),
      rule(/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'mf'),
      rule(/\d[\d_]*/, 'mi'),
      rule(/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'/, 'sc'),
      rule(/'[.]'/, 'sc'),
      rule(/"/, 's2', 'string'),
      rule(`[~?]${ID}`, 'nv'),
    ],
    string: [
      rule(/[^\\"]+/, 's2'),
      mixin('escape_sequence'),
      rule(/\\\n/, 's2'),
      rule(/"/, 's2', '#pop'),
    ],
    escape_sequence: [
      rule(/\\[\\"'ntbr]/, 'se'),
      rule(/\\\d{3}/, 'se'),
      rule(/\\x\h{2}/, 'se'),
    ],
  };
}

const states = lustreStates({
  keywords: set(`extern unsafe assert const current enum function let node operator returns step struct tel type var
    model package needs provides uses is body end include merge`),
  wordOperators: set('div and xor mod or not nor if then else fby pre when with'),
  primitives: set('int real bool'),
});

export function create(): Lexer {
  return new LexerRun('lustre', states);
}
