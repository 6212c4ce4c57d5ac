// What the GitHub Pages default plugins share: whether an extension is Markdown for this site
// (Jekyll's Markdown converter: the `markdown_ext` list), and a Page made from a static file
// (Jekyll::Page.new(site, base, dir, name) on the file the reader had left static).
import path from 'node:path';
import { readSourceText } from '../config/read-text.js';
import { splitFrontMatter } from '../site/frontmatter.js';
import type { Page, StaticFile } from '../site/model.js';
import type { GeneratorContext } from './registry.js';

/** Markdown#matches: the extension (any case) is one of `markdown_ext`. */
export function isMarkdownExt(config: Record<string, unknown>, ext: string): boolean {
  const list = String(config.markdown_ext ?? 'markdown,mkdown,mkdn,mkd,md')
    .split(',')
    .map((e) => '.' + e.trim().toLowerCase());
  return list.includes(ext.toLowerCase());
}

/** Markdown#extname_list, for building patterns. */
export function markdownExtnames(config: Record<string, unknown>): string[] {
  return String(config.markdown_ext ?? 'markdown,mkdown,mkdn,mkd,md')
    .split(',')
    .map((e) => '.' + e.trim());
}

/** A page read from a static file's source (it has no front matter, so it is all content). */
export function pageFromStaticFile(ctx: GeneratorContext, file: StaticFile, data: Record<string, unknown> = {}): Page {
  const rel = file.relativePath.replace(/^\/+/, '');
  const dir = path.posix.dirname('/' + rel);
  const text = readSourceText(file.absPath, rel);
  const split = splitFrontMatter(text, rel);
  const page = ctx.makePage(dir === '/' ? '' : dir, file.name, split.content, { ...split.data, ...data });
  page.contentLine = split.contentLine;
  return page;
}
