// jekyll-relative-links 0.7.0: in Markdown pages (and written documents with
// `relative_links: { collections: true }`), inline links `[text](path.md#frag "title")` and
// reference definitions `[ref]: path.md` whose path names a page, static file or written document
// of the site (relative to the page's folder, or to the source root with a leading `/`) are
// rewritten to that item's URL with the baseurl. Fragment-only and absolute URLs stay. Runs on the
// raw content before rendering, with the gem's patterns (and their quirks, such as the title
// alternative that opens with `"` and closes with `'`). `exclude:` globs and `enabled: false`.
import path from 'node:path';
import { isHash } from '../liquid/ruby/value.js';
import { relativeUrl } from '../liquid/filters/url.js';
import { cgiUnescape } from '../liquid/filters/escape.js';
import { extractExcerpt } from '../site/excerpt.js';
import type { Doc, Page, Renderable } from '../site/model.js';
import { isMarkdownExt } from './markdown-files.js';
import { LOWEST, type GeneratorContext, type KilnPlugin } from './registry.js';

// Ruby's `.` is anything but \n, `\s` is ASCII whitespace, `^`/`$` are line anchors (before \n only).
const DOT = '[^\\n]';
const WS = '[ \\t\\r\\n\\f\\v]';
const TEXT = `(${DOT}*?)`;
const FRAGMENT = `(#${DOT}+?|)?`;
const TITLE = `(${WS}+"(?:\\\\"|[^"])*(?<!\\\\)"|${WS}+"(?:\\\\'|[^'])*(?<!\\\\)')?`;
const INLINE = `\\[${TEXT}\\]\\(([^)]+?)${FRAGMENT}${TITLE}\\)`;
const REFERENCE = `(?<=^|\\n)${WS}*?\\[${TEXT}\\]: (${DOT}+?)${FRAGMENT}${TITLE}${WS}*?(?=\\n|$)`;
const LINK = new RegExp(`(${INLINE}|${REFERENCE})`, 'g');
const ABSOLUTE_URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function option(config: Record<string, unknown>, key: string): unknown {
  const o = config.relative_links;
  return isHash(o) ? o[key] : undefined;
}

/** File.fnmatch-style glob (`*`, `?`) or a folder prefix, as EntryFilter#glob_include? accepts. */
function globIncluded(patterns: unknown, entry: string): boolean {
  const list = Array.isArray(patterns) ? patterns.map(String) : [String(patterns)];
  return list.some((p) => {
    const re = new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
    return re.test(entry) || entry.startsWith(p.replace(/\/*$/, '/'));
  });
}

/** path_from_root: the link's path resolved against the page's folder (or the root for `/…`). */
function pathFromRoot(link: string, base: string): string {
  const absolute = link.startsWith('/');
  const rel = link.replace(/^\//, '');
  // File.expand_path against the working directory, which is then cut off again.
  const cwd = '/\0cwd';
  const resolved = path.posix.resolve(cwd, absolute ? '' : base, rel);
  return resolved.startsWith(cwd + '/') ? resolved.slice(cwd.length + 1) : resolved;
}

export function generateRelativeLinks(ctx: GeneratorContext): void {
  const { site } = ctx;
  const config = site.config as Record<string, unknown>;
  if (option(config, 'enabled') === false) return;
  const written = [...site.collections.values()].flatMap((c) => c.docs.filter((d) => d.writes));
  const items: Renderable[] = [...site.pages];
  if (option(config, 'collections') === true) items.push(...written);
  const targets: { relativePath: string; url: string }[] = [...site.pages, ...site.staticFiles, ...written];
  const urlFor = (p: string): string | undefined => {
    const wanted = cgiUnescape(p);
    const target = targets.find((t) => t.relativePath.replace(/^\//, '') === wanted);
    return target?.url ? String(relativeUrl(target.url, config)) : undefined;
  };
  const exclude = option(config, 'exclude');
  for (const item of items) {
    if (!isMarkdownExt(config, item.ext)) continue;
    if (exclude && globIncluded(exclude, item.relativePath)) continue;
    const base = path.posix.dirname(item.relativePath);
    item.content = item.content.replace(LINK, (original, _all, iText, iPath, iFrag, iTitle, rText, rPath, rFrag, rTitle) => {
      const inline = iText !== undefined;
      const linkPath = String(inline ? iPath : rPath);
      if (linkPath.startsWith('#') || ABSOLUTE_URI.test(linkPath)) return original;
      const url = urlFor(pathFromRoot(linkPath, base));
      if (url === undefined) return original;
      const target = url + ((inline ? iFrag : rFrag) ?? '');
      const title = (inline ? iTitle : rTitle) ?? '';
      return inline ? `[${iText}](${target}${title})` : `\n[${rText}]: ${target}${title}`;
    });
    // replace_relative_links_excerpt!: `data["excerpt"] = Excerpt.new(document) if data["excerpt"]`,
    // an excerpt made again from the new content, also where the front matter gave the excerpt as
    // text (a document's then reads its first paragraph; for a page Jekyll 4.3 crashes on reading it).
    const withExcerpt = item as Doc | Page;
    const given = item.data.excerpt;
    const replacesGiven = item.kind === 'document' && given !== undefined && given !== null && given !== false;
    if (withExcerpt.excerptSource !== undefined || replacesGiven) {
      const separator = String(item.data.excerpt_separator ?? config.excerpt_separator ?? '\n\n');
      withExcerpt.excerptSource = extractExcerpt(item.content, separator);
      if (replacesGiven) delete item.data.excerpt;
    }
  }
}

export const relativeLinksPlugin: KilnPlugin = {
  name: 'jekyll-relative-links',
  priority: LOWEST,
  generate: generateRelativeLinks,
};
