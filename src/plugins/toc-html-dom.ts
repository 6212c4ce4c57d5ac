// The small tree libxml2 builds from HTML (as jekyll-toc sees it through Nokogiri): elements with
// attributes in source order, text, raw script/style text, comments, processing instructions —
// plus the few queries the gem makes on it (text content, class list, insertion).

export interface HtmlAttribute {
  name: string;
  /** null: the attribute was written without a value (`<td nowrap>`). */
  value: string | null;
}

export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: HtmlAttribute[];
  children: HtmlNode[];
  parent: HtmlParent | null;
}

export interface HtmlFragment {
  type: 'fragment';
  children: HtmlNode[];
}

export type HtmlParent = HtmlElement | HtmlFragment;

export interface HtmlText {
  /** `text` is escaped when written; `raw` (script and style content) is not. */
  type: 'text' | 'raw';
  data: string;
  parent: HtmlParent | null;
}

export interface HtmlComment {
  type: 'comment';
  data: string;
  parent: HtmlParent | null;
}

export interface HtmlPi {
  type: 'pi';
  name: string;
  data: string | null;
  parent: HtmlParent | null;
}

export type HtmlNode = HtmlElement | HtmlText | HtmlComment | HtmlPi;

export function element(name: string, attrs: HtmlAttribute[] = [], parent: HtmlParent | null = null): HtmlElement {
  return { type: 'element', name, attrs, children: [], parent };
}

/** Appends character data as libxml2's SAX2 does: merged into a last child of the same kind. */
export function appendText(parent: HtmlParent, data: string, type: 'text' | 'raw' = 'text'): void {
  if (data === '') return;
  const last = parent.children[parent.children.length - 1];
  if (last && last.type === type) last.data += data;
  else parent.children.push({ type, data, parent });
}

export function getAttribute(el: HtmlElement, name: string): HtmlAttribute | undefined {
  return el.attrs.find((a) => a.name === name);
}

/** Node#text (xmlNodeGetContent): the text and raw text below, comments left out. */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text' || node.type === 'raw') return node.data;
  if (node.type !== 'element') return node.type === 'comment' ? node.data : node.data ?? '';
  let out = '';
  for (const c of node.children) if (c.type === 'element' || c.type === 'text' || c.type === 'raw') out += textContent(c);
  return out;
}

/** Node#classes: the class attribute split on whitespace. */
export function classList(el: HtmlElement): string[] {
  const value = getAttribute(el, 'class')?.value;
  return value ? value.split(/[ \t\r\n\f\v]+/).filter(Boolean) : [];
}

/** Every element below `root`, in document order. */
export function* descendants(root: HtmlParent): Generator<HtmlElement> {
  for (const c of root.children) {
    if (c.type !== 'element') continue;
    yield c;
    yield* descendants(c);
  }
}

/** Node#add_previous_sibling for a list of parsed nodes. */
export function insertBefore(reference: HtmlNode, nodes: HtmlNode[]): void {
  const parent = reference.parent;
  if (!parent) return;
  const i = parent.children.indexOf(reference);
  for (const n of nodes) n.parent = parent;
  parent.children.splice(i, 0, ...nodes);
}
