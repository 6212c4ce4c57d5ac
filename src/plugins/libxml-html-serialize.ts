// libxml2 2.9.14's HTML serialiser (htmlNodeDumpFormatOutput) with the FORMAT option, as
// Nokogiri's DocumentFragment#to_html runs it on each top-level node: newlines around known block
// elements whose children are not text, void elements without `/`, URI attributes percent-escaped,
// boolean attributes bare, quotes chosen by the value, and Nokogiri's reparenting quirks.
import type { HtmlElement, HtmlNode } from './libxml-html.js';
import { BOOLEAN_ATTRS, ELEMENTS } from './libxml-html-tables.js';

const NEEDS_ESCAPE = /[&<>]/;

/** xmlEncodeEntitiesReentrant for an HTML document: only &, < and > (UTF-8 written as is). */
export function escapeHtmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const URI_KEEP = /[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]/;
const URI_PLAIN = /^[A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]*$/;

/** xmlURIEscapeStr(value, "@/:=?;#%&,+<>"): every other byte as %XX. */
function uriEscape(value: string): string {
  if (URI_PLAIN.test(value)) return value;
  let out = '';
  for (const ch of value) {
    if (ch.length === 1 && URI_KEEP.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** xmlBufWriteQuotedString: double quotes, single ones when the value holds `"` but no `'`. */
function quoted(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/"/g, '&quot;')}"`;
}

function attribute(el: HtmlElement, name: string, value: string | null): string {
  if (value === null || BOOLEAN_ATTRS.has(name)) return ` ${name}`;
  let v = escapeHtmlText(value);
  if (name === 'href' || name === 'action' || name === 'src' || (name === 'name' && el.name === 'a')) {
    v = uriEscape(v.replace(/^[ \t\n\r]+/, ''));
  }
  return ` ${name}=${quoted(v)}`;
}

const isText = (n: HtmlNode | undefined) => n?.type === 'text';

function serializeNode(node: HtmlNode, next: HtmlNode | undefined, parentName: string, out: string[]): void {
  switch (node.type) {
    case 'text': {
      out.push(parentName === 'script' || parentName === 'style' ? node.data : escapeHtmlText(node.data));
      return;
    }
    case 'comment':
      out.push(`<!--${node.data}-->`);
      return;
    case 'pi':
      out.push(`<?${node.name}${node.data === '' ? '' : ' ' + node.data}>`);
      return;
    case 'element':
      break;
  }
  const el = node;
  const info = ELEMENTS.get(el.name);
  out.push('<', el.name);
  for (const [n, v] of el.attrs) out.push(attribute(el, n, v));
  if (info?.empty) {
    out.push('>');
  } else if (el.children.length === 0) {
    out.push(info?.saveEndTag ? '>' : `></${el.name}>`);
  } else {
    out.push('>');
    const first = el.children[0];
    const last = el.children[el.children.length - 1];
    // Known, not inline, and not p/pre/param (libxml2 tests the name's first letter).
    const block = !!info && !info.inline && el.name[0] !== 'p';
    if (block && !isText(first) && el.children.length > 1) out.push('\n');
    for (let k = 0; k < el.children.length; k++) serializeNode(el.children[k]!, el.children[k + 1], el.name, out);
    if (block && !isText(last) && el.children.length > 1) out.push('\n');
    out.push(`</${el.name}>`);
  }
  // A newline after a block element followed by a non-text sibling (not at the fragment's top).
  if (info && !info.inline && next && !isText(next) && parentName !== '' && parentName[0] !== 'p') out.push('\n');
}

/**
 * DocumentFragment#to_html: each top-level node written with libxml2's FORMAT rules. Nokogiri's
 * "horrible hack": when a line of the HTML starts with `<body`, the fragment is the body element
 * itself (its attributes dropped, as libxml2 drops a second body's), not its children.
 */
export function serializeHtmlFragment(root: HtmlElement, source?: string): string {
  const out: string[] = [];
  if (source !== undefined && /^[ \t\n\v\f\r]*?<body/im.test(source)) {
    serializeNode({ type: 'element', name: 'body', attrs: [], children: root.children }, undefined, '', out);
    return out.join('');
  }
  for (let k = 0; k < root.children.length; k++) {
    const child = root.children[k]!;
    serializeNode(child.type === 'element' ? reparented(child) : child, root.children[k + 1], '', out);
  }
  return out.join('');
}

/**
 * A top-level element as Nokogiri's reparenting into the fragment leaves it: attributes whose name
 * holds a colon (`xmlns:xlink`, `foo:`) come after the others, and a bare one gets an empty value.
 */
function reparented(el: HtmlElement): HtmlElement {
  if (!el.attrs.some(([n]) => n.includes(':'))) return el;
  const plain = el.attrs.filter(([n]) => !n.includes(':'));
  const prefixed = el.attrs.filter(([n]) => n.includes(':')).map(([n, v]): [string, string] => [n, v ?? '']);
  return { ...el, attrs: [...plain, ...prefixed] };
}
