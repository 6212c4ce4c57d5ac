// jekyll-sass-converter's SourceMapPage: when a Sass page converts with a source map, a page for
// the map joins `site.pages` (appended, so only the pages rendered after it see it in the list).
// It shares the Sass page's front matter, lives in that page's folder, is named `<basename>.css.map`
// and takes its URL as any non-HTML page does — so a Sass page with a `permalink` gives its map the
// same URL, and the map, written after it, replaces the CSS (Jekyll's conflict warning says so).
import { Page } from './model.js';
import { pageDir } from './drops.js';
import { assignPageUrl, type Converters } from './permalinks.js';

/** The map page of `cssPage` holding `content` (the map's JSON), with its URL and output path. */
export function sourceMapPage(cssPage: Page, content: string, permalinkStyle: string, converters: Converters): Page {
  // SourceMapPage's @dir is the Sass page's #dir: its URL's folder (with a permalink, not its source folder).
  const dir = pageDir(cssPage).replace(/\/$/, '');
  const map = new Page(cssPage.absPath, dir, cssPage.basename + '.css.map', cssPage.data, content, 0);
  map.defaults = cssPage.defaults;
  map.frontMatter = cssPage.frontMatter;
  assignPageUrl(map, permalinkStyle, converters);
  map.output = content;
  return map;
}
