// Emphasis and strong (`*`, `**`, `_`, `__`) with kramdown's rules for delimiters and intraword `_`.

import { Element } from '../element.js';
import type { Parser, SpanParser } from '../parser.js';
import { EMPHASIS_START } from '../patterns.js';
import { re, type Pattern } from '../scanner.js';
import { isSpace, isSpaceCode } from '../util.js';

const INTRAWORD_UNDERSCORE = /\p{Alphabetic}-?\p{Alphabetic}*$/u;

function escapeRe(s: string): string {
  return s.replace(/\*/g, '\\*');
}

const delimCache = new Map<string, [Pattern, Pattern, Pattern]>();
/** The stop pattern for a delimiter, `delim` doubled (not tripled), and `delim` before a letter/digit. */
function delimPatterns(delim: string): [Pattern, Pattern, Pattern] {
  let c = delimCache.get(delim);
  if (!c) {
    c = [re(escapeRe(delim)), re(`${escapeRe(delim + delim)}(?!${escapeRe(delim)})`), re(`${escapeRe(delim)}[\\p{Alphabetic}\\p{Nd}]`)];
    delimCache.set(delim, c);
  }
  return c;
}

const EMPHASIS_START_RE = re(EMPHASIS_START);

/** Parse the emphasis content into `el` up to an acceptable closing `delim` (kramdown's sub_parse). */
function subParse(p: Parser, el: Element, delim: string, type: string): boolean {
  const src = p.src;
  const [stopRe, doubled, alnumAfter] = delimPatterns(delim);
  const isEm = el.type === 'em';
  return p.parseSpans(el, stopRe, null, p.textType, () =>
    !isSpace(src.pos > 0 ? src.string[src.pos - 1] : undefined) &&
    (!isEm || src.check(doubled) === null) &&
    (type !== '_' || src.check(alnumAfter) === null) &&
    el.children.length > 0);
}

export const emphasis: SpanParser = {
  name: 'emphasis',
  start: EMPHASIS_START_RE,
  spanStart: '\\*|_',
  parse(p: Parser) {
    const src = p.src;
    const line = src.currentLine();
    const saved = src.savePos();
    // parseSpans has just matched `start` here.
    const result = src.matched;
    src.setPos(src.pos + result.length);
    const element = result.length === 2 ? 'strong' : 'em';
    const type = result[0]!;
    if ((type === '_' && INTRAWORD_UNDERSCORE.test(src.string.slice(Math.max(0, src.matchStart - 4), src.matchStart))) ||
      isSpaceCode(src.string.charCodeAt(src.pos)) || p.insideType(element) || !p.spanNestingAllowed()) {
      p.addText(result);
      return;
    }
    let el = new Element(element, null, null, { location: line });
    let stopRe = delimPatterns(result)[0];
    let found = subParse(p, el, result, type);
    if (!found && element === 'strong' && p.tree.type !== 'em') {
      src.revertPos(saved);
      src.setPos(src.pos + 1);
      el = new Element('em', null, null, { location: line });
      stopRe = delimPatterns(type)[0];
      found = subParse(p, el, type, type);
    }
    if (found) {
      src.scan(stopRe);
      p.tree.children.push(el);
    } else {
      src.revertPos(saved);
      src.setPos(src.pos + result.length);
      p.addText(result);
    }
  },
};
