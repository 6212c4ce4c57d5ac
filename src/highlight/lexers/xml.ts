// xml: Rouge's XML lexer — tags, attributes, entities, comments, CDATA, processing instructions.
// `xmlStates` is extended by biml.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

/** An XML/HTML name: Rouge's [\p{L}:_][\p{Word}\p{Cf}:.·-]*. */
const NAME = '[\\p{L}:_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*';

/** Rouge's XML states (a fresh copy). */
export function xmlStates(): StateTable {
  return {
    root: [
      rule(/[^<&]+/, ''),
      rule(/&\S*?;/, 'ni'),
      rule(/<!\[CDATA\[.*?\]\]>/, 'cp'),
      rule(/<!--/, 'c', 'comment'),
      rule(/<\?.*?\?>/, 'cp'),
      rule(/<![^>]*>/, 'cp'),
      rule(`<\\s*${NAME}`, 'nt', 'tag', { dotAll: true }),
      rule(`<\\s*/\\s*${NAME}\\s*>`, 'nt', undefined, { dotAll: true }),
    ],
    comment: [
      rule(/[^-]+/, 'c', undefined, { dotAll: true }),
      rule(/-->/, 'c', '#pop'),
      rule(/-/, 'c'),
    ],
    tag: [
      rule(/\s+/, '', undefined, { dotAll: true }),
      rule(`${NAME}\\s*=`, 'na', 'attr', { dotAll: true }),
      rule(/\/?\s*>/, 'nt', '#pop'),
    ],
    attr: [
      rule(/\s+/, '', undefined, { dotAll: true }),
      rule(/".*?"|'.*?'|[^\s>]+/, 's', '#pop', { dotAll: true }),
    ],
  };
}

const states = xmlStates();

export function create(): Lexer {
  return new LexerRun('xml', states);
}
