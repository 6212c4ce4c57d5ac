// Jekyll's PageWithoutAFile for kiln's plugin generators: a page made from a folder and a name
// (`''` + `/feed.xml`, `''` + `sitemap.xml`, a redirect's `/old` + `index.html`) whose content is
// given, not read. Its data is the given
// hash over the site's front matter defaults for its path (Jekyll's default_proc), and its URL
// comes from the page permalink rules as for any page.
import path from 'node:path';
import type { FrontMatterDefaults } from '../site/defaults.js';
import { Page } from '../site/model.js';
import { assignPageUrl, type Converters } from '../site/permalinks.js';

export function pageWithoutAFile(
  source: string,
  dir: string,
  name: string,
  content: string,
  data: Record<string, unknown>,
  env: { defaults: FrontMatterDefaults; permalink: string; converters: Converters },
): Page {
  const page = new Page(path.join(source, dir, name), dir, name, {}, content, 0);
  const defaults = env.defaults.all(page.relativePath, 'pages');
  page.defaults = defaults;
  page.frontMatter = data;
  page.data = { ...defaults, ...data };
  assignPageUrl(page, env.permalink, env.converters);
  return page;
}
