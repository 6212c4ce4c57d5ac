// cfscript (alias cfc): CFML script — keywords, component/function declarations, types, scope
// constants (application, session…), word operators (eq, gte, does not contain…), calls, strings.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('if else var xml default break switch do try catch throw in continue for return while required');
const DECLARATIONS = set('component property function remote public package private');
const TYPES = set('any array binary boolean component date guid numeric query string struct uuid void xml');
const CONSTANTS = 'application session client cookie super this variables arguments cgi'.split(' ');
const OPERATORS = ['\\+\\+', '--', '&&', '\\|\\|', '<=', '>=', '<', '>', '==', '!=', 'mod', 'eq', 'lt', 'gt', 'lte',
  'gte', 'not', 'is', 'and', 'or', 'xor', 'eqv', 'imp', 'equal', 'contains', '\\?'];
const DOTTED_ID = '[$a-zA-Z_][a-zA-Z0-9_.]*';

const states: StateTable = {
  root: [
    mixin('comments_and_whitespace'),
    rule(`(?:${OPERATORS.join('|')}|does not contain|greater than(?: or equal to)?|less than(?: or equal to)?)\\b`, 'o', 'expr_start', { ignoreCase: true }),
    rule(/[-<>+*%&|\^\/!=]=?/, 'o', 'expr_start'),
    rule(/[(\[,]/, 'p', 'expr_start'),
    rule(/;/, 'p', 'statement'),
    rule(/[)\].]/, 'p'),
    rule(/[?]/, (lx, m) => { lx.token('p', m[0]); lx.push('ternary'); lx.push('expr_start'); }),
    rule(/[{}]/, 'p', 'statement'),
    rule(`(?:${CONSTANTS.join('|')})\\b`, 'no'),
    rule(/(?:true|false|null)\b/, 'kc'),
    rule(/import\b/, 'kn', 'import'),
    groups(`(${DOTTED_ID})(\\s*)(:)(\\s*)`, ['n', '', 'p', ''], 'expr_start'),
    rule(/([A-Za-z_$][\w.]*)(\s*)(\()/, (lx, m) => lx.groups(m, [KEYWORDS.has(m[1]!) ? 'k' : 'nf', '', 'p'])),
    rule(DOTTED_ID, (lx, m) => {
      const w = m[0];
      if (DECLARATIONS.has(w)) { lx.token('kd', w); lx.push('expr_start'); }
      else if (KEYWORDS.has(w)) { lx.token('k', w); lx.push('expr_start'); }
      else if (TYPES.has(w)) { lx.token('kt', w); lx.push('expr_start'); }
      else lx.token('nx', w);
    }),
    rule(/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, 'mf'),
    rule(/0x[0-9a-fA-F]+/, 'mh'),
    rule(/[0-9]+/, 'mi'),
    rule(/"(\\\\|\\"|[^"])*"/, 's2'),
    rule(/'(\\\\|\\'|[^'])*'/, 's1'),
  ],
  comments_and_whitespace: [
    rule(/\s+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
  ],
  expr_start: [
    mixin('comments_and_whitespace'),
    rule(/[{]/, 'p', 'object'),
    rule(/(?:)/, '', '#pop'),
  ],
  statement: [
    rule(/[{}]/, 'p'),
    mixin('expr_start'),
  ],
  object: [
    mixin('comments_and_whitespace'),
    rule(/[}]/, 'p', 'expr_start'),
    groups(`(${DOTTED_ID})(\\s*)(:)`, ['nx', '', 'p'], 'expr_start'),
    rule(/:/, 'p'),
    mixin('root'),
  ],
  ternary: [
    rule(/:/, (lx, m) => { lx.token('p', m[0]); lx.goto('expr_start'); }),
    mixin('root'),
  ],
  import: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[a-z0-9_.]+\*?/i, 'nn', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('cfscript', states);
}
