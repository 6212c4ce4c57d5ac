// ada: Ada 2012 — case-insensitive reserved words, declarations followed by their (dotted) name,
// with/use library units, based numbers (16#FF#), 'attributes, character literals, "" escapes.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const IDENTS = new Map<string, string>();
const assign = (words: string, tok: string): void => {
  for (const w of words.trim().split(/\s+/)) IDENTS.set(w, tok);
};
assign(`abort abstract accept access aliased all array at begin body case constant declare delay delta digits do else
  elsif end exception exit for generic goto if in interface is limited loop new null of others out overriding pragma
  private protected raise range record renames requeue return reverse select separate some synchronized tagged task
  terminate then until use when while with`, 'k');
assign('abs and mod not or rem xor', 'ow');
assign('entry function package procedure subtype type', 'kd');
assign(`boolean character constraint_error duration float integer natural positive long_float long_integer
  long_long_float long_long_integer program_error short_float short_integer short_short_integer storage_error string
  tasking_error wide_character wide_string wide_wide_character wide_wide_string`, 'nb');
/** Rouge's idents hash: Name for any other word. */
const identToken = (word: string): string => IDENTS.get(word.toLowerCase()) ?? 'n';

// [[:alpha:]] and [[:alnum:]] as Onigmo reads them
const ID = '\\b\\p{Alphabetic}(?:\\p{Pc}?[\\p{Alphabetic}\\p{Nd}])*\\b';
const NUM = '(?:\\d(_?\\d)*)';
const XNUM = '(?:\\h(_?\\h)*)';
// Rouge's EXP is its own /i group: only the E is case-insensitive
const EXP = `([Ee][-+]?${NUM})?`;

const states: StateTable = {
  whitespace: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/--.*$/, 'c1'),
  ],
  dquote_string: [
    rule(/[^"\n]+/, 's2'),
    rule(/""/, 'se'),
    rule(/"/, 's2', '#pop'),
    rule(/\n/, 'err', '#pop'),
  ],
  attr: [
    mixin('whitespace'),
    rule(ID, 'na', '#pop'),
    rule(/(?:)/, '', '#pop'),
  ],
  decl_name: [
    mixin('whitespace'),
    rule(/body\b/i, 'kd'),
    groups(`(${ID})(\\.)`, ['nn', 'p']),
    rule(`${ID}|"(and|or|xor|\\/?=|<=?|>=?|\\+|–|&\\|\\/|mod|rem|\\*?\\*|abs|not)"`, 'nf', '#pop'),
    rule(/(?:)/, '', '#pop'),
  ],
  libunit_name: [
    mixin('whitespace'),
    rule(ID, (lx, m) => {
      const t = identToken(m[0]);
      // Rouge: `t <= Name` (Name and Name.Builtin) makes a namespace part
      if (t === 'n' || t === 'nb') {
        lx.token('nn', m[0]);
      } else {
        lx.token(t, m[0]);
        if (t === 'kd') lx.goto('decl_name');
        else lx.pop();
      }
    }),
    rule(/[.,]/, 'p'),
    rule(/(?:)/, '', '#pop'),
  ],
  root: [
    mixin('whitespace'),
    rule(/'.'/, 'sc'),
    rule(/"[^"\n]*/, 's2', 'dquote_string'),
    rule(`${NUM}\\.${NUM}${EXP}`, 'mf'),
    rule(`${NUM}#${XNUM}\\.${XNUM}#${EXP}`, 'mf'),
    rule(`2#[01](_?[01])*#${EXP}`, 'mb'),
    rule(`8#[0-7](_?[0-7])*#${EXP}`, 'mo'),
    rule(`16#${XNUM}*#${EXP}`, 'mh'),
    rule(`${NUM}#${XNUM}#${EXP}`, 'mi'),
    rule(`${NUM}#\\w+#`, 'err'),
    rule(`${NUM}${EXP}`, 'mi'),
    rule(/'/, 'p', 'attr'),
    rule(`<<${ID}>>`, 'nl'),
    groups(/^(?:(limited)(\s+))?(?:(private)(\s+))?(with)\b/i, ['kn', '', 'kn', '', 'kn'], 'libunit_name'),
    rule(/[+*\/&<=>|]|-|=>|\.\.|\*\*|[:><\/]=|<<|>>|<>/, 'o'),
    rule(/[.,:;()]/, 'p'),
    rule(ID, (lx, m) => {
      const t = identToken(m[0]);
      lx.token(t, m[0]);
      if (t === 'kd') lx.push('decl_name');
    }),
    // Rouge's [[alpha]] is a plain class of the letters a, l, p, h
    rule('\\b(\\p{Pc}|[alph])[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*', 'err'),
  ],
};

export function create(): Lexer {
  return new LexerRun('ada', states);
}
