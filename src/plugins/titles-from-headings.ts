// jekyll-titles-from-headings 0.5.3: a Markdown page without a title takes its first heading (an
// ATX `#`..`###` or a Setext heading at the very start of the content), through markdownify |
// strip_html | normalize_whitespace and without footnote marks. `titles_from_headings:`
// `collections: true` does it for written documents too (replacing their inferred title),
// `strip_title: true` (or the page's own `strip_title`) removes the heading from the content,
// `enabled: false` turns it off.
import { isHash, isNil } from '../liquid/ruby/value.js';
import { stringFilters } from '../liquid/filters/string.js';
import { loadMarkdown } from '../site/markdown.js';
import type { Doc, Renderable } from '../site/model.js';
import { extractExcerpt } from '../site/excerpt.js';
import { isMarkdownExt } from './markdown-files.js';
import { LOWEST, setItemData, type GeneratorContext, type KilnPlugin } from './registry.js';

// The gem's TITLE_REGEX: \A, then Ruby's `.` (anything but \n) and `$` (before \n or at the end).
const TITLE = /^\s*(?:#{1,3}\s+([^\n]*)(?:\s+#{1,3})?|([^\n]*)\r?\n[-=]+\s*)(?=\n|$)/;
const FOOTNOTE_MARK = /\[\^[^\]]*\]/g;

function option(config: Record<string, unknown>, key: string): unknown {
  const o = config.titles_from_headings;
  return isHash(o) ? o[key] : undefined;
}

export function generateTitles(ctx: GeneratorContext): void {
  const { site } = ctx;
  const config = site.config as Record<string, unknown>;
  if (option(config, 'enabled') === false) return;
  const markdown = loadMarkdown();
  const strip = (text: string): string => {
    const html = markdown.convert(text, site.config).html;
    const plain = stringFilters.strip_html!.call(undefined as never, html) as string;
    return (stringFilters.normalize_whitespace!.call(undefined as never, plain) as string).replace(FOOTNOTE_MARK, '');
  };
  const items: Renderable[] = [...site.pages];
  if (option(config, 'collections') === true) for (const c of site.collections.values()) items.push(...c.docs.filter((d) => d.writes));
  for (const item of items) {
    if (!isMarkdownExt(config, item.ext)) continue;
    // Documents' titles are inferred from their file names: those are replaced.
    if (item.kind === 'page' && !isNil(item.data.title)) continue;
    const m = TITLE.exec(item.content);
    if (m) setItemData(item, 'title', strip(m[1] ?? m[2] ?? ''));
    const stripTitle = Object.prototype.hasOwnProperty.call(item.data, 'strip_title') ? item.data.strip_title === true : option(config, 'strip_title') === true;
    if (!stripTitle) continue;
    item.content = item.content.replace(TITLE, '').replace(/^[\s\0]+|[\s\0]+$/g, '');
    // A post's excerpt is made again from the stripped content (strip_title_excerpt!).
    const doc = item as Doc;
    if (item.kind === 'document' && doc.collection.label === 'posts' && doc.excerptSource !== undefined) {
      doc.excerptSource = extractExcerpt(doc.content, String(doc.data.excerpt_separator ?? config.excerpt_separator ?? '\n\n'));
    }
  }
}

export const titlesFromHeadingsPlugin: KilnPlugin = {
  name: 'jekyll-titles-from-headings',
  priority: LOWEST,
  generate: generateTitles,
};
