// Block HTML: balanced HTML elements parsed as kramdown does (content model block/span/raw, the `markdown`
// attribute), comments, and the raw-HTML reader shared with span HTML.

import { Element } from '../element.js';
import type { BlockParser, Parser } from '../parser.js';
import { StopBlockParsing } from '../util.js';
import {
  HTML_ATTRIBUTE_RE, HTML_BLOCK_START, HTML_COMMENT_RE, HTML_INSTRUCTION_RE, HTML_RAW_START, HTML_SPAN_ELEMENTS,
  HTML_TAG_CLOSE_RE, HTML_TAG_RE, OPT_SPACE, TAG_SLASH,
} from '../patterns.js';
import { re, type Pattern, type Scanner } from '../scanner.js';
import { eachAttribute, matchEndTag, matchStartTag } from './html-tag.js';

const BLOCK_MODEL = ['address', 'applet', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'fieldset', 'figure',
  'figcaption', 'footer', 'form', 'header', 'hgroup', 'iframe', 'li', 'main', 'map', 'menu', 'nav', 'noscript', 'object', 'section',
  'summary', 'td'];
const SPAN_MODEL = ['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'button', 'cite', 'caption', 'del', 'dfn', 'dt', 'em', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'i', 'ins', 'label', 'legend', 'optgroup', 'p', 'q', 'rb', 'rbc', 'rp', 'rt', 'rtc', 'ruby', 'select', 'small',
  'span', 'strong', 'sub', 'sup', 'th', 'tt'];
const RAW_MODEL = ['script', 'style', 'math', 'option', 'textarea', 'pre', 'code', 'kbd', 'samp', 'var'];
const CONTENT_MODEL = new Map<string, string>();
for (const t of BLOCK_MODEL) CONTENT_MODEL.set(t, 'block');
for (const t of SPAN_MODEL) CONTENT_MODEL.set(t, 'span');
for (const t of RAW_MODEL) CONTENT_MODEL.set(t, 'raw');

export function contentModel(name: string): string {
  return CONTENT_MODEL.get(name) ?? 'raw';
}

export const SPAN_ELEMENTS = new Set(HTML_SPAN_ELEMENTS);
export const BLOCK_ELEMENTS = new Set(['address', 'article', 'aside', 'applet', 'body', 'blockquote', 'caption', 'col', 'colgroup',
  'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'head', 'iframe', 'legend', 'menu', 'li', 'main', 'map', 'nav', 'ol', 'optgroup', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul']);
export const ELEMENTS_WITHOUT_BODY = new Set(['area', 'base', 'br', 'col', 'command', 'embed', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr']);
const KNOWN = new Set([...SPAN_ELEMENTS, ...BLOCK_ELEMENTS, ...ELEMENTS_WITHOUT_BODY, ...CONTENT_MODEL.keys()]);

/** Whether kramdown knows the element (its name is then lower-cased). */
export function isHtmlElement(name: string): boolean {
  return KNOWN.has(name);
}

const MARKDOWN_ATTR_MAP: Record<string, string> = { '0': 'raw', '1': 'default', span: 'span', block: 'block' };
export function markdownAttrMode(v: string | undefined): string | undefined {
  return v === undefined ? undefined : MARKDOWN_ATTR_MAP[v];
}

const HTML_ATTRIBUTE_G = new RegExp(HTML_ATTRIBUTE_RE, 'gu');
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export function parseHtmlAttributes(p: Parser, str: string, line: number | undefined, inHtmlTag = true): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (str === '') return attrs;
  let count = 0;
  const add = (n: string, value: string): void => {
    const name = inHtmlTag ? n.toLowerCase() : n;
    if (count++ > 0 && Object.hasOwn(attrs, name)) p.warning(`Duplicate HTML attribute '${name}' on line ${line ?? '?'} - overwriting previous one`, line);
    attrs[name] = value;
  };
  // eslint-disable-next-line no-control-regex
  if (!NON_ASCII.test(str)) {
    // On ASCII text the attribute pattern equals its ASCII form, matched by hand.
    eachAttribute(str, add);
    return attrs;
  }
  HTML_ATTRIBUTE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HTML_ATTRIBUTE_G.exec(str)) !== null) add(m[1]!, m[2] ?? m[4] ?? '');
  return attrs;
}

export type TagHandler = (el: Element, closed: boolean, handleBody: boolean) => void;

/** kramdown's handle_html_start_tag; the scanner has matched HTML_TAG_RE. */
export function handleHtmlStartTag(p: Parser, line: number | undefined, handler: TagHandler): void {
  const src = p.src;
  let name = src.group(1)!;
  const lower = name.toLowerCase();
  if (isHtmlElement(lower)) name = lower;
  let closed = src.group(TAG_SLASH) !== undefined;
  const attrs = parseHtmlAttributes(p, src.group(2)!, line, isHtmlElement(name));
  const el = new Element('html_element', name, attrs, { category: 'block' });
  if (line !== undefined) el.options.location = line;
  p.tree.children.push(el);
  if (!closed && ELEMENTS_WITHOUT_BODY.has(name)) closed = true;
  if (name === 'script' || name === 'style') {
    handleRawHtmlTag(p, name);
    handler(el, false, false);
  } else handler(el, closed, true);
}

