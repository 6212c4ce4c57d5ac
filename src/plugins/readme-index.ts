// jekyll-readme-index 0.3.0: a folder's README (.md or another Markdown extension) becomes its index
// page (permalink `<folder>/`) when no page or static file of the site serves that folder's index
// already. `readme_index: { remove_originals: true }` drops the static README, `with_frontmatter:
// true` also moves READMEs that have front matter, `enabled: false` turns it off.
import { isHash } from '../liquid/ruby/value.js';
import type { Page, StaticFile } from '../site/model.js';
import { outputPathForUrl, urlFromHash } from '../site/url.js';
import { markdownExtnames, pageFromStaticFile } from './markdown-files.js';
import { setItemData, type GeneratorContext, type KilnPlugin } from './registry.js';

function option(config: Record<string, unknown>, key: string): unknown {
  const o = config.readme_index;
  return isHash(o) ? o[key] : undefined;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** File.dirname of a URL, as Ruby gives it. */
function dirname(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  return i <= 0 ? (url.startsWith('/') ? '/' : '.') : trimmed.slice(0, i);
}

export function generateReadmeIndex(ctx: GeneratorContext): void {
  const { site } = ctx;
  const config = site.config as Record<string, unknown>;
  if (option(config, 'enabled') === false) return;
  const readme = new RegExp(`/readme(${markdownExtnames(config).map(escapeRegex).join('|')})$`, 'i');
  // The gem interpolates its index pattern without a group: `^<dir>$` OR any URL ending in
  // index.html/.htm/.xhtml/.xml, wherever it is, counts as an index.
  const hasIndex = (dir: string): boolean => {
    const d = dir.endsWith('/') ? dir : dir + '/';
    const re = new RegExp(`^${escapeRegex(d)}$|index\\.(html?|xhtml|xml)$`, 'i');
    return [...site.pages, ...site.staticFiles].some((f) => re.test(f.url));
  };
  const readmes = site.staticFiles.filter((f: StaticFile) => !f.collection && readme.test(f.relativePath));
  for (const file of readmes) {
    if (hasIndex(dirname(file.url))) continue;
    site.pages.push(pageFromStaticFile(ctx, file, { permalink: dirname(file.url) + '/' }));
    if (option(config, 'remove_originals') === true) site.staticFiles.splice(site.staticFiles.indexOf(file), 1);
  }
  if (option(config, 'with_frontmatter') === true) {
    for (const page of site.pages.filter((p: Page) => readme.test('/' + String(p.data.path ?? p.relativePath)))) {
      if (hasIndex(dirname(page.url))) continue;
      const permalink = dirname(page.url) + '/';
      setItemData(page, 'permalink', permalink);
      page.url = urlFromHash(permalink, []);
      page.outputPath = outputPathForUrl(page.url, page.outputExt, 'page');
    }
  }
}

export const readmeIndexPlugin: KilnPlugin = {
  name: 'jekyll-readme-index',
  // `priority :low`.
  priority: -10,
  generate: generateReadmeIndex,
};
