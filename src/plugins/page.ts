// Jekyll's PageWithoutAFile for kiln's plugin generators: a page at a site path (`/feed.xml`,
// `/sitemap.xml`, a redirect's `/old/`) whose content is given, not read. Its data is the given
// hash over the site's front matter defaults for its path (Jekyll's default_proc), and its URL
// comes from the page permalink rules as for any page.
import path from 'node:path';
import type { FrontMatterDefaults } from '../site/defaults.js';
import { Page } from '../site/model.js';
import { assignPageUrl, type Converters } from '../site/permalinks.js';

export function pageWithoutAFile(
  source: string,
  sitePath: string,
  content: string,
  data: Record<string, unknown>,
  env: { defaults: FrontMatterDefaults; permalink: string; converters: Converters },
): Page {
  const clean = '/' + sitePath.replace(/^\/+/, '');
  const dir = path.posix.dirname(clean) === '/' ? '' : path.posix.dirname(clean);
  const name = path.posix.basename(clean);
  const page = new Page(path.join(source, clean), dir, name, {}, content, 0);
  const defaults = env.defaults.all(page.relativePath, 'pages');
  page.defaults = defaults;
  page.frontMatter = data;
  page.data = { ...defaults, ...data };
  assignPageUrl(page, env.permalink, env.converters);
  return page;
}
