// postscript (aliases postscr, ps, eps): operators as builtins, /names, comments (%!, %%), strings
// in (nested (parentheses)) with escapes, <hex>, radix and real numbers; any other name is
// called as a function.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const DELIMITER_END = '(?=[()<>\\[\\]{}\\/%\\s])';
const VALID_NAME = `[^()<>\\[\\]{}\\/%\\s]+${DELIMITER_END}`;
const KEYWORDS = `abs add aload arc arcn array atan begin bind ceiling charpath clip closepath concat concatmatrix copy
  cos currentlinewidth currentmatrix currentpoint curveto cvi cvs def defaultmatrix dict dictstackoverflow div
  dtransform dup end exch exec exit exp fill findfont floor get getinterval grestore gsave identmatrix idiv idtransform
  index invertmatrix itransform length lineto ln load log loop matrix mod moveto mul neg newpath pathforall pathbbox
  pop print pstack put quit rand rangecheck rcurveto repeat restore rlineto rmoveto roll rotate round run save scale
  scalefont setdash setfont setgray setlinecap setlinejoin setlinewidth setmatrix setrgbcolor shfill show showpage sin
  sqrt stack stringwidth stroke strokepath sub syntaxerror transform translate truncate typecheck undefined
  undefinedfilename undefinedresult`.trim().split(/\s+/);

const states: StateTable = {
  root: [
    rule(/^%!.+?$/, 'cp'),
    rule(/%%.*?$/, 'cs'),
    rule(/(^%.*?$){2,}/, 'cm'),
    rule(/%.*?$/, 'c1'),
    rule(/\(/, 's', 'stringliteral'),
    rule(`\\/${VALID_NAME}`, 'nv'),
    rule(/[{}<>\[\]]/, 'p'),
    rule(`(?:${KEYWORDS.join('|')})${DELIMITER_END}`, 'nb'),
    rule(`(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)${DELIMITER_END}`, 'kr'),
    rule(`(false|true)${DELIMITER_END}`, 'kc'),
    rule(`<[0-9A-Fa-f]+>${DELIMITER_END}`, 'mh'),
    rule(`[0-9]+\\#(\\-|\\+)?([0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)((e|E)[0-9]+)?${DELIMITER_END}`, 'mo'),
    rule(`(\\-|\\+)?([0-9]+\\.?|[0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)((e|E)[0-9]+)?${DELIMITER_END}`, 'mf'),
    rule(`(\\-|\\+)?[0-9]+${DELIMITER_END}`, 'mi'),
    rule(VALID_NAME, 'nf'),
    rule(/\s+/, ''),
  ],
  stringliteral: [
    rule(/[^()\\]+/, 's'),
    rule(/\\/, 'se', 'escape'),
    rule(/\(/, 's', 'stringliteral'),
    rule(/\)/, 's', '#pop'),
  ],
  escape: [rule(/[0-8]{3}|n|r|t|b|f|\\|\(|\)/, 'se', '#pop')],
};

export function create(): Lexer {
  return new LexerRun('postscript', states);
}
