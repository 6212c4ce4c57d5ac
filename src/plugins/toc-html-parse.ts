// Nokogiri::HTML::DocumentFragment.parse(html) as Nokogiri 1.13 does it on libxml2 2.9.14: the
// text is parsed as `<html><body>` + html by libxml2's HTML 4 parser in recovery mode, and the
// body's children become the fragment. Reproduced from HTMLparser.c: start tags that close open
// elements (a `<div>` closes a `<p>`), end tags without an open element ignored, end-tag priorities,
// empty elements, `/>` closing any element, entities only with their `;`, raw script/style text,
// whitespace kept as text, nothing after `</body>` kept.
import { appendText, element, type HtmlAttribute, type HtmlElement, type HtmlFragment, type HtmlParent } from './toc-html-dom.js';
import { elementInfo, endPriority, entityValue, startTagCloses } from './toc-html-tables.js';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isAsciiLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** XML's Char production: what libxml2 keeps of the input (other control characters are dropped). */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function keepChars(s: string): string {
  // Fast path: nothing to drop.
  if (!/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/.test(s)) return s;
  // htmlCurrentChar reads a NUL inside the text as a space.
  return s.replace(/\x00/g, ' ').replace(/[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '');
}

/** xmlSplitQName's local part: after the first `:` (not for `:x` or `x:`). */
function localName(tag: string): string {
  const i = tag.indexOf(':');
  if (i <= 0 || i === tag.length - 1) return tag;
  return tag.slice(i + 1);
}

class HtmlParser {
  private pos = 0;
  /** Open elements (libxml2's nodeTab), html and body at the bottom. */
  private readonly stack: HtmlElement[];
  /** Their tag names as written (nameTab): `svg:rect` where the element is named `rect`. */
  private readonly names: string[];
  /** Misplaced html/head/body start tags skipped (their end tags are skipped as many times). */
  private misplaced = 0;
  readonly body: HtmlElement;
  /** Where content goes once body is closed: nowhere the fragment sees. */
  private readonly limbo = element('html');

  constructor(private readonly s: string) {
    const html = element('html');
    this.body = element('body', [], html);
    html.children.push(this.body);
    this.stack = [html, this.body];
    this.names = ['html', 'body'];
  }

