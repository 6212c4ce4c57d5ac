// Span HTML: inline tags (parsed as spans or raw text per content model and `markdown` attribute),
// comments, and HTML entities.

import { Element } from '../element.js';
import type { SpanParser } from '../parser.js';
import { BLOCK_ELEMENTS, scanCloseTag, scanTag, commentMayClose, contentModel, ELEMENTS_WITHOUT_BODY, isHtmlElement, markdownAttrMode, parseHtmlAttributes } from '../block/html.js';
import { HTML_COMMENT_RE, HTML_ENTITY_RE, HTML_SPAN_START, TAG_SLASH } from '../patterns.js';
import { re, type Pattern } from '../scanner.js';
import { entity } from '../html/entities.js';
import { convertHtmlToNative } from '../html/to-native.js';

const COMMENT = re(HTML_COMMENT_RE);

const closeCache = new Map<string, Pattern>();
/** `</name\s*>`, case-insensitive for HTML elements kramdown knows. */
function closeTag(name: string): Pattern {
  let p = closeCache.get(name);
  if (!p) closeCache.set(name, (p = re(`<\\/${escapeRe(name)}[ \\t\\n\\v\\f\\r]*>`, isHtmlElement(name) ? 'i' : '')));
  return p;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

export const spanHtml: SpanParser = {
  name: 'span_html',
  start: re(HTML_SPAN_START),
  spanStart: '<',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    let result: string | null;
    if (commentMayClose(p) && (result = src.scan(COMMENT)) !== null) {
      p.tree.children.push(new Element('xml_comment', result, null, { category: 'span', location: line }));
    } else if (src.string.charCodeAt(src.pos + 1) === 47 && (result = scanCloseTag(p)) !== null) {
      p.warning(`Found invalidly used HTML closing tag for '${src.group(1)}' on line ${line}`, line);
      p.addText(result);
    } else if (!p.spanNestingAllowed()) {
      p.addText(src.getch());
    } else if ((result = scanTag(p)) !== null) {
      let tagName = src.group(1)!;
      const closedBySlash = src.group(TAG_SLASH) !== undefined;
      const attrSrc = src.group(2)!;
      if (isHtmlElement(tagName.toLowerCase())) tagName = tagName.toLowerCase();
      if (BLOCK_ELEMENTS.has(tagName)) {
        p.warning(`Found block HTML tag '${tagName}' in span-level text on line ${line}`, line);
        p.addText(result);
        return;
      }
      const attrs = parseHtmlAttributes(p, attrSrc, line, isHtmlElement(tagName));
      for (const k of Object.keys(attrs)) if (attrs[k] !== '') attrs[k] = attrs[k]!.replace(/\n+/g, ' ');
      let doParsing = contentModel(tagName) === 'raw' || p.tree.options.content_model === 'raw' ? false : !!p.options.parse_span_html;
      const md = attrs.markdown;
      delete attrs.markdown;
      const val = markdownAttrMode(md);
      if (val === 'block') p.warning(`Cannot use block-level parsing in span-level HTML tag (line ${line}) - using default mode`, line);
      else if (val === 'span') doParsing = true;
      else if (val === 'default') doParsing = contentModel(tagName) !== 'raw';
      else if (val === 'raw') doParsing = false;
      const el = new Element('html_element', tagName, attrs, { category: 'span', location: line, content_model: doParsing ? 'span' : 'raw', is_closed: closedBySlash });
      p.tree.children.push(el);
      const stopRe = closeTag(tagName);
      if (!closedBySlash && !ELEMENTS_WITHOUT_BODY.has(el.value)) {
        if (p.parseSpans(el, stopRe, doParsing ? null : SPAN_HTML_ONLY)) src.scan(stopRe);
        else {
          p.warning(`Found no end tag for '${el.value}' (line ${line}) - auto-closing it`, line);
          p.addText(src.rest(), el);
          src.terminate();
        }
      }
      if (p.options.html_to_native) convertHtmlToNative(p, el);
    } else {
      p.addText(src.getch());
    }
  },
};

const ENTITY_RE = re(HTML_ENTITY_RE);

export const htmlEntity: SpanParser = {
  name: 'html_entity',
  start: ENTITY_RE,
  spanStart: '&',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    src.setPos(src.pos + m[0].length);
    const e = m[1] !== undefined ? entity(m[1]) : m[2] !== undefined ? entity(parseInt(m[2], 10)) : entity(parseInt(m[3]!, 16));
    if (e) p.tree.children.push(new Element('entity', e, null, { original: m[0], location: line }));
    else {
      p.tree.children.push(new Element('entity', entity('amp'), null, { location: line }));
      p.addText(m[0].slice(1));
    }
  },
};

/** The parser list for raw span content (only nested HTML is recognised), shared so its patterns are cached. */
const SPAN_HTML_ONLY: SpanParser[] = [spanHtml];
