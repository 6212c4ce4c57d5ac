// HTML as Nokogiri 1.13 (libxml2 2.9.14) reads and writes it, for the plugins that reparse a page
// as html-pipeline does (`Nokogiri::HTML::DocumentFragment.parse(html).to_html`): libxml2's HTML 4
// parser (tag and attribute names lowercased, HTML 4 entities only, its table of start tags that
// close open elements, end-tag priorities, misplaced html/head/body tags dropped, script/style as
// raw text) and its serialiser with the FORMAT option (newlines around block elements whose
// children are not text, void elements without `/`, URI attributes percent-escaped, boolean
// attributes bare). Only what a body fragment needs: no doctype, no head, no encodings but UTF-8.
import { html4Entity } from './html4-entities.js';
import { CLOSES, ELEMENTS, endPriority } from './libxml-html-tables.js';
import { serializeHtmlFragment } from './libxml-html-serialize.js';

export { escapeHtmlText, serializeHtmlFragment } from './libxml-html-serialize.js';

export interface HtmlElement {
  type: 'element';
  name: string;
  /** Attribute value null: written without `=` (as `<video controls>` was). */
  attrs: [string, string | null][];
  children: HtmlNode[];
  parent?: HtmlElement;
}
export interface HtmlText {
  type: 'text';
  data: string;
  parent?: HtmlElement;
}
export interface HtmlComment {
  type: 'comment';
  data: string;
  parent?: HtmlElement;
}
export interface HtmlPi {
  type: 'pi';
  name: string;
  data: string;
  parent?: HtmlElement;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlComment | HtmlPi;

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** IS_CHAR: what a character reference may produce. */
const isXmlChar = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

const NAME_CHARS = /[A-Za-z0-9:\-_.]*/y;
const TEXT_END = /[<&]/g;
const INVALID_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const INVALID_CHARS_ALL = new RegExp(INVALID_CHARS.source, 'g');

/** An open element: its name as written in the stack (prefix kept) and its node. */
interface Open {
  name: string;
  node: HtmlElement;
}

class Parser {
  private i = 0;
  /** Open elements under the implied html and body (the fragment's root holds their children). */
  private readonly stack: Open[] = [];
  /** Misplaced html/head/body start tags seen, whose end tags are then ignored. */
  private depth = 0;
  readonly root: HtmlElement = { type: 'element', name: '', attrs: [], children: [] };

  constructor(private readonly s: string) {}

  private get current(): HtmlElement {
    return this.stack.length ? this.stack[this.stack.length - 1]!.node : this.root;
  }
  /** The innermost open element's name; under the fragment, body then html. */
  private nameAt(index: number): string {
    if (index >= 2) return this.stack[index - 2]!.name;
    return index === 1 ? 'body' : 'html';
  }
  private get depthOfStack(): number {
    return this.stack.length + 2;
  }

  private append(node: HtmlNode): void {
    const parent = this.current;
    node.parent = parent;
    parent.children.push(node);
  }

  private characters(text: string): void {
    if (text === '') return;
    const parent = this.current;
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text') last.data += text;
    else this.append({ type: 'text', data: text });
  }

  private pop(): void {
    this.stack.pop();
  }

  parse(): HtmlElement {
    const s = this.s;
    while (this.i < s.length) {
      const top = this.stack[this.stack.length - 1];
      if (top && (top.name === 'script' || top.name === 'style')) {
        this.rawText(top.name);
        continue;
      }
      const c = s[this.i];
      if (c === '<') {
        const next = s[this.i + 1];
        if (next === '/') this.endTag();
        else if (s.startsWith('<!--', this.i)) this.comment();
        else if (next === '!' && s.slice(this.i + 2, this.i + 9).toUpperCase() === 'DOCTYPE') this.misplacedDoctype();
        else if (next === '?') this.processingInstruction();
        else if (isLetter(next)) this.startTag();
        else {
          this.characters('<');
          this.i++;
        }
      } else if (c === '&') {
        this.characters(this.reference());
      } else {
        TEXT_END.lastIndex = this.i;
        const j = TEXT_END.test(s) ? TEXT_END.lastIndex - 1 : s.length;
        const text = s.slice(this.i, j);
        // Characters XML does not allow (control characters, U+FFFE/U+FFFF) are dropped.
        this.characters(INVALID_CHARS.test(text) ? text.replace(INVALID_CHARS_ALL, '') : text);
        this.i = j;
      }
    }
    return this.root;
  }

