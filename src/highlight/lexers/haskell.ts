// haskell (alias hs): reserved words, types (capitalised), operators, imports and module export
// lists, nested {- -} comments and pragmas, chars and strings with Haskell escapes, quasiquotes.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const RESERVED = new Set(`_ case class data default deriving do else if in infix infixl infixr instance let newtype of
  then type where`.trim().split(/\s+/));
const ASCII = 'NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL';
const OPCHARS = ':!#$%&*+.\\\\/<=>?@^|~-';

const states: StateTable = {
  basic: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/{-#/, 'cp', 'comment_preproc'),
    rule(/{-/, 'cm', 'comment'),
    rule(/^--\s+\|.*?$/, 'cd'),
    rule(/--(?![!#$%&*+.\/<=>?@\^|_~]).*?$/, 'c1'),
  ],
  comment: [
    rule(/-}/, 'cm', '#pop'),
    rule(/{-/, 'cm', 'comment'),
    rule(/[^-{}]+/, 'cm'),
    rule(/[-{}]/, 'cm'),
  ],
  comment_preproc: [
    rule(/-}/, 'cp', '#pop'),
    rule(/{-/, 'cp', 'comment'),
    rule(/[^-{}]+/, 'cp'),
    rule(/[-{}]/, 'cp'),
  ],
  root: [
    mixin('basic'),
    rule(/'(?=(?:.|\\\S+)')/, 'sc', 'character'),
    rule(/"/, 's', 'string'),
    rule(/\d+e[+-]?\d+/i, 'mf'),
    rule(/\d+\.\d+(e[+-]?\d+)?/i, 'mf'),
    rule(/0o[0-7]+/i, 'mo'),
    rule(/0x[\da-f]+/i, 'mh'),
    rule(/\d+/, 'mi'),
    rule(/[\w']+/, (lx, m) => {
      const w = m[0];
      if (w === 'import') { lx.token('kr', w); lx.push('import'); }
      else if (w === 'module') { lx.token('kr', w); lx.push('module'); }
      else if (RESERVED.has(w)) lx.token('kr', w);
      else if (/^'?[A-Z]/.test(w)) lx.token('kt', w);
      else lx.token('n', w);
    }),
    rule(`\\\\(?![${OPCHARS}]+)`, 'nf'),
    rule(`(<-|::|->|=>|=)(?![${OPCHARS}]+)`, 'o'),
    rule(`:[${OPCHARS}]*`, 'o'),
    rule(`[${OPCHARS}]+`, 'o'),
    rule(/\[\s*\]/, 'kt'),
    rule(/\(\s*\)/, 'nb'),
    rule(/(\[)([_a-z][\w']*)(\|)/, (lx, m) => { lx.groups(m, ['o', 'n', 'o']); lx.push('quasiquotation'); }),
    rule(/[\[\](),;`{}]/, 'p'),
  ],
  import: [
    rule(/\s+/, ''),
    rule(/"/, 's', 'string'),
    rule(/\bqualified\b/, 'k'),
    rule(/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/, (lx, m) => { lx.groups(m, ['nn', '', 'k', '', 'n']); lx.pop(); }),
    rule(/([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()/, (lx, m) => { lx.groups(m, ['nn', '', 'k', '', 'p']); lx.goto('funclist'); }),
    rule(/([A-Z][\w.]*)(\s+)(\()/, (lx, m) => { lx.groups(m, ['nn', '', 'p']); lx.goto('funclist'); }),
    rule(/[\w.]+/, 'nn', '#pop'),
  ],
  module: [
    rule(/\s+/, ''),
    groups(/([A-Z][\w.]*)(\s+)(\()/, ['nn', '', 'p'], 'funclist'),
    rule(/\bwhere\b/, 'kr', '#pop'),
    rule(/[A-Z][a-zA-Z0-9_.]*/, 'nn', '#pop'),
  ],
  funclist: [
    mixin('basic'),
    rule(/[A-Z]\w*/, 'kt'),
    rule(/(_[\w']+|[a-z][\w']*)/, 'nf'),
    rule(/,/, 'p'),
    rule(`[${OPCHARS}]+`, 'o'),
    rule(/\(/, 'p', 'funclist'),
    rule(/\)/, 'p', '#pop'),
  ],
  character: [
    rule(/\\/, (lx, m) => { lx.token('se', m[0]); lx.goto('character_end'); lx.push('escape'); }),
    rule(/./, (lx, m) => { lx.token('sc', m[0]); lx.goto('character_end'); }),
  ],
  character_end: [
    rule(/'/, 'sc', '#pop'),
    rule(/./, 'err', '#pop'),
  ],
  quasiquotation: [
    rule(/\|\]/, 'o', '#pop'),
    rule(/[^|]+/, '', undefined, { dotAll: true }),
    rule(/\|/, ''),
  ],
  string: [
    rule(/"/, 's', '#pop'),
    rule(/\\/, 'se', 'escape'),
    rule(/[^\\"]+/, 's'),
  ],
  escape: [
    rule(/[abfnrtv"'&\\]/, 'se', '#pop'),
    rule(/\^[\]\[A-Z@\^_]/, 'se', '#pop'),
    rule(ASCII, 'se', '#pop'),
    rule(/o[0-7]+/i, 'se', '#pop'),
    rule(/x[\da-f]+/i, 'se', '#pop'),
    rule(/\d+/, 'se', '#pop'),
    rule(/\s+\\/, 'se', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('haskell', states);
}
