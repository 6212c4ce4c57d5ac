// Reads one HTML page in a single pass (scan.ts: htmlparser2's events and tree rules, never
// throws on bad markup) and keeps only what the checks need: the elements they look at, with line and column, whether
// each sits under `data-proofer-ignore` or inside code/pre/tt (which html-proofer removes before
// checking), every id/name (fragment targets), the `<base>` href, and malformed attributes.
import { scanHtml } from './scan.js';
import { LineCursor } from './lines.js';

/** Elements the link, image, script, favicon and Open Graph checks read. */
const RECORDED = new Set(['a', 'link', 'img', 'source', 'script', 'meta', 'base']);
/** html-proofer unlinks these (and everything inside) before running its checks. */
const REMOVED = new Set(['code', 'pre', 'tt']);
const MALFORMED_NAME = /["'<=]/;

export interface PageElement {
  name: string;
  attrs: Record<string, string>;
  line: number;
  column: number;
  /** Offset of the `<` of the start tag. */
  offset: number;
  /** The element or an ancestor carries `data-proofer-ignore`. */
  ignored: boolean;
  /** Inside code, pre or tt: html-proofer does not check it. */
  inCode: boolean;
  /** Text content (collected for scripts only). */
  text: string;
}

export interface MalformedAttribute {
  element: string;
  name: string;
  /** The attribute just before, whose value probably swallowed a quote. */
  previous?: { name: string; value: string };
  line: number;
  column: number;
  offset: number;
}

export interface ParsedPage {
  elements: PageElement[];
  /** The same elements by tag name, in document order. */
  byName: Map<string, PageElement[]>;
  /** Every `id` and every `name` attribute value in the page (code and pre included). */
  anchors: Set<string>;
  /** href of the first `<base>` outside code, or '' */
  baseHref: string;
  /** [start, end) offsets of elements carrying `data-proofer-ignore`. */
  ignoredRanges: [number, number][];
  malformed: MalformedAttribute[];
  /** Content of `<meta http-equiv="refresh">`, when present. */
  metaRefresh?: string;
}

interface Frame {
  name: string;
  ignored: boolean;
  inCode: boolean;
  ignoreStart: number;
  /** Index in `elements` when recorded, to append text to. */
  recorded: number;
}

export function parsePage(html: string): ParsedPage {
  const lines = new LineCursor(html);
  const elements: PageElement[] = [];
  const byName = new Map<string, PageElement[]>();
  const anchors = new Set<string>();
  const ignoredRanges: [number, number][] = [];
  const malformed: MalformedAttribute[] = [];
  const stack: Frame[] = [];
  let baseHref: string | undefined;
  let metaRefresh: string | undefined;

  scanHtml(html, {
    onopentag(name, attrs, start) {
      const parent = stack[stack.length - 1];
      const selfIgnore = Object.prototype.hasOwnProperty.call(attrs, 'data-proofer-ignore');
      const ignored = (parent?.ignored ?? false) || selfIgnore;
      const inCode = (parent?.inCode ?? false) || REMOVED.has(name);
      if (attrs.id !== undefined) anchors.add(attrs.id);
      if (attrs.name !== undefined) anchors.add(attrs.name);
      let loc: { line: number; column: number } | undefined;
      // Attribute names in source order (duplicates dropped, as browsers do): one holding a
      // quote, `<` or `=` is markup gone wrong.
      let previous: string | undefined;
      for (const key in attrs) {
        if (MALFORMED_NAME.test(key)) {
          loc ??= lines.locate(start);
          malformed.push({ element: name, name: key, previous: previous === undefined ? undefined : { name: previous, value: attrs[previous] }, ...loc, offset: start });
        }
        previous = key;
      }
      let recorded = -1;
      if (RECORDED.has(name)) {
        loc ??= lines.locate(start);
        recorded = elements.length;
        const el: PageElement = { name, attrs, line: loc.line, column: loc.column, offset: start, ignored, inCode, text: '' };
        elements.push(el);
        const bucket = byName.get(name);
        if (bucket) bucket.push(el);
        else byName.set(name, [el]);
        if (name === 'base' && baseHref === undefined && !inCode) baseHref = attrs.href ?? '';
        if (name === 'meta' && metaRefresh === undefined && (attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
          metaRefresh = attrs.content ?? '';
        }
      }
      stack.push({ name, ignored, inCode, ignoreStart: selfIgnore ? start : -1, recorded });
    },
    ontext(text) {
      const top = stack[stack.length - 1];
      if (top && top.recorded >= 0 && top.name === 'script') elements[top.recorded].text += text;
    },
    wantsText() {
      const top = stack[stack.length - 1];
      return top !== undefined && top.recorded >= 0 && top.name === 'script';
    },
    onclosetag(_name, end) {
      const frame = stack.pop();
      if (frame && frame.ignoreStart >= 0) ignoredRanges.push([frame.ignoreStart, Math.max(end + 1, frame.ignoreStart + 1)]);
    },
  });
  return { elements, byName, anchors, baseHref: baseHref ?? '', ignoredRanges, malformed, metaRefresh };
}

/** Only the ids and names of a page: what a fragment check against another page needs. */
export function collectAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  scanHtml(html, {
    onopentag(_name, attrs) {
      if (attrs.id !== undefined) anchors.add(attrs.id);
      if (attrs.name !== undefined) anchors.add(attrs.name);
    },
    onclosetag() {},
  });
  return anchors;
}
