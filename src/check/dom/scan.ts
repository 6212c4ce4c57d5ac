// One pass over an HTML page that reports start tags (with decoded attributes), end tags and
// the text of raw-text elements, with the same events, tree rules and offsets as htmlparser2 12's
// Parser in HTML mode (implied end tags, void elements, a second <form> ignored, `<image>` → img,
// SVG/MathML self-closing tags, raw-text elements) — htmlparser2 is the reference, and
// tests/check/scan.test.ts compares the two. It is a scanner, not a state machine per character:
// text, comments, raw text and attribute values are skipped with indexOf, so a page costs a few
// string searches per tag. Never throws on bad markup (entity decoding aside: see decode.ts).
import { decodeAttribute } from './decode.js';

export interface ScanHandler {
  /** A start tag; `start` is the offset htmlparser2 reports as `startIndex` (its `<`, usually). */
  onopentag(name: string, attrs: Record<string, string>, start: number): void;
  /** An element closed (explicitly, implied, or at the end); `end` is htmlparser2's `endIndex`. */
  onclosetag(name: string, end: number): void;
  /** Text of a raw-text element (script, style…) or, when `wantsText()` says so, other text. */
  ontext?(text: string): void;
  /** Whether markup text (outside raw-text elements) is wanted now; rare, so it is asked. */
  wantsText?(): boolean;
}

const enum C { Tab = 9, Nl = 10, Ff = 12, Cr = 13, Sp = 32, Bang = 33, Dq = 34, Amp = 38, Sq = 39, Dash = 45, Slash = 47, Lt = 60, Eq = 61, Gt = 62, Q = 63, LBr = 91 }

const isWs = (c: number) => c === C.Sp || c === C.Nl || c === C.Tab || c === C.Ff || c === C.Cr;
const isEndOfTagSection = (c: number) => c === C.Slash || c === C.Gt || isWs(c);
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
/** Opening the key closes these when they are the current element (htmlparser2's table). */
const openImpliesClose = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', pTag],
  ['h1', headingTags], ['h2', headingTags], ['h3', headingTags], ['h4', headingTags], ['h5', headingTags], ['h6', headingTags],
  ['select', formTags], ['input', formTags], ['output', formTags], ['button', formTags], ['datalist', formTags], ['textarea', formTags],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', ddtTags], ['dt', ddtTags],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
    'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, pTag] as [string, Set<string>]),
  ['rt', rtpTags], ['rp', rtpTags], ['tbody', tableSectionTags], ['tfoot', tableSectionTags],
]);
const voidElements = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text up to their end tag (not inside SVG or MathML). */
const rawText = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const RAW_TEXT_NAMES = [...rawText];
const htmlIntegration = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
const svgNames = new Map(['altGlyph', 'altGlyphDef', 'altGlyphItem', 'animateColor', 'animateMotion', 'animateTransform', 'clipPath', 'feBlend',
  'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight',
  'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology',
  'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence', 'foreignObject', 'glyphRef', 'linearGradient',
  'radialGradient', 'textPath'].map((n) => [n.toLowerCase(), n]));

/**
 * A copy of a piece of the page that does not keep the page alive: V8 cuts longer substrings as
 * views into their parent string, and attribute values (URLs, ids) outlive the page's pass.
 */
export function detach(piece: string): string {
  return piece.length < 13 ? piece : (' ' + piece).slice(1);
}

const enum Ns { Html, Svg, MathML }

