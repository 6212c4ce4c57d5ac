// cypher: Neo4j's query language — clauses and predicates (case-insensitive word lists), functions
// before `(`, :Labels, property keys, ranges, numbers, strings, // and nested /* */ comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const FUNCTIONS = set(`ABS ACOS ALLSHORTESTPATHS ASIN ATAN ATAN2 AVG CEIL COALESCE COLLECT COS COT COUNT DATE DEGREES E
  ENDNODE EXP EXTRACT FILTER FLOOR HAVERSIN HEAD ID KEYS LABELS LAST LEFT LENGTH LOG LOG10 LOWER LTRIM MAX MIN NODE
  NODES PERCENTILECONT PERCENTILEDISC PI RADIANS RAND RANGE REDUCE REL RELATIONSHIP RELATIONSHIPS REPLACE REVERSE
  RIGHT ROUND RTRIM SHORTESTPATH SIGN SIN SIZE SPLIT SQRT STARTNODE STDEV STDEVP STR SUBSTRING SUM TAIL TAN TIMESTAMP
  TOFLOAT TOINT TOINTEGER TOSTRING TRIM TYPE UPPER`);
const PREDICATES = set('ALL AND ANY CONTAINS EXISTS HAS IN NONE NOT OR SINGLE XOR');
const KEYWORDS = set(`AS ASC ASCENDING ASSERT BY CASE COMMIT CONSTRAINT CREATE CSV CYPHER DELETE DESC DESCENDING DETACH
  DISTINCT DROP ELSE END ENDS EXPLAIN FALSE FIELDTERMINATOR FOREACH FROM HEADERS IN INDEX IS JOIN LIMIT LOAD MATCH
  MERGE NULL ON OPTIONAL ORDER PERIODIC PROFILE REMOVE RETURN SCAN SET SKIP START STARTS THEN TRUE UNION UNIQUE UNWIND
  USING WHEN WHERE WITH CALL YIELD`);

const states: StateTable = {
  root: [
    rule(/[\s]+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*/, 'cm', 'multiline_comments'),
    rule(/[*+\-<>=&|~%^]/, 'o'),
    rule(/[{}),;\[\]]/, 'ss'),
    groups(/(\w+)(:)(\s*)(-?[._\d]+)/, ['nl', 'dl', 'w', 'm']),
    rule(/(\w+)(\s*)(\()/, (lx, m) => {
      const name = m[1]!.toUpperCase();
      const t = FUNCTIONS.has(name) ? 'nf' : KEYWORDS.has(name) ? 'k' : 'n';
      lx.groups(m, [t, 'w', 'ss']);
    }),
    rule(/:\w+/, 'nc'),
    groups(/(-?\d+)(\.\.)(-?\d+)/, ['m', 'o', 'm']),
    rule(/(\d+\.\d*|\d*\.\d+)(e[+-]?\d+)?/i, 'mf'),
    rule(/\d+e[+-]?\d+/i, 'mf'),
    rule(/0[0-7]+/, 'mo'),
    rule(/0x[a-f0-9]+/i, 'mh'),
    rule(/\d+/, 'mi'),
    rule(/[.\w]+:/, 'py'),
    rule(/\(/, 'ss'),
    rule(/[.\w$]+/, (lx, m) => {
      const w = m[0].toUpperCase();
      lx.token(PREDICATES.has(w) ? 'ow' : KEYWORDS.has(w) ? 'k' : 'n', m[0]);
    }),
    rule(/"(\\\\|\\"|[^"])*"/, 's2'),
    rule(/'(\\\\|\\'|[^'])*'/, 's1'),
    rule(/`(\\\\|\\`|[^`])*`/, 'sb'),
  ],
  multiline_comments: [
    rule(/\/[*]/, 'cm', 'multiline_comments'),
    rule(/[*]\//, 'cm', '#pop'),
    rule(/[^\/*]+/, 'cm'),
    rule(/[\/*]/, 'cm'),
  ],
};

export function create(): Lexer {
  return new LexerRun('cypher', states);
}
