// The fixture tests' notion of "same output", as ../shared/tools/compare-sites.mjs defines it:
// byte-identical, or equivalent — HTML with the same DOM once whitespace-only text is folded and
// attributes are sorted (text inside pre/code/script/style/textarea kept as is); other text files
// equal after whitespace folding; binary files only when identical.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
const RAW = new Set(['pre', 'textarea', 'script', 'style', 'code']);

function canon(node: Node, out: string[], raw: boolean): void {
  switch (node.nodeName) {
    case '#document':
    case '#document-fragment':
      for (const c of (node as DefaultTreeAdapterMap['document']).childNodes) canon(c, out, raw);
      return;
    case '#documentType':
      out.push('<!doctype html>');
      return;
    case '#comment':
      out.push('<!--' + (node as DefaultTreeAdapterMap['commentNode']).data.replace(/\s+/g, ' ').trim() + '-->');
      return;
    case '#text': {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      const t = raw ? value : value.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    default: {
      const el = node as DefaultTreeAdapterMap['element'];
      const attrs = [...el.attrs]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((a) => ` ${a.name}="${a.value.replace(/\s+/g, ' ').trim()}"`)
        .join('');
      out.push(`<${el.tagName}${attrs}>`);
      const kids = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes;
      for (const c of kids) canon(c, out, raw || RAW.has(el.tagName));
      out.push(`</${el.tagName}>`);
    }
  }
}

export function canonicalHtml(html: string): string[] {
  const out: string[] = [];
  canon(parse(html) as Node, out, false);
  return out;
}

export type Verdict = { same: boolean; identical: boolean; hint?: string };

export function compareOutput(file: string, expected: Buffer, actual: Buffer): Verdict {
  if (expected.equals(actual)) return { same: true, identical: true };
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const a = canonicalHtml(expected.toString('utf8'));
    const b = canonicalHtml(actual.toString('utf8'));
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length && a.length === b.length) return { same: true, identical: false };
    return { same: false, identical: false, hint: `expected ${JSON.stringify(a[i] ?? '<end>')}\n  actual   ${JSON.stringify(b[i] ?? '<end>')}` };
  }
  if (expected.includes(0) || actual.includes(0)) return { same: false, identical: false, hint: 'binary files differ' };
  const ta = expected.toString('utf8').replace(/\s+/g, ' ').trim();
  const tb = actual.toString('utf8').replace(/\s+/g, ' ').trim();
  if (ta === tb) return { same: true, identical: false };
  let i = 0;
  while (i < ta.length && ta[i] === tb[i]) i++;
  return { same: false, identical: false, hint: `expected ${JSON.stringify(ta.slice(Math.max(0, i - 40), i + 80))}\n  actual   ${JSON.stringify(tb.slice(Math.max(0, i - 40), i + 80))}` };
}
