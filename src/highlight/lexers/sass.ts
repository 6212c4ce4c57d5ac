// sass: the indented Sass syntax — each line's indentation decides whether it continues a
// block comment; selectors, properties (also old-style :prop), =mixin / +include shorthands,
// values as in SCSS (shared states); a newline ends the section.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { sassCommonStates } from './scss.js';

const ID = '[\\w-]+';

interface IndentVars { blockState: string | null; blockIndentation: string | null; lastIndentation: string | null }
const iv = (lx: LexerRun): IndentVars => lx.vars as unknown as IndentVars;

/** Rouge's Indentation#starts_block: lines indented deeper than this one continue the block. */
function startsBlock(lx: LexerRun, state: string): void {
  const v = iv(lx);
  v.blockState = state;
  v.blockIndentation = v.lastIndentation ?? '';
}

/** Rouge's Indentation#indentation: enter the open block, or lex the line as content. */
function indentation(lx: LexerRun, indent: string): void {
  const v = iv(lx);
  v.lastIndentation = indent;
  if (v.blockState !== null && v.blockIndentation !== null &&
      indent.startsWith(v.blockIndentation) && indent !== v.blockIndentation) {
    lx.push(v.blockState);
  } else {
    v.blockState = null;
    v.blockIndentation = null;
    lx.push('content');
  }
}

const states: StateTable = {
  ...sassCommonStates(),
  root: [
    rule(/[ \t]*\n/, ''),
    rule(/[ \t]*/, (lx, m) => { lx.token('', m[0]); indentation(lx, m[0]); }),
  ],
  content: [
    rule(/\/\/.*?$/, (lx, m) => { lx.token('c1', m[0]); lx.pop(); startsBlock(lx, 'single_comment'); }),
    rule(/\/[*].*?\n/, (lx, m) => { lx.token('cm', m[0]); lx.pop(); startsBlock(lx, 'multi_comment'); }),
    rule(/@import\b/, 'k', 'import'),
    mixin('content_common'),
    rule(`=${ID}`, 'nf', 'value'),
    rule(`[+]${ID}`, 'nd', 'value'),
    rule(/:/, 'na', 'old_style_attr'),
    rule(/(?=[^\[\n]+?:([^a-z]|$))/, (lx) => lx.push('attribute')),
    rule(/(?:)/, (lx) => lx.push('selector')),
  ],
  single_comment: [rule(/.*?$/, 'c1', '#pop')],
  multi_comment: [rule(/.*?\n/, 'cm', '#pop')],
  import: [
    rule(/[ \t]+/, ''),
    rule(/\S+/, 's'),
    rule(/\n/, '', '#pop'),
  ],
  old_style_attr: [
    mixin('attr_common'),
    rule(/(?:)/, (lx) => { lx.pop(); lx.push('value'); }),
  ],
  end_section: [rule(/\n/, (lx, m) => { lx.token('', m[0]); lx.resetStack(); })],
};

export function create(): Lexer {
  return new LexerRun('sass', states, (lx) => {
    const v = iv(lx);
    v.blockState = null;
    v.blockIndentation = null;
    v.lastIndentation = null;
  });
}