export function scanHtml(html: string, h: ScanHandler): void {
  const len = html.length;
  /** Open elements, innermost last. */
  const stack: string[] = [];
  /** htmlparser2's foreign-context stack: innermost last, the HTML base first. */
  const ns: Ns[] = [Ns.Html];
  // htmlparser2's Parser.startIndex / endIndex, kept as it keeps them (they give the offsets).
  let startIndex = 0;
  let endIndex = 0;

  const foreign = () => ns[ns.length - 1] !== Ns.Html;
  const readTagName = (raw: string): string => {
    const name = raw.toLowerCase();
    if (ns[ns.length - 1] === Ns.Svg) return svgNames.get(name) ?? name;
    if (ns.length > 1) {
      const adjusted = svgNames.get(name);
      if (adjusted !== undefined && stack.includes(adjusted)) return adjusted;
    }
    if (!foreign()) return name === 'image' ? 'img' : name;
    return name;
  };
  const popElement = () => {
    const el = stack.pop()!;
    if (el === 'math' || el === 'svg' || htmlIntegration.has(el)) ns.pop();
    h.onclosetag(el, endIndex);
  };
  const text = (from: number, to: number) => {
    if (to <= from) return;
    endIndex = to - 1;
    startIndex = to;
    if (h.ontext && h.wantsText?.()) h.ontext(html.indexOf('&', from) >= 0 && html.indexOf('&', from) < to ? decodeAttribute(html.slice(from, to)) : html.slice(from, to));
  };
  /** A comment-like construct ended at `gt` (its `>`, or the end of the page). */
  const skipped = (gt: number) => { endIndex = gt; startIndex = gt + 1; };
  /** Offset of the next `>` at or after `from`, or -1. */
  const gtFrom = (from: number) => html.indexOf('>', from);

  let pos = 0; // start of pending text
  let i = html.indexOf('<');
  while (i >= 0 && i < len) {
    const c = i + 1 < len ? html.charCodeAt(i + 1) : -1;
    if (c === -1) break; // a lone `<` at the end: text
    if (isAlpha(c)) {
      text(pos, i);
      const next = openTag(i);
      if (next < 0) { pos = len; i = -1; break; }
      pos = next;
      i = html.indexOf('<', next);
      continue;
    }
    if (c === C.Slash) {
      const c2 = i + 2 < len ? html.charCodeAt(i + 2) : -1;
      if (c2 === -1) break; // `</` at the end: text
      text(pos, i);
      if (c2 === C.Gt) { pos = i + 3; i = html.indexOf('<', pos); continue; } // `</>`: nothing
      if (isAlpha(c2)) {
        let j = i + 3;
        while (j < len && !isEndOfTagSection(html.charCodeAt(j))) j++;
        if (j >= len) { pos = len; i = -1; break; } // unfinished end tag: dropped
        closeTag(readTagName(html.slice(i + 2, j)), j);
        const gt = html.charCodeAt(j) === C.Gt ? j : gtFrom(j);
        if (gt < 0) { startIndex = len; pos = len; i = -1; break; }
        pos = gt + 1;
        i = html.indexOf('<', pos);
        continue;
      }
      // `</ ` or `</1`: a bogus comment up to `>`
      const gt = gtFrom(i + 2);
      skipped(gt < 0 ? len : gt);
      pos = gt < 0 ? len : gt + 1;
      i = gt < 0 ? -1 : html.indexOf('<', pos);
      continue;
    }
    if (c === C.Bang) {
      text(pos, i);
      const end = declaration(i);
      pos = end < 0 ? len : end + 1;
      i = end < 0 ? -1 : html.indexOf('<', pos);
      continue;
    }
    if (c === C.Q) {
      text(pos, i);
      const gt = gtFrom(i + 2);
      skipped(gt < 0 ? len : gt);
      pos = gt < 0 ? len : gt + 1;
      i = gt < 0 ? -1 : html.indexOf('<', pos);
      continue;
    }
    // `<` not starting markup is text
    i = html.indexOf('<', i + 1);
  }
  text(pos, len);
  endIndex = startIndex;
  while (stack.length) {
    // onend: every open element closes, innermost first, all at the same endIndex.
    const el = stack.pop()!;
    h.onclosetag(el, endIndex);
  }

  function closeTag(name: string, nameEnd: number): void {
    endIndex = nameEnd;
    if (!voidElements.has(name)) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        while (stack.length > at) popElement();
      } else if (name === 'p') {
        // `</p>` without an open p: an empty p, as browsers do.
        const openStart = startIndex;
        emitOpenName('p');
        startIndex = openStart;
        h.onopentag('p', {}, startIndex);
        if (stack[stack.length - 1] === 'p') popElement();
      }
    } else if (name === 'br') {
      h.onopentag('br', {}, startIndex);
      h.onclosetag('br', endIndex);
    }
    startIndex = nameEnd + 1;
  }

  /** htmlparser2's emitOpenTag: implied end tags, then the element goes on the stack. False: ignored (a nested form). */
  function emitOpenName(name: string): boolean {
    if (name === 'form' && stack.includes('form')) return false;
    const closes = openImpliesClose.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1])) popElement();
    if (!voidElements.has(name)) {
      stack.push(name);
      if (name === 'svg') ns.push(Ns.Svg);
      else if (name === 'math') ns.push(Ns.MathML);
      else if (htmlIntegration.has(name)) ns.push(Ns.Html);
    }
    return true;
  }

  /** A start tag at `lt`; returns where text resumes, or -1 at the end of the page. */
  function openTag(lt: number): number {
    const special = !foreign();
    let j = lt + 2;
    while (j < len && !isEndOfTagSection(html.charCodeAt(j))) j++;
    if (j >= len) {
      // The page ends inside the name. While it may still become a raw-text tag name, htmlparser2
      // is in a state that it ends with a text event.
      const partial = html.slice(lt + 1).toLowerCase();
      if (special && RAW_TEXT_NAMES.some((n) => n.startsWith(partial))) startIndex = len;
      return -1;
    }
    const rawName = html.slice(lt + 1, j);
    const name = readTagName(rawName);
    endIndex = j;
    const openStart = startIndex;
    const kept = emitOpenName(name);
    const attrs: Record<string, string> | null = kept ? {} : null;
    // Attributes, as htmlparser2's tokenizer reads them.
    let k = j;
    let selfClosing = false;
    // An unfinished tag is dropped; htmlparser2 then leaves startIndex at its last attribute name.
    const dropped = () => { if (lastName >= 0) startIndex = lastName; return -1; };
    let lastName = -1;
    for (;;) {
      if (k >= len) return dropped();
      let ch = html.charCodeAt(k);
      if (ch === C.Gt) break;
      if (ch === C.Slash) {
        // `/` then spaces then `>` closes the tag; anything else starts a name.
        let m = k + 1;
        while (m < len && isWs(html.charCodeAt(m))) m++;
        if (m >= len) { startIndex = len; return -1; } // htmlparser2 ends this state with a text event
        if (html.charCodeAt(m) === C.Gt) { k = m; selfClosing = true; break; }
        k = m;
        continue;
      }
      if (isWs(ch)) { k++; continue; }
      // An attribute name: up to `=`, a space, `/` or `>` (its first character may be `=`).
      const nameStart = k;
      k++;
      while (k < len) {
        ch = html.charCodeAt(k);
        if (ch === C.Eq || isEndOfTagSection(ch)) break;
        k++;
      }
      if (k >= len) return dropped();
      const attrName = html.slice(nameStart, k).toLowerCase();
      lastName = nameStart;
      while (k < len && isWs(html.charCodeAt(k))) k++;
      if (k >= len) return dropped();
      if (html.charCodeAt(k) !== C.Eq) {
        if (attrs && !Object.hasOwn(attrs, attrName)) attrs[attrName] = '';
        continue;
      }
      k++;
      while (k < len && isWs(html.charCodeAt(k))) k++;
      if (k >= len) return dropped();
      ch = html.charCodeAt(k);
      let value: string;
      if (ch === C.Dq || ch === C.Sq) {
        const close = html.indexOf(ch === C.Dq ? '"' : "'", k + 1);
        if (close < 0) return dropped();
        value = html.slice(k + 1, close);
        k = close + 1;
      } else {
        const vStart = k;
        while (k < len) {
          ch = html.charCodeAt(k);
          if (ch === C.Gt || isWs(ch)) break;
          k++;
        }
        if (k >= len) return dropped();
        value = html.slice(vStart, k);
      }
      if (attrs && !Object.hasOwn(attrs, attrName)) attrs[attrName] = value.includes('&') ? decodeAttribute(value) : detach(value);
    }
    // k is at the tag's `>`.
    endIndex = k;
    if (selfClosing && foreign() && kept) {
      // In SVG and MathML `<x/>` is an empty element.
      startIndex = openStart;
      h.onopentag(name, attrs!, startIndex);
      if (voidElements.has(name)) h.onclosetag(name, endIndex);
      if (stack[stack.length - 1] === name) popElement();
      startIndex = k + 1;
    } else {
      startIndex = openStart;
      if (attrs) h.onopentag(name, attrs, startIndex);
      if (kept && voidElements.has(name)) h.onclosetag(name, endIndex);
      startIndex = k + 1;
    }
    const lowerRaw = special ? rawName.toLowerCase() : '';
    if (special && rawText.has(lowerRaw)) return rawTextBody(k + 1, lowerRaw);
    return k + 1;
  }

  /** The body of a raw-text element from `from`; returns where its end tag starts (or the end). */
  function rawTextBody(from: number, name: string): number {
    if (name === 'plaintext') {
      text(from, len);
      return len;
    }
    let at = from;
    for (;;) {
      const lt = html.indexOf('</', at);
      if (lt < 0 || lt + 2 + name.length >= len) {
        // No end tag: the rest of the page is its text.
        if (h.ontext && len > from) h.ontext(html.slice(from, len));
        if (len > from) { endIndex = len - 1; startIndex = len; }
        return len;
      }
      if (matchesAt(lt + 2, name) && isEndOfTagSection(html.charCodeAt(lt + 2 + name.length))) {
        if (lt > from) {
          if (h.ontext) h.ontext(html.slice(from, lt));
          endIndex = lt - 1;
          startIndex = lt;
        }
        return lt; // the main loop reads the end tag
      }
      at = lt + 1;
    }
  }

  function matchesAt(at: number, lowerName: string): boolean {
    for (let n = 0; n < lowerName.length; n++) {
      if ((html.charCodeAt(at + n) | 0x20) !== lowerName.charCodeAt(n)) return false;
    }
    return true;
  }

  /** `<!…` at `lt`: comment, CDATA, doctype or bogus comment. Returns the offset of its `>`, or -1 at the end. */
  function declaration(lt: number): number {
    const s = lt + 2;
    const c = s < len ? html.charCodeAt(s) : -1;
    if (c === -1) { skipped(len); return -1; }
    if (c === C.Dash) {
      const c2 = s + 1 < len ? html.charCodeAt(s + 1) : -1;
      if (c2 === C.Dash) return comment(s + 2);
      if (c2 === C.Gt) { skipped(s + 1); return s + 1; }
      return bogus(s + 1);
    }
    if (c === C.LBr) {
      if (html.startsWith('CDATA[', s + 1)) {
        const end = html.indexOf(']]>', s + 7);
        if (end < 0) { skipped(len); return -1; }
        if (foreign() && end > s + 7) {
          if (h.ontext && h.wantsText?.()) h.ontext(html.slice(s + 7, end));
        }
        skipped(end + 2);
        return end + 2;
      }
      return bogus(s + 1);
    }
    if ((c | 0x20) === 0x64 /* d */) {
      let n = 1;
      const doctype = 'doctype';
      while (n < 7 && s + n < len && (html.charCodeAt(s + n) | 0x20) === doctype.charCodeAt(n)) n++;
      if (n === 7) {
        const gt = gtFrom(s + 7);
        if (gt < 0) return -1; // an unfinished doctype emits nothing
        skipped(gt);
        return gt;
      }
      if (s + n >= len) { skipped(len); return -1; }
      if (html.charCodeAt(s + n) === C.Gt) { skipped(s + n); return s + n; }
      return bogus(s + n + 1);
    }
    if (c === C.Gt) { skipped(s); return s; }
    return bogus(s + 1);
  }

  function bogus(from: number): number {
    const gt = gtFrom(from);
    skipped(gt < 0 ? len : gt);
    return gt;
  }

  /** A comment whose text starts at `from`: ends at `-->` or `--!>` (`<!-->` and `<!--->` too). */
  function comment(from: number): number {
    if (html.charCodeAt(from) === C.Gt) { skipped(from); return from; }
    if (html.charCodeAt(from) === C.Dash && html.charCodeAt(from + 1) === C.Gt) { skipped(from + 1); return from + 1; }
    let at = from;
    for (;;) {
      const d = html.indexOf('--', at);
      if (d < 0) { skipped(len); return -1; }
      let j = d + 2;
      while (html.charCodeAt(j) === C.Dash) j++;
      if (html.charCodeAt(j) === C.Gt) { skipped(j); return j; }
      if (html.charCodeAt(j) === C.Bang && html.charCodeAt(j + 1) === C.Gt) { skipped(j + 1); return j + 1; }
      at = html.charCodeAt(j) === C.Bang ? j + 1 : j;
      if (j >= len) { skipped(len); return -1; }
    }
  }
}