  /**
   * A DOCTYPE inside the body is dropped; libxml2 then goes on in the same step without its end-tag
   * branch, so a `</…>` or `<!…>` right after it is text.
   */
  private misplacedDoctype(): void {
    this.skipTo('>');
    const s = this.s;
    if (s[this.i] !== '<') return;
    const next = s[this.i + 1];
    if (s.startsWith('<!--', this.i)) this.comment();
    else if (next === '?') this.processingInstruction();
    else if (isLetter(next)) this.startTag();
    else {
      this.characters('<');
      this.i++;
    }
  }

  private skipTo(ch: string): void {
    const j = this.s.indexOf(ch, this.i);
    this.i = j < 0 ? this.s.length : j + 1;
  }

  private rawText(name: string): void {
    const s = this.s;
    let j = this.i;
    for (;;) {
      j = s.indexOf('</', j);
      if (j < 0 || s.slice(j + 2, j + 2 + name.length).toLowerCase() === name) break;
      j += 2;
    }
    const end = j < 0 ? s.length : j;
    this.characters(s.slice(this.i, end));
    this.i = end;
    if (j >= 0) this.endTag();
  }

  /** A comment; one never closed is dropped with the rest of the input. */
  private comment(): void {
    const end = this.s.indexOf('-->', this.i + 4);
    if (end >= 0) this.append({ type: 'comment', data: this.s.slice(this.i + 4, end) });
    this.i = end < 0 ? this.s.length : end + 3;
  }

  private processingInstruction(): void {
    const s = this.s;
    let j = this.i + 2;
    while (j < s.length && /[A-Za-z0-9_:.\-]/.test(s[j]!)) j++;
    const name = s.slice(this.i + 2, j);
    if (name === '') {
      this.skipTo('>');
      return;
    }
    while (isBlank(s[j])) j++;
    const end = s.indexOf('>', j);
    const stop = end < 0 ? s.length : end;
    this.append({ type: 'pi', name, data: s.slice(j, stop) });
    this.i = end < 0 ? s.length : end + 1;
  }

  /** htmlParseHTMLName: lowercased; starts with a letter, `_`, `:` or `.`. */
  private htmlName(): string | null {
    const s = this.s;
    const c = s[this.i];
    if (!(isLetter(c) || c === '_' || c === ':' || c === '.')) return null;
    NAME_CHARS.lastIndex = this.i;
    NAME_CHARS.test(s);
    const name = s.slice(this.i, NAME_CHARS.lastIndex).toLowerCase();
    this.i = NAME_CHARS.lastIndex;
    return name;
  }

  /** `&…` in text or an attribute value: what libxml2 puts in its place. */
  private reference(): string {
    const s = this.s;
    if (s[this.i + 1] === '#') {
      let j = this.i + 2;
      let value = 0;
      if (s[j] === 'x' || s[j] === 'X') {
        j++;
        while (j < s.length && /[0-9a-fA-F]/.test(s[j]!)) value = value * 16 + Number.parseInt(s[j++]!, 16);
      } else {
        while (j < s.length && s[j]! >= '0' && s[j]! <= '9') value = value * 10 + Number(s[j++]);
      }
      if (s[j] === ';') j++;
      this.i = j;
      return isXmlChar(value) ? String.fromCodePoint(value) : '';
    }
    this.i++;
    const start = this.i;
    const c = s[this.i];
    if (!(isLetter(c) || c === '_' || c === ':')) return '&';
    let j = this.i;
    while (j < s.length && /[A-Za-z0-9._:\-]/.test(s[j]!)) j++;
    const name = s.slice(start, j);
    this.i = j;
    if (s[j] === ';') {
      const value = html4Entity(name);
      if (value !== undefined) {
        this.i = j + 1;
        return value;
      }
    }
    return '&' + name;
  }