const HTML_TAG_CLOSE = re(HTML_TAG_CLOSE_RE);
const untilCloseCache = new Map<string, Pattern>();
/** `(?=</name\s*>)`, case-insensitive (the name is used as a pattern, as kramdown does). */
function untilClose(name: string): Pattern {
  let p = untilCloseCache.get(name);
  if (!p) untilCloseCache.set(name, (p = re(`(?=<\\/${name}[ \\t\\n\\v\\f\\r]*>)`, 'i')));
  return p;
}

function handleRawHtmlTag(p: Parser, name: string): void {
  const src = p.src;
  const cur = src.pos;
  const target = p.tree.children[p.tree.children.length - 1]!;
  if (src.scanUntil(untilClose(name)) !== null) {
    p.addText(src.string.slice(cur, src.pos), target, 'raw');
    src.scan(HTML_TAG_CLOSE);
  } else {
    p.addText(src.rest(), target, 'raw');
    src.terminate();
    p.warning(`Found no end tag for '${name}' - auto-closing it`);
  }
}

const RAW_START = re(HTML_RAW_START);
/**
 * Whether HTML_RAW_START (`<` then a name, `/`, `!--` or `?`) matches at the `<` at `j`: decided from the
 * next character on ASCII (names start with a letter or `_`); other characters go to the pattern.
 */
function rawStartAt(str: string, j: number): boolean {
  const c = str.charCodeAt(j + 1);
  if (c === 47 || c === 63 || c === 95 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c === 33) return str.startsWith('--', j + 2);
  if (c >= 128) {
    RAW_START.sticky.lastIndex = j;
    return RAW_START.sticky.test(str);
  }
  return false;
}
const MAX_RAW_DEPTH = 100;

/**
 * Whether a comment can match at the position: it needs `<!--` there and a `-->` after it (else the comment
 * pattern fails, after scanning to the end).
 */
export function commentMayClose(p: Parser): boolean {
  return p.src.string.startsWith('<!--', p.src.pos) && p.src.lastIndexOf('-->') >= p.src.pos + 4;
}
const COMMENT = re(HTML_COMMENT_RE);
const INSTRUCTION = re(HTML_INSTRUCTION_RE);
const TAG = re(HTML_TAG_RE);


/** Scan an HTML end tag at the position (the ASCII form first, by hand: see html-tag.ts). */
export function scanCloseTag(p: Parser): string | null {
  const m = matchEndTag(p.src.string, p.src.pos);
  return m ? p.src.acceptMatch(m) : p.src.scan(HTML_TAG_CLOSE);
}

/** Scan an HTML start tag at the position (the ASCII form first, by hand: see html-tag.ts). */
export function scanTag(p: Parser): string | null {
  const m = matchStartTag(p.src.string, p.src.pos);
  return m ? p.src.acceptMatch(m) : p.src.scan(TAG);
}

/** kramdown's parse_raw_html: HTML as text and elements, until the closing tag of `el`. */
export function parseRawHtml(p: Parser, el: Element, handler: TagHandler): void {
  p.stack.push([p.tree] as any);
  p.tree = el;
  const src = p.src;
  let done = false;
  if (++p.blockDepth > MAX_RAW_DEPTH) {
    // Unclosed tags nested deeper than any real page: keep the rest as the element's text.
    p.warning(`HTML elements nested more than ${MAX_RAW_DEPTH} levels deep - rest kept as text`, src.currentLine());
    p.addText(src.rest(), p.tree, 'text');
    src.terminate();
    done = true;
  }
  while (!src.eos() && !done) {
    const result = src.scanUntilCharWhere('<', rawStartAt);
    if (result !== null) {
      p.addText(result, p.tree, 'text');
      const line = src.currentLine();
      let r: string | null;
      // The character after `<` decides which patterns can match (`!` comment, `?` instruction, `/` end tag).
      const next = src.string.charCodeAt(src.pos + 1);
      if (next === 33 && commentMayClose(p) && (r = src.scan(COMMENT)) !== null) {
        p.tree.children.push(new Element('xml_comment', r, null, { category: 'block', location: line }));
      } else if (next === 63 && (r = src.scan(INSTRUCTION)) !== null) {
        p.tree.children.push(new Element('xml_pi', r, null, { category: 'block', location: line }));
      } else if (next !== 47 && next !== 33 && next !== 63 && scanTag(p) !== null) {
        handleHtmlStartTag(p, line, handler);
      } else if (next === 47 && scanCloseTag(p) !== null) {
        const closing = isHtmlElement(p.tree.value) ? src.group(1)!.toLowerCase() : src.group(1);
        if (p.tree.value === closing) done = true;
        else {
          p.addText(src.matched, p.tree, 'text');
          p.warning(`Found invalidly used HTML closing tag for '${src.group(1)}' on line ${line} - ignoring it`, line);
        }
      } else {
        p.addText(src.getch(), p.tree, 'text');
      }
    } else {
      p.addText(src.rest(), p.tree, 'text');
      src.terminate();
      if (p.tree.type === 'html_element') {
        p.warning(`Found no end tag for '${p.tree.value}' on line ${p.tree.options.location} - auto-closing it`, p.tree.options.location);
      }
      done = true;
    }
  }
  p.blockDepth--;
  p.tree = p.stack.pop()![0] as Element;
}

