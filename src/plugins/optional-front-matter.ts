// jekyll-optional-front-matter 0.3.2: Markdown files without front matter (which the reader left as
// static files) become pages too — except README, LICENSE, LICENCE, COPYING, CODE_OF_CONDUCT,
// CONTRIBUTING, ISSUE_TEMPLATE and PULL_REQUEST_TEMPLATE unless `include:` names them. The static
// copy stays unless `optional_front_matter: { remove_originals: true }` or `require_front_matter`.
// `optional_front_matter: { enabled: false }` or `require_front_matter` turns it off.
import { isHash } from '../liquid/ruby/value.js';
import type { StaticFile } from '../site/model.js';
import { isMarkdownExt, pageFromStaticFile } from './markdown-files.js';
import type { GeneratorContext, KilnPlugin } from './registry.js';

const FILENAME_BLACKLIST = ['README', 'LICENSE', 'LICENCE', 'COPYING', 'CODE_OF_CONDUCT', 'CONTRIBUTING', 'ISSUE_TEMPLATE', 'PULL_REQUEST_TEMPLATE'];

function option(config: Record<string, unknown>, key: string): unknown {
  const o = config.optional_front_matter;
  return isHash(o) ? o[key] : undefined;
}

/** EntryFilter#included? on the file: named in `include:` by path or by base name. */
function included(config: Record<string, unknown>, file: StaticFile): boolean {
  const include = config.include;
  if (!Array.isArray(include)) return false;
  const rel = file.relativePath.replace(/^\/+/, '');
  return include.map(String).some((pattern) => pattern === rel || pattern === file.name || pattern.replace(/\/+$/, '') === rel.split('/')[0]);
}

function blacklisted(config: Record<string, unknown>, file: StaticFile): boolean {
  if (included(config, file)) return false;
  return FILENAME_BLACKLIST.includes(file.basename.toUpperCase());
}

export function generateOptionalFrontMatter(ctx: GeneratorContext): void {
  const { site } = ctx;
  const config = site.config as Record<string, unknown>;
  if (option(config, 'enabled') === false || config.require_front_matter) return;
  const markdown = site.staticFiles.filter((f) => !f.collection && isMarkdownExt(config, f.extname) && !blacklisted(config, f));
  for (const file of markdown) site.pages.push(pageFromStaticFile(ctx, file));
  if (option(config, 'remove_originals') === true || config.require_front_matter) {
    const removed = new Set(markdown);
    const kept = site.staticFiles.filter((f) => !removed.has(f));
    site.staticFiles.splice(0, site.staticFiles.length, ...kept);
  }
}

export const optionalFrontMatterPlugin: KilnPlugin = {
  name: 'jekyll-optional-front-matter',
  priority: 0,
  generate: generateOptionalFrontMatter,
};
