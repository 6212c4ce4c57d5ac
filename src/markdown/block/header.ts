// Headers: setext (`===`/`---` underlines) and ATX (`#`), kramdown's and GFM's variants, `{#id}` suffix.

import type { BlockParser, Parser } from '../parser.js';
import { ATX_HEADER_START, GFM_ATX_HEADER_START, HEADER_ID, SETEXT_HEADER_START } from '../patterns.js';
import { re } from '../scanner.js';
import { rstrip } from '../util.js';

const HEADER_ID_RE = new RegExp(HEADER_ID, 'u');

function parseHeaderContents(p: Parser): [string, string | undefined] {
  let text = rstrip(p.src.m!.groups!.contents!);
  let id: string | undefined;
  const m = HEADER_ID_RE.exec(text);
  if (m) {
    id = m.groups!.id;
    text = rstrip(text.slice(0, text.length - m[0].length));
  }
  return [text, id];
}

function addHeader(p: Parser, level: number, text: string, id: string | undefined): void {
  const line = p.src.currentLine();
  p.src.setPos(p.src.pos + p.src.matched.length);
  const el = p.newBlockEl('header', null, null, { level, raw_text: text, location: line });
  p.addText(text, el);
  if (id !== undefined) el.attr.id = id;
  p.tree.children.push(el);
}

export const setextHeader: BlockParser = {
  name: 'setext_header',
  start: re(SETEXT_HEADER_START),
  parse(p) {
    if (!p.afterBlockBoundary()) return false;
    const level = p.src.m!.groups!.level === '-' ? 2 : 1;
    const [text, id] = parseHeaderContents(p);
    if (text === '') return false;
    addHeader(p, level, text, id);
    return true;
  },
};

export const atxHeader: BlockParser = {
  name: 'atx_header',
  start: re(ATX_HEADER_START),
  parse(p) {
    if (!p.afterBlockBoundary()) return false;
    const level = p.src.m!.groups!.level!.length;
    let [text, id] = parseHeaderContents(p);
    const t = text.replace(/(?<!\\)#+$/, '');
    if (t !== text) text = rstrip(t);
    if (text === '') return false;
    addHeader(p, level, text, id);
    return true;
  },
};

/** GFM without the paragraph_end quirk: same as kramdown's, but a space is required after the hashes. */
export const atxHeaderGfm: BlockParser = { ...atxHeader, name: 'atx_header_gfm', start: re(GFM_ATX_HEADER_START) };

export const atxHeaderGfmQuirk: BlockParser = {
  name: 'atx_header_gfm_quirk',
  start: re(GFM_ATX_HEADER_START),
  parse(p) {
    const level = p.src.m!.groups!.level!.length;
    let [text, id] = parseHeaderContents(p);
    const t = text.replace(/[\t ]#+$/, '');
    if (t !== text) text = rstrip(t);
    if (text === '') return false;
    addHeader(p, level, text, id);
    return true;
  },
};
