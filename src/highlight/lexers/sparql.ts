// sparql: RDF queries — keywords and builtin functions (case-insensitive), ?variables, prefixed
// names, IRIs, literals with @lang and ^^datatype.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const BUILTINS = set(`ABS AVG BNODE BOUND CEIL COALESCE CONCAT CONTAINS COUNT DATATYPE DAY ENCODE_FOR_URI FLOOR
  GROUP_CONCAT HOURS IF IRI isBLANK isIRI isLITERAL isNUMERIC isURI LANG LANGMATCHES LCASE MAX MD5 MIN MINUTES MONTH
  NOW RAND REGEX REPLACE ROUND SAMETERM SAMPLE SECONDS SEPARATOR SHA1 SHA256 SHA384 SHA512 STR STRAFTER STRBEFORE
  STRDT STRENDS STRLANG STRLEN STRSTARTS STRUUID SUBSTR SUM TIMEZONE TZ UCASE URI UUID YEAR`);
const KEYWORDS = set(`ADD ALL AS ASC ASK BASE BIND BINDINGS BY CLEAR CONSTRUCT COPY CREATE DATA DEFAULT DELETE DESC
  DESCRIBE DISTINCT DROP EXISTS FILTER FROM GRAPH GROUP BY HAVING IN INSERT LIMIT LOAD MINUS MOVE NAMED NOT OFFSET
  OPTIONAL ORDER PREFIX SELECT REDUCED SERVICE SILENT TO UNDEF UNION USING VALUES WHERE WITH`);
const WORD = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';

const endString = (tok: string) => rule(tok === 's2' ? /"/ : /'/, (lx, m) => { lx.token(tok, m[0]); lx.goto('string_end'); });

const states: StateTable = {
  root: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/#.*/, 'c1'),
    rule(/"""/, 's2', 'string_double_literal'),
    rule(/"/, 's2', 'string_double'),
    rule(/'''/, 's1', 'string_single_literal'),
    rule(/'/, 's1', 'string_single'),
    rule(`[$?]${WORD}+`, 'nv'),
    rule(`((?:${WORD}|-)*)(:)((?:${WORD}|-)+)?`, (lx, m) => lx.groups(m, ['nn', 'o', 'ss'])),
    rule(/<[^>]*>/, 'nn'),
    rule(/true|false/i, 'kc'),
    rule(/a\b/, 'k'),
    rule(`[A-Za-z]${WORD}+\\b`, (lx, m) => {
      const w = m[0].toUpperCase();
      lx.token(BUILTINS.has(w) ? 'nb' : KEYWORDS.has(w) ? 'k' : 'err', m[0]);
    }),
    rule(/[+\-]?(?:\d+\.\d*|\.\d+)(?:[e][+\-]?[0-9]+)?/i, 'mf'),
    rule(/[+\-]?\d+/, 'mi'),
    rule(/[\]\[(){}.,;=]/, 'p'),
    rule(/[\/?*+=!<>]|&&|\|\||\^\^/, 'o'),
  ],
  string_double_common: [mixin('string_escapes'), rule(/\\/, 's2'), rule(/[^"\\]+/, 's2')],
  string_double: [endString('s2'), mixin('string_double_common')],
  string_double_literal: [
    rule(/"""/, (lx, m) => { lx.token('s2', m[0]); lx.goto('string_end'); }),
    rule(/"/, 's2'),
    mixin('string_double_common'),
  ],
  string_single_common: [mixin('string_escapes'), rule(/\\/, 's1'), rule(/[^'\\]+/, 's1')],
  string_single: [endString('s1'), mixin('string_single_common')],
  string_single_literal: [
    rule(/'''/, (lx, m) => { lx.token('s1', m[0]); lx.goto('string_end'); }),
    rule(/'/, 's1'),
    mixin('string_single_common'),
  ],
  string_escapes: [
    rule(/\\[tbnrf"'\\]/, 'se'),
    rule(/\\u\h{4}/, 'se'),
    rule(/\\U\h{8}/, 'se'),
  ],
  string_end: [
    rule(/(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)/, (lx, m) => lx.groups(m, ['o', 'py'])),
    rule(/\^\^/, 'o'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('sparql', states);
}
