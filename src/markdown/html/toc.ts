// Table of contents: kramdown's generate_toc_tree — nested lists of links to the headers collected during
// conversion (footnote markers removed, links unwrapped), rendered where `{:toc}` marked a list.

import { cloneElement, Element } from '../element.js';
import { pushAll } from '../util.js';

/** Headers seen by the converter: level, id and the header's children. */
export type TocEntry = [number, string, Element[]];

export function generateTocTree(toc: TocEntry[], type: string, attr: Record<string, string>): Element {
  const sections = new Element(type, null, { ...attr });
  sections.attr.id ??= 'markdown-toc';
  const stack: Element[] = [];
  for (const [level, id, children] of toc) {
    const li = new Element('li', null, null, { level });
    li.children.push(new Element('p', null, null, { transparent: true }));
    const a = new Element('a', null);
    a.attr.href = `#${id}`;
    a.attr.id = `${sections.attr.id}-${id}`;
    const memo = new Map<Element, Element>();
    pushAll(a.children, fixForTocEntry(children.map((c) => cloneElement(c, memo))));
    li.children[li.children.length - 1]!.children.push(a);
    li.children.push(new Element(type));
    let success = false;
    while (!success) {
      if (stack.length === 0) {
        sections.children.push(li);
        stack.push(li);
        success = true;
      } else if ((stack[stack.length - 1]!.options.level as number) < level) {
        const top = stack[stack.length - 1]!;
        top.children[top.children.length - 1]!.children.push(li);
        stack.push(li);
        success = true;
      } else {
        const item = stack.pop()!;
        if (item.children[item.children.length - 1]!.children.length === 0) item.children.pop();
      }
    }
  }
  while (stack.length) {
    const item = stack.pop()!;
    if (item.children[item.children.length - 1]!.children.length === 0) item.children.pop();
  }
  return sections;
}

function fixForTocEntry(elements: Element[]): Element[] {
  removeFootnotes(elements);
  return unwrapLinks(elements);
}

function unwrapLinks(elements: Element[]): Element[] {
  return elements.flatMap((c) => {
    c.children = unwrapLinks(c.children);
    return c.type === 'a' ? c.children : [c];
  });
}

function removeFootnotes(elements: Element[]): void {
  for (let i = elements.length - 1; i >= 0; i--) {
    removeFootnotes(elements[i]!.children);
    if (elements[i]!.type === 'footnote') elements.splice(i, 1);
  }
}
