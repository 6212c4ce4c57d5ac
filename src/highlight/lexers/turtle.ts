// turtle (Turtle/TriG): prefixes, IRIs, prefixed names, literals with language tags and
// datatypes, numbers, `a`.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/@base\b/, 'kd'),
    rule(/@prefix\b/, 'kd'),
    rule(/true\b/, 'kc'),
    rule(/false\b/, 'kc'),
    rule(/""".*?"""/, 's', undefined, { dotAll: true }),
    rule(/"([^"\\]|\\.)*"/, 's'),
    rule(/'''.*?'''/, 's', undefined, { dotAll: true }),
    rule(/'([^'\\]|\\.)*'/, 's'),
    rule(/#.*$/, 'c1'),
    rule(/@[^\s,.;]+/, 'na'),
    rule(/[+-]?[0-9]+\.[0-9]*E[+-]?[0-9]+/, 'mf'),
    rule(/[+-]?\.[0-9]+E[+-]?[0-9]+/, 'mf'),
    rule(/[+-]?[0-9]+E[+-]?[0-9]+/, 'mf'),
    rule(/[+-]?[0-9]*\.[0-9]+?/, 'mf'),
    rule(/[+-]?[0-9]+/, 'mi'),
    rule(/\./, 'p'),
    rule(/,/, 'p'),
    rule(/;/, 'p'),
    rule(/\(/, 'p'),
    rule(/\)/, 'p'),
    rule(/\{/, 'p'),
    rule(/\}/, 'p'),
    rule(/\[/, 'p'),
    rule(/\]/, 'p'),
    rule(/\^\^/, 'p'),
    rule(/<[^>]*>/, 'nl'),
    rule(/base\b/i, 'kd'),
    rule(/prefix\b/i, 'kd'),
    rule(/GRAPH\b/, 'k'),
    rule(/a\b/, 'k'),
    rule(/\s+/, 'w'),
    rule(/[^:;<>#@"().\[\]{} ]*:/, 'nn'),
    rule(/[^:;<>#@"().\[\]{} ]+/, 'n'),
  ],
};

export function create(): Lexer {
  return new LexerRun('turtle', states);
}
