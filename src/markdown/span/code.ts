// Code spans: backtick runs, kramdown's rules (a single backtick after whitespace followed by whitespace is
// literal; one space stripped inside multi-backtick spans).

import { Element } from '../element.js';
import type { SpanParser } from '../parser.js';
import { CODESPAN_DELIMITER } from '../patterns.js';
import { re } from '../scanner.js';
import { isSpace, isSpaceCode } from '../util.js';

const DELIMITER_RE = re(CODESPAN_DELIMITER);

export const codespan: SpanParser = {
  name: 'codespan',
  start: DELIMITER_RE,
  spanStart: '`',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    // parseSpans has just matched `start` here.
    const result = src.matched;
    src.setPos(src.pos + result.length);
    const simple = result.length === 1;
    const saved = src.savePos();
    const before = src.matchStart;
    if (simple && (before === 0 || isSpace(src.string[before - 1])) && isSpaceCode(src.string.charCodeAt(src.pos))) {
      p.addText(result);
      return;
    }
    // The closing delimiter is the first occurrence of the same backtick string (possibly inside a longer run).
    const close = src.string.indexOf(result, src.pos);
    if (close >= 0) {
      let text = src.string.slice(src.pos, close);
      src.setPos(close + result.length);
      if (!simple) {
        if (text[0] === ' ') text = text.slice(1);
        if (text[text.length - 1] === ' ') text = text.slice(0, -1);
      }
      p.tree.children.push(new Element('codespan', text, null, { codespan_delimiter: result, location: line }));
    } else {
      src.revertPos(saved);
      p.addText(result);
    }
  },
};
