// Jekyll::Excerpt#extract_excerpt: the content before the separator, with any Liquid block left
// open by the cut closed again, and the Markdown link definitions it uses copied from the rest.

const LIQUID_TAG = /{%-?\s*(\w+)\s*.*?-?%}/gs;
const LINK_REF = /^ {0,3}(?:(\[[^\]]+\])(:.+))$/gm;
/** Liquid/Jekyll tags that are blocks (need an `end` tag). */
const BLOCK_TAGS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'raw', 'highlight', 'ifchanged']);

/** `onModified` hears when an open Liquid block had to be closed (Jekyll's "Excerpt modified" warning). */
export function extractExcerpt(content: string, separator: string, onModified?: () => void): string {
  const at = content.indexOf(separator);
  if (at < 0) return content;
  let head = content.slice(0, at);
  const tail = content.slice(at + separator.length);
  if (tail === '') return head;
  if (head.includes('{%')) {
    const closed = sanctifyLiquidTags(head);
    if (closed !== head) onModified?.();
    head = closed;
  }
  const definitions: string[] = [];
  // Only lines like `[ref]: url` can be definitions; most tails have none.
  if (!tail.includes(']:')) return head;
  for (const m of tail.matchAll(LINK_REF)) {
    if (head.includes(m[1]!)) definitions.push(m[1]! + m[2]!);
  }
  if (definitions.length === 0) return head;
  return head + '\n\n' + definitions.join('\n');
}

function sanctifyLiquidTags(head: string): string {
  const names = [...head.matchAll(LIQUID_TAG)].map((m) => m[1]!);
  for (const name of names.reverse()) {
    if (!BLOCK_TAGS.has(name)) continue;
    const end = new RegExp(`{%-?\\s*end${name}.*?\\s*-?%}`, 's');
    if (end.test(head)) continue;
    head += `\n{% end${name} %}`;
  }
  return head;
}
