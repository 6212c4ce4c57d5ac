// jekyll-paginate 1.1.0 as a generator among the others (`priority :lowest`, like jekyll-feed and
// jekyll-sitemap, so the `plugins:` order decides which adds its pages to site.pages first). The
// pagination itself lives in src/site/paginate.ts; the build hands it over as `ctx.paginate`.
import { LOWEST, type KilnPlugin } from './registry.js';

export const paginatePlugin: KilnPlugin = {
  name: 'jekyll-paginate',
  priority: LOWEST,
  generate: (ctx) => ctx.paginate?.(),
};
