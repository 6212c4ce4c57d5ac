// jekyll-redirect-from 0.16.0: for each written document and page, every `redirect_from` path
// becomes a page at that path redirecting to the item's URL, and `redirect_to` turns the item itself
// into a redirect to the given path or URL (its content emptied, its data given the redirect's).
// Redirect pages use the `redirect` layout — the site's own when it has one, else the gem's (a
// meta refresh, a canonical link and a script). `/redirects.json` maps every from-path to its
// target unless `redirect_from: { json: false }` or the source has that file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { absoluteUrl } from '../liquid/filters/url.js';
import { isHash, isNil, rubyToS } from '../liquid/ruby/value.js';
import { rubyToJson } from '../liquid/filters/json.js';
import type { Doc, Layout, Page, Renderable } from '../site/model.js';
import { setItemData, type GeneratorContext, type KilnPlugin } from './registry.js';

/** The gem's redirect layout (its redirect.html). */
const REDIRECT_LAYOUT = `<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{{ page.redirect.to }}">
  <script>location="{{ page.redirect.to }}"</script>
  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
</html>
`;

/** Redirectable#redirect_from: the list, nils dropped (a single value becomes a list). */
function redirectFrom(item: Renderable): unknown[] {
  const v = item.data.redirect_from;
  return (Array.isArray(v) ? v : [v]).filter((x) => !isNil(x));
}

/** Redirectable#redirect_to: the value, or a list's first non-nil entry. */
function redirectTo(item: Renderable): unknown {
  const v = item.data.redirect_to;
  return Array.isArray(v) ? v.find((x) => !isNil(x)) : v;
}

function ensureLeadingSlash(s: string): string {
  return s === '' || s.startsWith('/') ? s : '/' + s;
}

/** RedirectPage#set_paths: the page data for a redirect from `from` to `to`. */
function redirectData(config: Record<string, unknown>, from: unknown, to: unknown): Record<string, unknown> {
  const fromPath = ensureLeadingSlash(rubyToS(from));
  const target = rubyToS(to);
  return {
    sitemap: false,
    layout: 'redirect',
    permalink: fromPath,
    redirect: { from: fromPath, to: /^https?:\/\//.test(target) ? target : rubyToS(absoluteUrl(target, config)) },
  };
}

export function generateRedirects(ctx: GeneratorContext): void {
  const { site } = ctx;
  const config = site.config as Record<string, unknown>;
  if (!site.layouts.has('redirect')) {
    const layout: Layout = { name: 'redirect', absPath: path.join(site.source, '_layouts/redirect.html'), relativePath: '_layouts/redirect.html', data: {}, content: REDIRECT_LAYOUT, contentLine: 0 };
    site.layouts.set('redirect', layout);
  }
  const redirects: Record<string, unknown> = {};
  const written: Renderable[] = [...[...site.collections.values()].flatMap((c) => c.docs.filter((d: Doc) => d.writes)), ...site.pages];
  for (const item of written) {
    for (const from of redirectFrom(item)) {
      const data = redirectData(config, from, item.url);
      const page: Page = ctx.makePage('', 'redirect.html', '', data);
      // Every redirect page is made from the same (absent) redirect.html: its from and to tell them
      // apart, and a rebuild sees a changed target as a new page (nothing else marks it stale).
      const r0 = data.redirect as Record<string, unknown>;
      page.absPath = `${page.absPath}#${String(r0.from)}->${String(r0.to)}`;
      site.pages.push(page);
      const r = data.redirect as Record<string, unknown>;
      redirects[String(r.from)] = r.to;
    }
    const to = redirectTo(item);
    if (isNil(to) || to === false) continue;
    const data = redirectData(config, item.url, to);
    for (const [k, v] of Object.entries(data)) setItemData(item, k, v);
    item.content = '';
    const r = data.redirect as Record<string, unknown>;
    redirects[String(r.from)] = r.to;
  }
  const setting = config.redirect_from;
  if (isHash(setting) && setting.json === false) return;
  if (fs.existsSync(path.join(site.source, 'redirects.json'))) return;
  const json = ctx.makePage('', 'redirects.json', rubyToJson(redirects), { layout: null });
  // Its content comes from other items: keyed by it, a rebuild renders it again when it changes.
  json.absPath += '#' + createHash('sha1').update(json.content).digest('hex').slice(0, 12);
  site.pages.push(json);
}

export const redirectFromPlugin: KilnPlugin = {
  name: 'jekyll-redirect-from',
  generate: generateRedirects,
};
