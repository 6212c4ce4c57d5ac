// jekyll-sitemap 1.4.0: `/sitemap.xml` listing the documents of every written collection, the
// HTML pages and the static .htm/.html/.xhtml/.pdf files (each unless `sitemap: false`; no
// /404.html), with `lastmod` from last_modified_at or the date (static files: their mtime), and
// `/robots.txt` pointing at it. Each is generated only when no page or static file of the site
// already has that URL. Both are pages rendered with Liquid (the gem's templates, minified as the
// gem does: whitespace after a `}` or a `>` ending a line is dropped).
import { LOWEST, type GeneratorContext, type KilnPlugin } from './registry.js';
import { staticFileDrop } from '../site/drops.js';

const SITEMAP_TEMPLATE = [
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  // Reads site.static_files so the dependency graph re-renders the sitemap when static files change
  // (the list itself comes from page.static_files, snapshotted when the page is generated).
  '{% assign static_files = site.static_files %}',
  '{% if page.xsl %}<?xml-stylesheet type="text/xsl" href="{{ "/sitemap.xsl" | absolute_url }}"?>\n{% endif %}',
  '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
  // Documents of the collections that are written.
  "{% assign collections = site.collections | where_exp:'collection','collection.output != false' %}",
  "{% for collection in collections %}{% assign docs = collection.docs | where_exp:'doc','doc.sitemap != false' %}",
  '{% for doc in docs %}<url>\n',
  "<loc>{{ doc.url | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>\n",
  '{% if doc.last_modified_at or doc.date %}<lastmod>{{ doc.last_modified_at | default: doc.date | date_to_xmlschema }}</lastmod>\n{% endif %}',
  '</url>\n{% endfor %}{% endfor %}',
  // HTML pages.
  `{% assign pages = site.html_pages | where_exp:'doc','doc.sitemap != false' | where_exp:'doc','doc.url != "/404.html"' %}`,
  '{% for page in pages %}<url>\n',
  "<loc>{{ page.url | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>\n",
  '{% if page.last_modified_at %}<lastmod>{{ page.last_modified_at | date_to_xmlschema }}</lastmod>\n{% endif %}',
  '</url>\n{% endfor %}',
  // Static files with an HTML or PDF extension.
  `{% assign static_files = page.static_files | where_exp:'page','page.sitemap != false' | where_exp:'page','page.name != "404.html"' %}`,
  '{% for file in static_files %}<url>\n',
  "<loc>{{ file.path | replace:'/index.html','/' | absolute_url | xml_escape }}</loc>\n",
  '<lastmod>{{ file.modified_time | date_to_xmlschema }}</lastmod>\n',
  '</url>\n{% endfor %}</urlset>\n',
].join('');

const ROBOTS_TEMPLATE = 'Sitemap: {{ "sitemap.xml" | absolute_url }}\n';

const SITEMAP_EXTENSIONS = new Set(['.htm', '.html', '.xhtml', '.pdf']);

export function generateSitemap(ctx: GeneratorContext): void {
  const { site } = ctx;
  // Pages and static files as they are before this generator adds its own.
  const urls = new Set<string>([...site.pages.map((p) => p.url), ...site.staticFiles.map((f) => f.url)]);
  const exists = (file: string) => urls.has('/' + file);
  if (!exists('sitemap.xml')) {
    const staticFiles = site.staticFiles.filter((f) => SITEMAP_EXTENSIONS.has(f.extname)).map(staticFileDrop);
    site.pages.push(ctx.makePage('', 'sitemap.xml', SITEMAP_TEMPLATE, { layout: null, static_files: staticFiles, xsl: exists('sitemap.xsl') }));
  }
  if (!exists('robots.txt')) site.pages.push(ctx.makePage('', 'robots.txt', ROBOTS_TEMPLATE, { layout: null }));
}

export const sitemapPlugin: KilnPlugin = {
  name: 'jekyll-sitemap',
  priority: LOWEST,
  generate: generateSitemap,
};
