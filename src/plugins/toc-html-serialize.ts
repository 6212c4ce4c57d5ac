// Nokogiri's DocumentFragment#inner_html on libxml2 2.9.14: each top-level node written by
// htmlNodeDumpFormatOutput with formatting on (HTMLtree.c) — a newline after the start tag and
// before the end tag of a known block element whose children are not text, and between block
// siblings without text between them (not inside p/pre/param, never at the top level); empty
// elements as `<br>`, `<li>` for an empty li, `<x></x>` otherwise; text escaped as
// xmlEncodeEntitiesReentrant does (`<`, `>`, `&`; UTF-8 kept); attribute values as
// xmlEncodeAttributeEntities, URI attributes (href, src, action, a's name) %-escaped like
// xmlURIEscapeStr, quoted with `"` — or `'` when the value holds a `"` and no `'`.
import type { HtmlAttribute, HtmlElement, HtmlFragment, HtmlNode, HtmlParent } from './toc-html-dom.js';
import { elementInfo, isBooleanAttribute } from './toc-html-tables.js';

/** Text content (xmlEncodeEntitiesReentrant on an HTML document). */
function escapeText(s: string): string {
  return s.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

/**
 * Attribute values (xmlEncodeAttributeEntities): `&{…}` (HTML 4's script macros) and `<!--…-->`
 * (server-side includes) are left as they are.
 */
function escapeAttribute(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '<') {
      const end = s.startsWith('<!--', i) ? s.indexOf('-->', i) : -1;
      if (end >= 0) {
        out += s.slice(i, end + 3);
        i = end + 2;
      } else out += '&lt;';
    } else if (c === '>') out += '&gt;';
    else if (c === '&') {
      const close = s[i + 1] === '{' ? s.indexOf('}', i) : -1;
      if (close >= 0) {
        out += s.slice(i, close + 1);
        i = close;
      } else out += '&amp;';
    } else out += c;
  }
  return out;
}

/** xmlURIEscapeStr(value, "@/:=?;#%&,+<>"): unreserved and listed characters kept, UTF-8 bytes %-escaped. */
function escapeUri(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]/.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** xmlBufWriteQuotedString. */
function quote(s: string): string {
  if (!s.includes('"')) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  return `"${s.replaceAll('"', '&quot;')}"`;
}

function isUriAttribute(attr: HtmlAttribute, owner: HtmlElement): boolean {
  const n = attr.name.toLowerCase();
  return n === 'href' || n === 'action' || n === 'src' || (n === 'name' && owner.name.toLowerCase() === 'a');
}

function writeAttribute(attr: HtmlAttribute, owner: HtmlElement): string {
  let out = ' ' + attr.name;
  if (attr.value === null || isBooleanAttribute(attr.name)) return out;
  const value = escapeAttribute(attr.value);
  out += '=';
  if (isUriAttribute(attr, owner)) return out + quote(escapeUri(value.replace(/^[ \t\n\r]+/, '')));
  return out + quote(value);
}

const isTextLike = (n: HtmlNode | undefined) => n !== undefined && n.type === 'text';

/** Whether the parent allows formatting newlines between its children (not p, pre, param). */
function formatsInside(parent: HtmlParent | null): boolean {
  return parent !== null && parent.type === 'element' && parent.name[0] !== 'p';
}

function writeNode(node: HtmlNode, out: string[], parent: HtmlParent | null, next: HtmlNode | undefined): void {
  switch (node.type) {
    case 'text':
      out.push(parent?.type === 'element' && (parent.name === 'script' || parent.name === 'style') ? node.data : escapeText(node.data));
      return;
    case 'raw':
      out.push(node.data);
      return;
    case 'comment':
      out.push(`<!--${node.data}-->`);
      return;
    case 'pi':
      out.push(node.data === null ? `<?${node.name}>` : `<?${node.name} ${node.data}>`);
      return;
    case 'element':
      writeElement(node, out, parent, next);
  }
}

function writeElement(el: HtmlElement, out: string[], parent: HtmlParent | null, next: HtmlNode | undefined): void {
  const info = elementInfo(el.name);
  let open = '<' + el.name;
  for (const a of el.attrs) open += writeAttribute(a, el);
  out.push(open);
  const block = info !== undefined && !info.inline;
  if (info?.empty || el.children.length === 0) {
    out.push(info?.empty || (info?.saveEndTag && el.name !== 'html' && el.name !== 'body') ? '>' : `></${el.name}>`);
  } else {
    out.push('>');
    const first = el.children[0]!;
    const last = el.children[el.children.length - 1]!;
    if (block && !isTextLike(first) && first !== last && el.name[0] !== 'p') out.push('\n');
    for (let i = 0; i < el.children.length; i++) writeNode(el.children[i]!, out, el, el.children[i + 1]);
    if (block && !isTextLike(last) && first !== last && el.name[0] !== 'p') out.push('\n');
    out.push(`</${el.name}>`);
  }
  if (block && next !== undefined && !isTextLike(next) && formatsInside(parent)) out.push('\n');
}

/** DocumentFragment#inner_html: each top-level node on its own (no newlines between them). */
export function fragmentInnerHtml(fragment: HtmlFragment): string {
  const out: string[] = [];
  // Top-level nodes are written one by one: their parent, the fragment, has no name.
  for (const c of fragment.children) writeNode(c, out, null, undefined);
  return out.join('');
}
