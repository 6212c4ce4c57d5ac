// The `content` block parser of Jekyll's SmartyPants input (Kramdown::Parser::SmartyPants, which
// smartify uses): every line that is not block HTML is taken whole as text, so no paragraphs, lists
// or headers are made; the span parsers then only do quotes, entities, typographic symbols and HTML.

import type { BlockParser } from '../parser.js';
import { re } from '../scanner.js';

const LINE = re('[^\\n]*\\n');

export const content: BlockParser = {
  name: 'content',
  // define_parser(:content, /\A/): matches wherever the scanner stands.
  start: re(''),
  test: () => true,
  parse(p) {
    const line = p.src.scan(LINE);
    if (line === null) return false;
    p.addText(line);
    return true;
  },
};
