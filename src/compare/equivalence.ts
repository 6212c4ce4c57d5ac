// Equivalence of two output files, as the migration check defines it: HTML is equivalent when its
// DOM matches once whitespace-only text is folded and attributes are sorted (raw text inside
// pre/code/script/style/textarea kept); other text when equal after whitespace folding; binaries
// only when byte-equal. Each canonical form is a list of tokens so the first difference can be shown.
import { parse } from 'parse5';

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: { childNodes: Node[] };
};

const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'code']);
const TEXT_EXTENSIONS = new Set(['.xml', '.txt', '.css', '.js', '.json', '.svg', '.md']);
const LARGEST_SNIFFED_TEXT = 1 << 20;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

export function canonicalHtml(html: string): string[] {
  const out: string[] = [];
  const visit = (node: Node, raw: boolean): void => {
    switch (node.nodeName) {
      case '#document':
      case '#document-fragment':
        for (const c of node.childNodes ?? []) visit(c, raw);
        return;
      case '#documentType':
        out.push('<!doctype html>');
        return;
      case '#comment':
        out.push(`<!--${fold(node.data ?? '')}-->`);
        return;
      case '#text': {
        const text = raw ? (node.value ?? '') : fold(node.value ?? '');
        if (text) out.push(text);
        return;
      }
      default: {
        const attrs = [...(node.attrs ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((a) => ` ${a.name}="${fold(a.value)}"`)
          .join('');
        out.push(`<${node.tagName}${attrs}>`);
        const kids = node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
        for (const c of kids) visit(c, raw || RAW_TEXT.has(node.tagName ?? ''));
        out.push(`</${node.tagName}>`);
      }
    }
  };
  visit(parse(html) as unknown as Node, false);
  return out;
}

export interface FileVerdict {
  identical: boolean;
  equivalent: boolean;
  /** Where the files part, reference first, when they are not equivalent. */
  hint?: { reference: string; ours: string };
}

export function compareFile(relPath: string, reference: Buffer, ours: Buffer): FileVerdict {
  if (reference.equals(ours)) return { identical: true, equivalent: true };
  const ext = relPath.slice(relPath.lastIndexOf('.')).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const a = canonicalHtml(reference.toString('utf8'));
    const b = canonicalHtml(ours.toString('utf8'));
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length && a.length === b.length) return { identical: false, equivalent: true };
    return { identical: false, equivalent: false, hint: { reference: (a[i] ?? '<end>').slice(0, 160), ours: (b[i] ?? '<end>').slice(0, 160) } };
  }
  const looksText = TEXT_EXTENSIONS.has(ext) || (reference.length < LARGEST_SNIFFED_TEXT && !reference.includes(0));
  if (!looksText) return { identical: false, equivalent: false };
  const a = fold(reference.toString('utf8'));
  const b = fold(ours.toString('utf8'));
  if (a === b) return { identical: false, equivalent: true };
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return { identical: false, equivalent: false, hint: { reference: a.slice(from, i + 100), ours: b.slice(from, i + 100) } };
}