/** kramdown's handle_kramdown_html_tag: decide the content model and parse the element's body. */
export function handleKramdownHtmlTag(p: Parser, el: Element, closed: boolean, handleBody: boolean): void {
  if (p.blockIal) {
    el.options.ial = p.blockIal;
    p.blockIal = null;
  }
  let model: string;
  if (p.tree.type !== 'html_element' || p.tree.options.content_model !== 'raw') {
    model = p.options.parse_block_html ? contentModel(el.value) : 'raw';
  } else model = 'raw';
  const mdAttr = el.attr.markdown;
  delete el.attr.markdown;
  const val = markdownAttrMode(mdAttr);
  if (val) model = val === 'default' ? contentModel(el.value) : val;
  const src = p.src;
  if (model === 'block') src.skipTrailingWhitespace();
  el.options.content_model = model;
  el.options.is_closed = closed;
  if (!closed && handleBody) {
    if (model === 'block') {
      if (!p.parseBlocks(el)) p.warning(`Found no end tag for '${el.value}' (line ${el.options.location}) - auto-closing it`, el.options.location as number);
    } else if (model === 'span') {
      const cur = src.pos;
      if (src.scanUntil(untilClose(el.value)) !== null) {
        p.addText(src.string.slice(cur, src.pos), el);
        src.scan(HTML_TAG_CLOSE);
      } else {
        p.addText(src.rest(), el);
        src.terminate();
        p.warning(`Found no end tag for '${el.value}' (line ${el.options.location}) - auto-closing it`, el.options.location as number);
      }
    } else {
      parseRawHtml(p, el, (e, c, h) => handleKramdownHtmlTag(p, e, c, h));
    }
    if (!(p.tree.type === 'html_element' && p.tree.options.content_model === 'raw')) src.skipTrailingWhitespace();
  }
}

const BLOCK_TAG = re(`^${OPT_SPACE}${HTML_TAG_RE}`);

/** BLOCK_TAG at the position (up to three spaces, then a start tag), the ASCII form by hand first. */
function checkBlockTag(src: Scanner): boolean {
  const str = src.string;
  let i = src.pos;
  while (i < src.pos + 3 && str.charCodeAt(i) === 32) i++;
  const m = matchStartTag(str, i);
  if (!m) return src.check(BLOCK_TAG) !== null;
  if (i > src.pos) m[0] = str.slice(src.pos, i) + m[0];
  m.index = src.pos;
  src.m = m;
  src.matchStart = src.pos;
  return true;
}
const BLOCK_TAG_CLOSE = re(`^${OPT_SPACE}${HTML_TAG_CLOSE_RE}`);

export const blockHtml: BlockParser = {
  name: 'block_html',
  start: re(HTML_BLOCK_START),
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    let result: string | null;
    if (commentMayClose(p) && (result = src.scan(COMMENT)) !== null) {
      p.tree.children.push(new Element('xml_comment', result, null, { category: 'block', location: line }));
      src.skipTrailingWhitespace();
      return true;
    }
    if (checkBlockTag(src) && !SPAN_ELEMENTS.has(src.group(1)!.toLowerCase())) {
      src.setPos(src.pos + src.matched.length);
      handleHtmlStartTag(p, line, (e, c, h) => handleKramdownHtmlTag(p, e, c, h));
      if (p.options.html_to_native) convertHtmlToNative(p, p.tree.children[p.tree.children.length - 1]!);
      return true;
    }
    if (src.check(BLOCK_TAG_CLOSE) !== null && !SPAN_ELEMENTS.has(src.group(1)!.toLowerCase())) {
      const name = src.group(1)!.toLowerCase();
      if (p.tree.type === 'html_element' && p.tree.value === name) {
        src.setPos(src.pos + src.matched.length);
        throw new StopBlockParsing('found');
      }
      return false;
    }
    return false;
  },
};

import { convertHtmlToNative } from '../html/to-native.js';