  private attributeValue(): string {
    const s = this.s;
    const quote = s[this.i];
    let out = '';
    if (quote === '"' || quote === "'") {
      this.i++;
      let end = s.indexOf(quote, this.i);
      if (end < 0) end = s.length;
      while (this.i < end) {
        const amp = s.indexOf('&', this.i);
        if (amp < 0 || amp >= end) {
          out += s.slice(this.i, end);
          this.i = end;
          break;
        }
        out += s.slice(this.i, amp);
        this.i = amp;
        out += this.reference();
        // A reference never runs past the quote (no quote in a name), but stay safe.
        if (this.i > end) end = s.indexOf(quote, this.i) < 0 ? s.length : s.indexOf(quote, this.i);
      }
      if (s[this.i] === quote) this.i++;
      return out;
    }
    while (this.i < s.length && s[this.i] !== '>' && !isBlank(s[this.i])) {
      if (s[this.i] === '&') out += this.reference();
      else out += s[this.i++];
    }
    return out;
  }

  private startTag(): void {
    const s = this.s;
    this.i++;
    const name = this.htmlName()!;
    const attrs: [string, string | null][] = [];
    while (isBlank(s[this.i])) this.i++;
    while (this.i < s.length && s[this.i] !== '>' && !(s[this.i] === '/' && s[this.i + 1] === '>')) {
      const attr = this.htmlName();
      if (attr === null) {
        // A bogus attribute: skipped up to the next blank or the end of the tag.
        while (this.i < s.length && !isBlank(s[this.i]) && s[this.i] !== '>' && !(s[this.i] === '/' && s[this.i + 1] === '>')) this.i++;
      } else {
        while (isBlank(s[this.i])) this.i++;
        let value: string | null = null;
        if (s[this.i] === '=') {
          this.i++;
          while (isBlank(s[this.i])) this.i++;
          value = this.attributeValue();
        }
        if (!attrs.some(([n]) => n === attr)) attrs.push([attr, value]);
      }
      while (isBlank(s[this.i])) this.i++;
    }
    let selfClosed = false;
    if (s[this.i] === '/' && s[this.i + 1] === '>') {
      this.i += 2;
      selfClosed = true;
    } else if (s[this.i] === '>') {
      this.i++;
    }
    // htmlAutoClose: the new tag closes the innermost open elements it implies the end of.
    const closes = CLOSES.get(name);
    while (closes && this.stack.length && closes.has(this.stack[this.stack.length - 1]!.name)) this.pop();
    // Misplaced <html>, <head> and <body> (the fragment is parsed inside <html><body>) are dropped.
    if (name === 'html' || name === 'head' || name === 'body') {
      this.depth++;
      return;
    }
    // xmlSplitQName: an element `svg:rect` is written `rect` (no namespace); attributes keep their names.
    const colon = name.indexOf(':');
    const node: HtmlElement = { type: 'element', name: colon > 0 && colon < name.length - 1 ? name.slice(colon + 1) : name, attrs, children: [] };
    this.append(node);
    if (selfClosed || ELEMENTS.get(name)?.empty) return;
    this.stack.push({ name, node });
  }

  private endTag(): void {
    const s = this.s;
    this.i += 2;
    const name = this.htmlName();
    if (name === null) return;
    while (isBlank(s[this.i])) this.i++;
    this.skipTo('>');
    if (this.depth > 0 && (name === 'html' || name === 'body' || name === 'head')) {
      this.depth--;
      return;
    }
    let at = -1;
    for (let k = this.depthOfStack - 1; k >= 0; k--) if (this.nameAt(k) === name) { at = k; break; }
    if (at < 0) return;
    // htmlAutoCloseOnClose: an end tag closes only elements of lower or equal priority.
    const p = endPriority(name);
    for (let k = this.depthOfStack - 1; k > at; k--) if (endPriority(this.nameAt(k)) > p) return;
    while (this.stack.length > Math.max(at - 2, 0)) this.pop();
    // `</body>` or `</html>`: what follows is outside the body, so not in the fragment.
    if (at < 2) this.i = s.length;
  }
}

/** Nokogiri::HTML::DocumentFragment.parse(html): the nodes libxml2 builds for a body's content. */
export function parseHtmlFragment(html: string): HtmlElement {
  return new Parser(html).parse();
}

/** `Nokogiri::HTML::DocumentFragment.parse(html).to_html`. */
export function reserializeHtml(html: string): string {
  return serializeHtmlFragment(parseHtmlFragment(html), html);
}
