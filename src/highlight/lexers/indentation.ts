// Rouge's Indentation mixin for line-indentation lexers (haml, slim): a line indented deeper than
// the one that opened a block (a comment, a filter) continues that block; any other line is content.

import type { LexerRun } from '../engine.js';

interface IndentVars { blockState?: string | null; blockIndentation?: string | null; lastIndentation?: string | null }
const iv = (lx: LexerRun): IndentVars => lx.vars as IndentVars;

/** Rouge's starts_block: lines indented deeper than the current one will lex in `state`. */
export function startsBlock(lx: LexerRun, state: string): void {
  const v = iv(lx);
  v.blockState = state;
  v.blockIndentation = v.lastIndentation ?? '';
}

/** Rouge's indentation: enter the open block, or push `content` for this line. */
export function indentation(lx: LexerRun, indent: string): void {
  const v = iv(lx);
  v.lastIndentation = indent;
  if (v.blockState && v.blockIndentation !== null && v.blockIndentation !== undefined &&
      indent.startsWith(v.blockIndentation) && indent !== v.blockIndentation) {
    lx.push(v.blockState);
  } else {
    v.blockState = null;
    v.blockIndentation = null;
    lx.push('content');
  }
}
