// apex: Salesforce Apex — keywords, declarations, SOQL words, types and constants looked up on
// the whole match (so, as in Rouge, `new(` or `String` are not found), @annotations, calls,
// labels and .properties, strings, numbers with _ separators.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`assert break case catch continue default do else finally for if goto instanceof new return
  switch this throw try while insert update delete`);
const DECLARATIONS = set(`abstract const enum extends final implements native private protected public static super
  synchronized throws transient volatile with sharing without inherited virtual global testmethod`);
const SOQL = set(`SELECT FROM WHERE UPDATE LIKE TYPEOF END USING SCOPE WITH DATA CATEGORY GROUP BY ROLLUP CUBE HAVING
  ORDER BY ASC DESC NULLS FIRST LAST LIMIT OFFSET FOR VIEW REFERENCE UPDATE TRACKING VIEWSTAT OR AND`);
const TYPES = set('String boolean byte char double float int long short var void');
const CONSTANTS = set('true false null');

const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const DIGIT = '(?:[0-9]_+[0-9]|[0-9])';

const states: StateTable = {
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    rule(/(?:class|interface)\b/, 'kd', 'class'),
    rule(/import\b/, 'kn', 'import'),
    rule(`([@$.]?)(${ID})([:(]?)`, (lx, m) => {
      const lower = m[0].toLowerCase();
      const upper = m[0].toUpperCase();
      if (KEYWORDS.has(lower) || SOQL.has(upper)) lx.token('k', m[0]);
      else if (DECLARATIONS.has(lower)) lx.token('kd', m[0]);
      else if (TYPES.has(lower)) lx.token('kt', m[0]);
      else if (CONSTANTS.has(lower)) lx.token('kc', m[0]);
      else if (lower === 'package') lx.token('kn', m[0]);
      else if (m[1] === '@') lx.token('nd', m[0]);
      else if (m[3] === ':') lx.groups(m, ['o', 'nl', 'p']);
      else if (m[3] === '(') lx.groups(m, ['o', 'nf', 'p']);
      else if (m[1] === '.') lx.groups(m, ['o', 'py', 'p']);
      else lx.token('n', m[0]);
    }, undefined, { ignoreCase: true }),
    rule(/"/, 's2', 'dq'),
    rule(/'/, 's1', 'sq'),
    rule(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`, 'mf'),
    rule(/0b(?:[01]_+[01]|[01])+/i, 'mb'),
    rule(/0x(?:\h_+\h|\h)+/i, 'mh'),
    rule(/0(?:[0-7]_+[0-7]|[0-7])+/, 'mo'),
    rule(`${DIGIT}+L?`, 'mi'),
    rule(/[-+\/*~^!%&<>|=.?]/, 'o'),
    rule(/[\[\](){},:;]/, 'p'),
  ],
  class: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(ID, 'nc', '#pop'),
  ],
  import: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[a-z0-9_.]+\*?/i, 'nn', '#pop'),
  ],
  escape: [rule(/\\[btnfr\\"']/, 'se')],
  dq: [
    mixin('escape'),
    rule(/[^\\"]+/, 's2'),
    rule(/"/, 's2', '#pop'),
  ],
  sq: [
    mixin('escape'),
    rule(/[^\\']+/, 's2'),
    rule(/'/, 's2', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('apex', states);
}
