// fluent (alias ftl): Project Fluent localisation files — message ids, -terms, .attributes,
// # comments, and templates with { placeables } (variables, functions, selectors, variants).

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    groups(/( *)(\=)( *)/, ['w', 'p', 'w'], 'template'),
    rule(/(?:\s*\n)+/, 'w', undefined, { dotAll: true }),
    rule(/\#{1,3}(?: .*)?$/, 'c1'),
    rule(/[a-zA-Z][a-zA-Z0-9_-]*/, 'no'),
    rule(/\-[a-zA-Z][a-zA-Z0-9_-]*/, 'ni'),
    rule(/\s*\.[a-zA-Z][a-zA-Z0-9_-]*/, 'na'),
    rule(/\s+(?=[^\s\.])/, 'w', 'template'),
  ],
  template: [
    rule(/\n/, 'w', '#pop'),
    rule(/[^\{\n\}\*]+/, ''),
    rule(/\{/, 'p', 'placeable'),
    rule(/(?=\})/, 'p', '#pop'),
  ],
  placeable: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/\{/, 'p', 'placeable'),
    rule(/\}/, 'p', '#pop'),
    rule(/\$[a-zA-Z][a-zA-Z0-9_-]*/, 'nv'),
    rule(/\-[a-zA-Z][a-zA-Z0-9_-]*/, 'ni'),
    rule(/\.[a-zA-Z][a-zA-Z0-9_-]*/, 'na'),
    rule(/[A-Z]+/, 'nb'),
    rule(/[a-zA-Z][a-zA-Z0-9_-]*/, 'no'),
    rule(/[\(\),\:]/, 'p'),
    rule(/->/, 'p'),
    rule(/\*/, 'pi'),
    rule(/\-?\d+\.\d+?/, 'mf'),
    rule(/\-?\d+/, 'mi'),
    rule(/"/, 's2', 'string'),
    groups(/(\[)(\-?\d+\.\d+)(\])/, ['p', 'mf', 'p'], 'template'),
    groups(/(\[)(\-?\d+)(\])/, ['p', 'mi', 'p'], 'template'),
    groups(/(\[)([a-zA-Z][a-zA-Z0-9_-]+)(\])/, ['p', 'ss', 'p'], 'template'),
  ],
  string: [
    rule(/\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{6}/, 'se'),
    rule(/\\./, 'se'),
    rule(/[^\"\\]/, 's2'),
    rule(/"/, 's2', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('fluent', states);
}
