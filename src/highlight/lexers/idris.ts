// idris (alias idr): Haskell-like — reserved words, type and class names, prelude functions
// (when followed by spaces), %directives, {- nested -} and ||| doc comments, operators, chars
// and strings with Haskell escapes, [name| quasiquotes |].

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const RESERVED = `_ data class instance namespace infix[lr]? let where of with type do if then else case
  in`.trim().split(/\s+/);
const ASCII = `NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB CAN EM SUB ESC [FGRU]S SP
  DEL`.trim().split(/\s+/);
const PRELUDE = `abs acos all and any asin atan atan2 break ceiling compare concat concatMap const cos cosh curry cycle
  div drop dropWhile elem encodeFloat enumFrom enumFromThen enumFromThenTo enumFromTo exp fail filter flip floor foldl
  foldl1 foldr foldr1 fromInteger fst gcd getChar getLine head id init iterate last lcm length lines log lookup map max
  maxBound maximum maybe min minBound minimum mod negate not null or pi pred print product putChar putStr putStrLn
  readFile recip repeat replicate return reverse scanl scanl1 sequence sequence_ show sin sinh snd span splitAt sqrt
  succ sum tail take takeWhile tan tanh uncurry unlines unwords unzip unzip3 words writeFile zip zip3 zipWith
  zipWith3`.trim().split(/\s+/);
const SYM = ':!#\\$\\%&*+.\\\\/<=>?@^\\|~-';

const states: StateTable = {
  basic: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/{-#/, 'cp', 'comment_preproc'),
    rule(/{-/, 'cm', 'comment'),
    rule(/^\|\|\|.*$/, 'cd'),
    rule(/--(?![!#\$\%&*+.\/<=>?@\^\|_~]).*?$/, 'c1'),
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
  directive: [
    rule(/\%(default)\s+(total|partial)/, 'k'),
    rule(/\%(access)\s+(public|abstract|private|export)/, 'k'),
    rule(/\%(language)\s+(.*)/, 'k'),
    rule(/\%(provide)\s+.*\s+(with)\s+/, 'k'),
  ],
  prelude: [
    rule(/\b(Type|Exists|World|IO|IntTy|FTy|File|Mode|Dec|Bool|Ordering|Either|IsJust|List|Maybe|Nat|Stream|StrM|Not|Lazy|Inf)\s/, 'kt'),
    rule(/\b(Eq|Ord|Num|MinBound|MaxBound|Integral|Applicative|Alternative|Cast|Foldable|Functor|Monad|Traversable|Uninhabited|Semigroup|Monoid)\s/, 'nc'),
    rule(`\\b(?:${PRELUDE.join('|')})[ ]+(?![=:-])`, 'nb'),
  ],
  root: [
    mixin('basic'),
    mixin('directive'),
    rule(/\bimport\b/, 'kr', 'import'),
    rule(/\bmodule\b/, 'kr', 'module'),
    rule(`\\b(?:${RESERVED.join('|')})\\b`, 'kr'),
    rule(/\b(Just|Nothing|Left|Right|True|False|LT|LTE|EQ|GT|GTE)\b/, 'kc'),
    rule(/^[\w']+\s*:/, 'nf'),
    mixin('prelude'),
    rule(/[_a-z][\w']*/, 'n'),
    rule(/[A-Z][\w']*/, 'kt'),
    rule(`\\\\(?![${SYM}]+)`, 'nf'),
    rule(`(<-|::|->|=>|=)(?![${SYM}]+)`, 'o'),
    rule(`:[${SYM}]*`, 'o'),
    rule(`[${SYM}]+`, 'o'),
    rule(/\d+(\.\d+)?(e[+-]?\d+)?/i, 'mf'),
    rule(/0o[0-7]+/i, 'mo'),
    rule(/0x[\da-f]+/i, 'mh'),
    rule(/\d+/, 'mi'),
    rule(/'/, 'sc', 'character'),
    rule(/"/, 's', 'string'),
    rule(/\[\s*\]/, 'kt'),
    rule(/\(\s*\)/, 'nb'),
    rule(/(\[)([_a-z][\w']*)(\|)/, (lx, m) => { lx.groups(m, ['o', 'n', 'o']); lx.push('quasiquotation'); }),
    rule(/[\[\](),;`{}]/, 'p'),
  ],
  import: [
    rule(/\s+/, ''),
    rule(/"/, 's', 'string'),
    groups(/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/, ['nn', '', 'k', '', 'n'], '#pop'),
    rule(/([A-Z][\w.]*)(\s+)(\()/, (lx, m) => { lx.groups(m, ['nn', '', 'p']); lx.goto('funclist'); }),
    rule(/[\w.]+/, 'nn', '#pop'),
  ],
  module: [
    rule(/\s+/, ''),
    rule(/([A-Z][\w.]*)/, 'nn', '#pop'),
  ],
  funclist: [
    mixin('basic'),
    rule(/[A-Z]\w*/, 'kt'),
    rule(/(_[\w\']+|[a-z][\w\']*)/, 'nf'),
    rule(/,/, 'p'),
    rule(/[:!#\$\%&*+.\\\/<=>?@^\|~-]+/, 'o'),
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
    rule(/[^\|]+/, '', undefined, { dotAll: true }),
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
    rule(ASCII.join('|'), 'se', '#pop'),
    rule(/o[0-7]+/i, 'se', '#pop'),
    rule(/x[\da-fA-F]+/i, 'se', '#pop'),
    rule(/\d+/, 'se', '#pop'),
    rule(/\s+\\/, 'se', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('idris', states);
}
