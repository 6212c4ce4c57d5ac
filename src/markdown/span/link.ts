// Links and images (inline, reference, `<url>` destinations, titles), autolinks `<http://…>` and
// `<a@b.c>`, and footnote markers `[^id]`.

import { Element } from '../element.js';
import type { Parser, SpanParser } from '../parser.js';
import { isSpaceCode, normalizeLinkId } from '../util.js';
import { AUTOLINK_START, ESCAPED_CHARS, FOOTNOTE_MARKER_START, LINK_START } from '../patterns.js';
import { re, rubyRegExp } from '../scanner.js';
import { strip } from '../util.js';

const LINK_BRACKET_STOP_RE = re('(\\])|!?\\[');
const LINK_PAREN_STOP_RE = re('(\\()|(\\))|[ \\t\\n\\v\\f\\r](?=[\'"])');
const LINK_INLINE_ID_RE = re('[ \\t\\n\\v\\f\\r]*?\\[([^\\]]+)?\\]');
const LINK_INLINE_TITLE_RE = re('[ \\t\\n\\v\\f\\r]*?(["\'])([\\s\\S]+?)\\1[ \\t\\n\\v\\f\\r]*?\\)');
const ANGLE_URL = re('\\(<([^\\n]*?)>');
const CLOSE_PAREN = re('\\)');
const ESCAPED_CHARS_G = new RegExp(ESCAPED_CHARS, 'gu');
const LINK_START_RE = re(LINK_START);
const MAILTO = rubyRegExp('^mailto:', '');

function addLink(p: Parser, el: Element, href: string, title: string | null, altText: string | null, ial: Record<string, any> | null): void {
  el.options.ial = ial;
  if (ial) p.updateAttrWithIal(el.attr, ial);
  if (el.type === 'a') el.attr.href = href;
  else {
    el.attr.src = href;
    el.attr.alt = altText ?? '';
    el.children = [];
  }
  if (title !== null) el.attr.title = title;
  p.tree.children.push(el);
}

export const link: SpanParser = {
  name: 'link',
  start: LINK_START_RE,
  spanStart: '!?\\[',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    // parseSpans has just matched `start` here.
    const result = src.matched;
    src.setPos(src.pos + result.length);
    const curPos = src.pos;
    const saved = src.savePos();
    const linkType = result.startsWith('!') ? 'img' : 'a';
    if (!p.spanNestingAllowed()) {
      p.addText(result);
      return;
    }
    if (linkType === 'a' && (p.insideType('img') || p.insideType('a'))) {
      p.addText(result);
      return;
    }
    const el = new Element(linkType, null, null, { location: line });
    let count = 1;
    const found = p.parseSpans(el, LINK_BRACKET_STOP_RE, null, p.textType, () => {
      count += src.group(1) !== undefined ? -1 : 1;
      let images = 0;
      for (const c of el.children) if (c.type === 'img') images++;
      return count - images === 0;
    });
    if (!found) {
      src.revertPos(saved);
      p.addText(result);
      return;
    }
    const altText = src.string.slice(curPos, src.pos).replace(ESCAPED_CHARS_G, '$1');
    src.scan(LINK_BRACKET_STOP_RE);

    // LINK_INLINE_ID_RE needs `[` after optional whitespace, PAREN a `(` at the position: tested first.
    const at = src.string.charCodeAt(src.pos);
    const idMatched = (at === 91 || isSpaceCode(at)) && src.scan(LINK_INLINE_ID_RE) !== null;
    if (idMatched || at !== 40) {
      const explicitId = idMatched ? src.group(1) : undefined;
      const linkId = normalizeLinkId(explicitId ?? altText);
      const def = p.linkDefs.get(linkId);
      if (def) {
        addLink(p, el, def[0], def[1], altText, def[2] ? ((def[2].options.ial as Record<string, any>) ?? null) : null);
      } else {
        if (explicitId === undefined) p.warning(`No link definition for link ID '${linkId}' found on line ${line}`, line);
        src.revertPos(saved);
        p.addText(result);
      }
      return;
    }

    let linkUrl: string;
    if (src.string.charCodeAt(src.pos + 1) === 60 && src.scan(ANGLE_URL) !== null) {
      linkUrl = src.group(1)!;
      if (src.scan(CLOSE_PAREN) !== null) {
        addLink(p, el, linkUrl, null, altText, null);
        return;
      }
    } else {
      linkUrl = '';
      let brackets = 0;
      let temp: string | null;
      while ((temp = src.scanUntil(LINK_PAREN_STOP_RE)) !== null) {
        linkUrl += temp;
        p.spanWork += temp.length;
        if (src.group(2) !== undefined) {
          brackets--;
          if (brackets === 0) break;
        } else if (src.group(1) !== undefined) brackets++;
        else break;
      }
      linkUrl = strip(linkUrl.slice(1, -1));
      if (brackets === 0) {
        addLink(p, el, linkUrl, null, altText, null);
        return;
      }
    }
    if (src.scan(LINK_INLINE_TITLE_RE) !== null) addLink(p, el, linkUrl, src.group(2)!, altText, null);
    else {
      src.revertPos(saved);
      p.addText(result);
    }
  },
};

const AUTOLINK_RE = re(AUTOLINK_START);

export const autolink: SpanParser = {
  name: 'autolink',
  start: AUTOLINK_RE,
  spanStart: '<',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    src.setPos(src.pos + m[0].length);
    const href = m[2] === undefined ? `mailto:${m[1]}` : m[1]!;
    const el = new Element('a', null, { href }, { location: line });
    p.addText(m[1]!.replace(MAILTO, ''), el);
    p.tree.children.push(el);
  },
};

export const footnoteMarker: SpanParser = {
  name: 'footnote_marker',
  start: re(FOOTNOTE_MARKER_START),
  spanStart: '\\[',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    src.setPos(src.pos + m[0].length);
    const name = m[1]!;
    const def = p.footnotes.get(name);
    if (def) {
      if (def.eob) {
        p.updateAttrWithIal(def.eob.attr, (def.eob.options.ial as Record<string, any>) ?? {});
        def.attr = def.eob.attr;
        def.options = def.eob.options;
        delete def.eob;
      }
      def.marker ??= [];
      const el = new Element('footnote', def.content, def.attr ?? {}, { ...(def.options ?? {}), name, location: line });
      def.marker.push(el);
      p.tree.children.push(el);
    } else {
      p.warning(`Footnote definition for '${name}' not found on line ${line}`, line);
      p.addText(m[0]);
    }
  },
};
