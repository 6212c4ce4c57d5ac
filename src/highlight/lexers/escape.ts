// escape (alias esc): text between start and end markers (default <! and !>) is an Escape token
// (written as Error, see format.ts); the rest is lexed with the `lang` option's lexer (default
// plain text). Options (Rouge's): start, end, lang.

import { RougeWouldRaise, WholeTextLexer, type Emit, type Lexer } from '../engine.js';
import { createLexer, findLexerTag } from '../lookup.js';

class EscapeLexer implements Lexer {
  readonly tag = 'escape';
  constructor(private readonly start: string, private readonly end: string, private readonly lang: Lexer) {}

  continueLex(text: string, emit: Emit): void {
    let pos = 0;
    for (;;) {
      const open = text.indexOf(this.start, pos);
      if (open < 0) {
        this.lang.continueLex(text.slice(pos), emit);
        return;
      }
      this.lang.continueLex(text.slice(pos, open), emit);
      pos = open + this.start.length;
      const close = text.indexOf(this.end, pos);
      if (close < 0) {
        if (pos < text.length) emit('esc', text.slice(pos));
        return;
      }
      if (close > pos) emit('esc', text.slice(pos, close));
      const next = close + this.end.length;
      // Rouge's scan loop makes no progress when both markers are empty: it never ends
      if (next === open) throw new RougeWouldRaise('escape: empty start and end markers');
      pos = next;
    }
  }
}

export function create(options: Record<string, string> = {}): Lexer {
  const start = options.start ?? '<!';
  const end = options.end ?? '!>';
  let lang: Lexer = new WholeTextLexer('plaintext');
  if (options.lang !== undefined) {
    // Rouge's lexer_option: the named lexer, with the same options; an unknown name makes Rouge raise
    const tag = findLexerTag(options.lang);
    const found = tag === null ? undefined : createLexer(tag, options);
    if (!found) {
      lang = { tag: 'missing', continueLex: () => { throw new RougeWouldRaise(`escape: no lexer ${options.lang}`); } };
    } else {
      lang = found;
    }
  }
  return new EscapeLexer(start, end, lang);
}
