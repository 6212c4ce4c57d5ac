// puppet (alias pp): resources, classes and $variables; attribute names before => (metaparameters
// as pseudo-keywords), regexes where one may start (after {, ',', node, =~), "…" with
// interpolated variables.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('and case class default define else elsif if in import inherits node unless');
const CONSTANTS = set('false true undef');
const METAPARAMETERS = set('before require notify subscribe');

const ID = '[a-z]\\w*';
const QUALNAME = `(?:(::)?(${ID}::)*\\w+)`;

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/#.*?\n/, 'c'),
  ],
  root: [
    mixin('whitespace'),
    rule(`[$]${QUALNAME}`, 'nv'),
    rule(`(${ID})(?=\\s*[=+]>)`, (lx, m) => lx.token(METAPARAMETERS.has(m[0]) ? 'kp' : 'py', m[0]), undefined, { dotAll: true }),
    rule(`(${QUALNAME})(?=\\s*[(])`, 'nf', undefined, { dotAll: true }),
    rule(/[A-Z]\w*/, 'nc'),
    rule(/[+=|~-]>|<[|~-]/, 'p'),
    rule(/[|:}();\[\]]/, 'p'),
    rule(/{/, 'p', 'regex_allowed'),
    rule(/,/, 'p', 'regex_allowed'),
    rule(/(in|and|or)\b/, 'ow'),
    rule(/[=!<>]=/, 'o'),
    rule(/[=!]~/, 'o', 'regex_allowed'),
    rule(/[.=<>!+*\/-]/, 'o'),
    groups(`(class|include)(\\s*)(${QUALNAME})`, ['k', '', 'nc']),
    rule(/node\b/, 'k', 'regex_allowed'),
    rule(/'(\\[\\']|[^'])*'/, 's1', undefined, { dotAll: true }),
    rule(/"/, 's2', 'dquotes'),
    rule(/\d+([.]\d+)?(e[+-]\d+)?/, 'm'),
    rule(QUALNAME, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'k' : CONSTANTS.has(m[0]) ? 'kc' : 'n', m[0])),
  ],
  regex_allowed: [
    mixin('whitespace'),
    rule(/\//, 'sr', 'regex'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  regex: [
    rule(/\//, 'sr', '#pop'),
    rule(/\\./, 'se'),
    rule(/[(){}]/, 'si'),
    rule(/\[/, 'si', 'regex_class'),
    rule(/./, 'sr'),
  ],
  regex_class: [
    rule(/\]/, 'si', '#pop'),
    rule(/(?<!\[)-(?=\])/, 'sr'),
    rule(/-/, 'si'),
    rule(/\\./, 'se'),
    rule(/[^\\\]-]+/, 'sr'),
  ],
  dquotes: [
    rule(/"/, 's2', '#pop'),
    rule(/[^$\\"]+/, 's2', undefined, { dotAll: true }),
    rule(/\\./, 'se', undefined, { dotAll: true }),
    rule(`[$]${QUALNAME}`, 'nv'),
    rule(`[$][{]${QUALNAME}[}]`, 'nv'),
  ],
};

export function create(): Lexer {
  return new LexerRun('puppet', states);
}