  private get current(): HtmlElement | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The innermost open tag's name (libxml2's ctxt->name). */
  private get currentName(): string | undefined {
    return this.names[this.names.length - 1];
  }

  private get parent(): HtmlParent {
    return this.stack.includes(this.body) ? this.current! : this.limbo;
  }

  private ch(offset = 0): string | undefined {
    return this.s[this.pos + offset];
  }

  private skipBlanks(): void {
    while (isBlank(this.ch())) this.pos++;
  }

  parse(): HtmlFragment {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s[this.pos];
      const next = s[this.pos + 1];
      if (c === '<' && next === '/') {
        this.endTag();
        continue;
      }
      if (c === '<' && (isAsciiLetter(next) || next === '_' || next === ':')) {
        const name = this.peekName();
        const current = this.currentName;
        if (current !== undefined && startTagCloses(name, current)) {
          this.autoClose(name);
          continue;
        }
      }
      const current = this.currentName;
      if (current === 'script' || current === 'style') {
        this.rawText(current);
        continue;
      }
      if (c === '<' && next === '!' && s.slice(this.pos + 2, this.pos + 9).toUpperCase() === 'DOCTYPE') {
        this.doctype();
        continue;
      }
      if (c === '<' && next === '!' && s[this.pos + 2] === '-' && s[this.pos + 3] === '-') this.comment();
      else if (c === '<' && next === '?') this.processingInstruction();
      else if (c === '<' && isAsciiLetter(next)) this.elementStart();
      else if (c === '<') {
        appendText(this.parent, '<');
        this.pos++;
      } else if (c === '&') this.reference();
      else this.charData();
    }
    return { type: 'fragment', children: this.body.children };
  }

  /** htmlParseHTMLName_nonInvasive: the tag name ahead, without consuming it (no dots). */
  private peekName(): string {
    let i = this.pos + 1;
    let name = '';
    for (; i < this.s.length && name.length < 100; i++) {
      const c = this.s[i]!;
      if (isAsciiLetter(c) || isAsciiDigit(c) || c === ':' || c === '-' || c === '_') name += c.toLowerCase();
      else break;
    }
    return name;
  }

  /** htmlParseHTMLName: a tag or attribute name, lowercased, or null. */
  private htmlName(): string | null {
    const first = this.ch();
    if (!isAsciiLetter(first) && first !== '_' && first !== ':' && first !== '.') return null;
    let name = '';
    while (name.length < 100) {
      const c = this.ch();
      if (isAsciiLetter(c) || isAsciiDigit(c) || c === ':' || c === '-' || c === '_' || c === '.') {
        name += c!.toLowerCase();
        this.pos++;
      } else break;
    }
    return name;
  }

  /** htmlParseName (entity and PI names): an XML Name, case kept. */
  private xmlName(): string | null {
    const m = /^[A-Za-z_:\u00c0-\uffff][A-Za-z0-9._:\-\u00b7\u00c0-\uffff]*/u.exec(this.s.slice(this.pos, this.pos + 200));
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /** SAX2's startElement: the element is named without its prefix (`svg:rect` → `rect`). */
  private push(tag: string, attrs: HtmlAttribute[]): void {
    const parent = this.parent;
    const el = element(localName(tag), attrs, parent);
    parent.children.push(el);
    this.stack.push(el);
    this.names.push(tag);
  }

  private pop(): void {
    this.stack.pop();
    this.names.pop();
  }

  /** htmlAutoClose: pops the open elements the new tag closes. */
  private autoClose(newTag: string): void {
    while (this.currentName !== undefined && startTagCloses(newTag, this.currentName)) this.pop();
  }

  private elementStart(): void {
    this.pos++; // '<'
    const name = this.htmlName()!;
    this.autoClose(name);
    let discard = false;
    if (this.stack.length > 0 && name === 'html') discard = true;
    if (this.stack.length !== 1 && name === 'head') discard = true;
    if (name === 'body' && this.names.includes('body')) discard = true;
    if (discard) this.misplaced++;
    const attrs = this.attributes();
    if (!discard) this.push(name, attrs);
    // htmlParseElementInternal goes on with the current element (the parent, for a skipped tag).
    if (this.ch() === '/' && this.ch(1) === '>') {
      this.pos += 2;
      this.pop();
      return;
    }
    if (this.ch() === '>') this.pos++;
    else {
      // End of input inside the tag: the element ends there.
      if (!discard) this.pop();
      return;
    }
    const info = this.currentName === undefined ? undefined : elementInfo(this.currentName);
    if (info?.empty) this.pop();
  }

  private attributes(): HtmlAttribute[] {
    const attrs: HtmlAttribute[] = [];
    this.skipBlanks();
    while (this.pos < this.s.length && this.ch() !== '>' && !(this.ch() === '/' && this.ch(1) === '>')) {
      const name = this.htmlName();
      if (name !== null) {
        this.skipBlanks();
        let value: string | null = null;
        if (this.ch() === '=') {
          this.pos++;
          this.skipBlanks();
          value = this.attributeValue();
        }
        // A repeated attribute is dropped: the first one stays.
        if (!attrs.some((a) => a.name === name)) attrs.push({ name, value });
      } else {
        // A bogus attribute is skipped up to the next blank or the end of the tag.
        while (this.pos < this.s.length && !isBlank(this.ch()) && this.ch() !== '>' && !(this.ch() === '/' && this.ch(1) === '>')) this.pos++;
      }
      this.skipBlanks();
    }
    return attrs;
  }

  /** htmlParseAttValue + htmlParseHTMLAttribute: quoted or bare, references decoded. */
  private attributeValue(): string {
    const quote = this.ch();
    if (quote === '"' || quote === "'") {
      this.pos++;
      const value = this.attributeText(quote);
      if (this.ch() === quote) this.pos++;
      return value;
    }
    return this.attributeText(null);
  }

  private attributeText(stop: string | null): string {
    let out = '';
    // A NUL from `&#0;` ends the C string: what follows is read but lost.
    let cut = false;
    while (this.pos < this.s.length) {
      const c = this.ch()!;
      if (stop !== null ? c === stop : c === '>' || isBlank(c)) break;
      if (c === '&') {
        if (this.ch(1) === '#') {
          const code = this.charRef();
          if (code === 0) cut = true;
          else if (!cut) out += String.fromCodePoint(code);
        } else {
          this.pos++;
          const name = this.xmlName();
          if (name === null) {
            if (!cut) out += '&';
          } else {
            const value = this.ch() === ';' ? entityValue(name) : undefined;
            if (value !== undefined) {
              this.pos++;
              if (!cut) out += String.fromCodePoint(value);
            } else if (!cut) out += '&' + name;
          }
        }
        continue;
      }
      const code = this.s.codePointAt(this.pos)!;
      const len = code > 0xffff ? 2 : 1;
      if (!cut) out += this.s.slice(this.pos, this.pos + len);
      this.pos += len;
    }
    return keepChars(out);
  }

  /** htmlParseCharRef: `&#123;` / `&#x7B;` (the `;` optional); 0 when not a valid character. */
  private charRef(): number {
    let val = 0;
    const hex = this.ch(2) === 'x' || this.ch(2) === 'X';
    this.pos += hex ? 3 : 2;
    while (this.pos < this.s.length && this.ch() !== ';') {
      const c = this.ch()!;
      let d: number;
      if (isAsciiDigit(c)) d = c.charCodeAt(0) - 48;
      else if (hex && c >= 'a' && c <= 'f') d = c.charCodeAt(0) - 87;
      else if (hex && c >= 'A' && c <= 'F') d = c.charCodeAt(0) - 55;
      else break;
      if (val < 0x110000) val = val * (hex ? 16 : 10) + d;
      this.pos++;
    }
    if (this.ch() === ';') this.pos++;
    return isXmlChar(val) ? val : 0;
  }

  /** htmlParseReference in content. */
  private reference(): void {
    if (this.ch(1) === '#') {
      const code = this.charRef();
      if (code !== 0) appendText(this.parent, String.fromCodePoint(code));
      return;
    }
    this.pos++;
    const name = this.xmlName();
    if (name === null) {
      appendText(this.parent, '&');
      return;
    }
    const value = this.ch() === ';' ? entityValue(name) : undefined;
    if (value === undefined) {
      appendText(this.parent, '&' + name);
      return;
    }
    this.pos++;
    appendText(this.parent, String.fromCodePoint(value));
  }

  /** htmlParseCharData: text up to the next `<` or `&`. */
  private charData(): void {
    let end = this.pos;
    while (end < this.s.length && this.s[end] !== '<' && this.s[end] !== '&') end++;
    appendText(this.parent, keepChars(this.s.slice(this.pos, end)));
    this.pos = end;
  }

  /** htmlParseScript: script/style content, raw, up to `</` + the element's name. */
  private rawText(name: string): void {
    let end = this.pos;
    while (end < this.s.length) {
      if (this.s[end] === '<' && this.s[end + 1] === '/' && this.s.slice(end + 2, end + 2 + name.length).toLowerCase() === name) break;
      end++;
    }
    appendText(this.parent, keepChars(this.s.slice(this.pos, end)), 'raw');
    this.pos = end;
  }

  /** htmlParseComment: `<!--` … `-->` (or `--!>`); an unterminated comment swallows the rest. */
  private comment(): void {
    const start = this.pos + 4;
    let i = start + 2;
    // The C loop reads two characters before looking for `-->`: `<!-->` is not a whole comment.
    while (i < this.s.length) {
      if (this.s[i] === '>' && this.s[i - 1] === '-' && this.s[i - 2] === '-') break;
      if (this.s[i] === '!' && this.s[i + 1] === '>' && this.s[i - 1] === '-' && this.s[i - 2] === '-') {
        this.parent.children.push({ type: 'comment', data: keepChars(this.s.slice(start, i - 2)), parent: this.parent });
        this.pos = i + 2;
        return;
      }
      i++;
    }
    if (i >= this.s.length) {
      this.pos = this.s.length;
      return;
    }
    this.parent.children.push({ type: 'comment', data: keepChars(this.s.slice(start, i - 2)), parent: this.parent });
    this.pos = i + 1;
  }

  /** htmlParsePI: `<?target data>`. */
  private processingInstruction(): void {
    this.pos += 2;
    const name = this.xmlName();
    if (name === null) return;
    if (this.ch() === '>') {
      this.pos++;
      this.parent.children.push({ type: 'pi', name, data: null, parent: this.parent });
      return;
    }
    this.skipBlanks();
    const end = this.s.indexOf('>', this.pos);
    if (end < 0) {
      this.pos = this.s.length;
      return;
    }
    this.parent.children.push({ type: 'pi', name, data: keepChars(this.s.slice(this.pos, end)), parent: this.parent });
    this.pos = end + 1;
  }

  /** A DOCTYPE in the middle of content: read and left out. */
  private doctype(): void {
    let i = this.pos + 9;
    let quote: string | null = null;
    for (; i < this.s.length; i++) {
      const c = this.s[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    this.pos = Math.min(i + 1, this.s.length);
  }

  /** htmlParseEndTag with htmlAutoCloseOnClose. */
  private endTag(): void {
    this.pos += 2;
    const name = this.htmlName();
    if (name === null) return;
    this.skipBlanks();
    while (this.pos < this.s.length && this.ch() !== '>') this.pos++;
    if (this.ch() === '>') this.pos++;
    if (this.misplaced > 0 && (name === 'html' || name === 'body' || name === 'head')) {
      this.misplaced--;
      return;
    }
    if (!this.names.includes(name)) return;
    const priority = endPriority(name);
    for (let j = this.names.length - 1; j >= 0; j--) {
      if (this.names[j] === name) break;
      // A misplaced end tag does not close elements of higher priority (a `</div>` inside a td).
      if (endPriority(this.names[j]!) > priority) return;
    }
    while (this.currentName !== undefined && this.currentName !== name) this.pop();
    if (this.currentName === name) this.pop();
  }
}

/**
 * Nokogiri::HTML::DocumentFragment.parse(html). Nokogiri's "horrible hack": when a line of the
 * text starts with `<body` (Ruby's `^` is any line's start), the body element itself is taken.
 */
export function parseHtmlFragment(html: string): HtmlFragment {
  const parser = new HtmlParser(html);
  const parsed = parser.parse();
  const fragment: HtmlFragment = { type: 'fragment', children: /^[ \t\r\n\f\v]*?<body/im.test(html) ? [parser.body] : parsed.children };
  for (const c of fragment.children) c.parent = fragment;
  return fragment;
}
