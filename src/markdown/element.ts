// Element: kramdown's document tree node (type, value, attributes, options, children).

export type Category = 'block' | 'span';

export interface ElementOptions {
  location?: number;
  [key: string]: unknown;
}

export class Element {
  type: string;
  value: any;
  attr: Record<string, string>;
  options: ElementOptions;
  children: Element[] = [];

  constructor(type: string, value: any = null, attr: Record<string, string> | null = null, options: ElementOptions | null = null) {
    this.type = type;
    this.value = value;
    this.attr = attr ?? {};
    this.options = options ?? {};
  }
}

const BLOCK_TYPES = new Set(['blank', 'p', 'header', 'blockquote', 'codeblock', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'td', 'hr']);
const SPAN_TYPES = new Set(['text', 'a', 'br', 'img', 'codespan', 'footnote', 'em', 'strong', 'entity', 'typographic_sym', 'smart_quote', 'abbreviation']);

/** kramdown's Element.category: from the type, or the `category` option for html/math/raw/comments. */
export function category(el: Element): Category | undefined {
  if (BLOCK_TYPES.has(el.type)) return 'block';
  if (SPAN_TYPES.has(el.type)) return 'span';
  return el.options.category as Category | undefined;
}

export function isBlock(el: Element): boolean {
  return category(el) === 'block';
}

/**
 * Deep copy (kramdown's Marshal round trip for TOC and footnote content). Shared and cyclic references
 * are preserved, as Marshal does: a footnote may reference itself from inside its own content.
 */
export function cloneElement(el: Element, memo = new Map<Element, Element>()): Element {
  const seen = memo.get(el);
  if (seen) return seen;
  const c = new Element(el.type, null, { ...el.attr }, { ...el.options });
  memo.set(el, c);
  c.value = el.value instanceof Element ? cloneElement(el.value, memo) : el.value;
  c.children = el.children.map((ch) => cloneElement(ch, memo));
  return c;
}
