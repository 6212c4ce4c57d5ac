// Definitions: link definitions (`[id]: url "title"`), footnote definitions (`[^id]: text`), abbreviation
// definitions (`*[HTML]: text`), and block math (`$$ … $$`).

import { Element } from '../element.js';
import type { BlockParser } from '../parser.js';
import { normalizeLinkId } from '../util.js';
import { ABBREV_DEFINITION_START, BLOCK_MATH_START, FOOTNOTE_DEFINITION_START, INDENT, LINK_DEFINITION_START, OPT_SPACE } from '../patterns.js';
import { re, rubyRegExp } from '../scanner.js';
import { strip } from '../util.js';

export const linkDefinition: BlockParser = {
  name: 'link_definition',
  start: re(LINK_DEFINITION_START),
  parse(p) {
    const src = p.src;
    const m = src.m!;
    if (/[ \t]+["']/.test(m[3] ?? '')) return false;
    src.setPos(src.pos + m[0].length);
    const id = normalizeLinkId(m[1]!);
    const url = m[2] ?? m[3]!;
    const title = m[5] ?? null;
    if (p.linkDefs.has(id)) {
      const line = src.currentLine();
      p.warning(`Duplicate link ID '${id}' on line ${line} - overwriting`, line);
    }
    const eob = p.newBlockEl('eob', 'link_def');
    p.tree.children.push(eob);
    p.linkDefs.set(id, [url, title, eob]);
    return true;
  },
};

const INDENT_G = rubyRegExp(INDENT, 'gu');

export const footnoteDefinition: BlockParser = {
  name: 'footnote_definition',
  start: re(FOOTNOTE_DEFINITION_START),
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    src.setPos(src.pos + m[0].length);
    const name = m[1]!;
    const el = new Element('footnote_def', null, null, { location: line });
    p.parseBlocks(el, m[2]!.replace(INDENT_G, ''));
    if (p.footnotes.has(name)) p.warning(`Duplicate footnote name '${name}' on line ${line} - overwriting`, line);
    const eob = p.newBlockEl('eob', 'footnote_def');
    p.tree.children.push(eob);
    p.footnotes.set(name, { content: el, eob });
    return true;
  },
};

export const abbrevDefinition: BlockParser = {
  name: 'abbrev_definition',
  start: re(ABBREV_DEFINITION_START),
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    src.setPos(src.pos + m[0].length);
    const id = m[1]!;
    const text = strip(m[2]!);
    const defs = p.root.options.abbrev_defs as Record<string, string>;
    if (id in defs) p.warning(`Duplicate abbreviation ID '${id}' on line ${line} - overwriting`, line);
    const eob = p.newBlockEl('eob', 'abbrev_def');
    p.tree.children.push(eob);
    defs[id] = text;
    (p.root.options.abbrev_attr as Record<string, unknown>)[id] = eob;
    return true;
  },
};

const MATH_BACKSLASH = re(`^${OPT_SPACE}\\\\`);

export const blockMath: BlockParser = {
  name: 'block_math',
  start: re(BLOCK_MATH_START),
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    if (!p.afterBlockBoundary()) return false;
    if (m[1] !== undefined) {
      if (m[3] !== undefined) src.scan(MATH_BACKSLASH);
      return false;
    }
    const saved = src.savePos();
    src.setPos(src.pos + m[0].length);
    const data = strip(m[2]!);
    if (p.beforeBlockBoundary()) {
      p.tree.children.push(p.newBlockEl('math', data, null, { category: 'block', location: line }));
      return true;
    }
    src.revertPos(saved);
    return false;
  },
};
