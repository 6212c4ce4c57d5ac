// GFM post-processing (kramdown-parser-gfm): hard line breaks in text, and GitHub-style header ids.

import { pushAll } from '../util.js';
import { category, Element } from '../element.js';
import type { Parser } from '../parser.js';

const NON_WORD = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
const NON_WORD_ASCII = /[^A-Za-z0-9_\- \t]/g;

export function generateGfmHeaderId(p: Parser, text: string): string {
  // Ruby's downcase maps Σ to σ everywhere; JS would use ς at the end of words.
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\x00-\x7f]/.test(text);
  let result = ascii
    ? text.toLowerCase().replace(NON_WORD_ASCII, '').replace(/[ \t]/g, '-')
    : (text.includes('Σ') ? text.replace(/Σ/g, 'σ') : text).toLowerCase().replace(NON_WORD, '').replace(/[ \t]/g, '-');
  const n = (p.idCounter.get(result) ?? -1) + 1;
  p.idCounter.set(result, n);
  if (n > 0) result += `-${n}`;
  return (p.options.auto_id_prefix as string) + result;
}

export function gfmUpdateElements(p: Parser, element: Element): void {
  if (element.children.length === 0) return;
  const hardBreak = p.options.hard_wrap ? '\n' : '\\\n';
  const children = element.children;
  // The list is rebuilt only when a text has to be split at hard line breaks.
  let out: Element[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text' && (child.value as string).includes(hardBreak)) {
      out ??= children.slice(0, i);
      pushAll(out, updateTextType(element, child, hardBreak));
      continue;
    }
    if (child.type === 'html_element') {
      // kramdown-parser-gfm does not descend into HTML elements
    } else if (child.type === 'header' && p.options.auto_ids && !('id' in child.attr)) {
      child.attr.id = generateGfmHeaderId(p, child.options.raw_text as string);
    } else {
      gfmUpdateElements(p, child);
    }
    if (out) out.push(child);
  }
  if (out) element.children = out;
}

function updateTextType(element: Element, child: Element, hardBreak: string): Element[] {
  const children: Element[] = [];
  const lines = (child.value as string).split(hardBreak);
  const omitTrailingBr = lines[lines.length - 1] === '' && category(element) === 'block' && element.children[element.children.length - 1] === child;
  lines.forEach((line, index) => {
    const opts = { location: (child.options.location as number) + index };
    children.push(new Element('text', index > 0 ? `\n${line}` : line, null, opts));
    if (index < lines.length - 2 || (index === lines.length - 2 && !omitTrailingBr)) children.push(new Element('br', null, null, opts));
  });
  return children;
}
