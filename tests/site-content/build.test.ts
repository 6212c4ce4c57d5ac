// Builds the repository's own site with kiln's build() and checks what visitors get: every page in
// every language, the seed page rendered with a card per include, alternates between translations, no
// internal link or image pointing nowhere; and, where Jekyll is installed, the same site as Jekyll's.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSites, formatComparison, sitesMatch } from '../../src/compare/index.js';
import { LANGUAGE_PAGES, SINGLE_PAGES, buildWithJekyll, cardCount, buildWithKiln, hasJekyll, kilnBuildMissing, listFiles, repoRoot, tempDir } from './helpers.js';

const POST_SLUGS = fs.readdirSync(path.join(repoRoot, '_posts')).filter((f) => f.endsWith('.md'))
  .map((f) => /^(\d{4})-(\d\d)-(\d\d)-(.+)\.md$/.exec(f)!)
  .map((m) => `blog/${m[1]}/${m[2]}/${m[3]}/${m[4]}/index.html`);

/** Internal URLs (href, src, srcset) of a page, without fragment or query. */
function internalUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    const values = m[1] === 'srcset' ? m[2].split(',').map((s) => s.trim().split(/\s+/)[0]) : [m[2]];
    for (const v of values) {
      if (!v || /^(https?:|mailto:|tel:|#|data:)/.test(v)) continue;
      urls.push(v.replace(/[#?].*$/, ''));
    }
  }
  return urls;
}

/** Where a URL found in `page` points in the built site (GitHub Pages' rules: dir index, .html);
 * `mount` is where the site is served (the baseurl). */
function resolveInSite(site: string, page: string, url: string, mount = ''): string | null {
  const base = `${mount}/${page}`;
  const target = decodeURIComponent(new URL(url, `http://site${base}`).pathname);
  if (!target.startsWith(`${mount}/`)) return null;
  const inSite = target.slice(mount.length);
  for (const candidate of [inSite, path.posix.join(inSite, 'index.html'), `${inSite}.html`]) {
    const abs = path.join(site, candidate);
    if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return candidate;
  }
  return null;
}

describe.skipIf(kilnBuildMissing !== null)(`kiln build of the site${kilnBuildMissing ? ` (skipped: ${kilnBuildMissing})` : ''}`, () => {
  let site = '';
  let warnings: string[] = [];

  beforeAll(async () => {
    site = path.join(tempDir('site-content'), '_site');
    ({ warnings } = await buildWithKiln(site));
  }, 120_000);

  afterAll(() => {
    if (site) fs.rmSync(path.dirname(site), { recursive: true, force: true });
  });

  it('writes every page in every language, the posts, feeds and logos', () => {
    const files = new Set(listFiles(site));
    const expected = [...Object.values(LANGUAGE_PAGES).flat(), ...SINGLE_PAGES, ...POST_SLUGS];
    for (const f of expected) expect(files.has(f), f).toBe(true);
    for (const logo of fs.readdirSync(path.join(repoRoot, 'public/community-users'))) {
      expect(files.has(`public/community-users/${logo}`), logo).toBe(true);
    }
    // None of the tool's files is published.
    for (const f of files) expect(f, f).not.toMatch(/^(src|tests|bench|dist|bin|scripts|node_modules)\/|^(package|tsconfig)[^/]*\.json$|^README\.md$/);
    expect(warnings).toEqual([]);
  });

  it('renders the seed page: French, one card per include, its headings and links', () => {
    const html = fs.readFileSync(path.join(site, 'fr/communaute.html'), 'utf8');
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toContain('<h1>Communauté</h1>');
    expect(html).toContain('<h2 id="qui-utilise-georchestra-">Qui utilise geOrchestra ?</h2>');
    const cards = cardCount('fr/communaute.md');
    expect(cards).toBeGreaterThanOrEqual(33);
    expect(html.match(/<article class="card">/g)).toHaveLength(cards);
    expect(html.match(/<img class="card-img" src="\.\.\/public\/community-users\/[a-z0-9_-]+\.jpg"/g)).toHaveLength(cards);
    expect(html).toContain(`<h3 class="card-title">Collectivité européenne d'Alsace</h3>`);
    expect(html).toContain('alt="Collectivité européenne d&#39;Alsace"');
    // Deutsche Telekom has no site_url: its card has no link; cards with an empty text no paragraph.
    const dt = html.slice(html.indexOf('>Deutsche Telekom<'), html.indexOf('</article>', html.indexOf('>Deutsche Telekom<')));
    expect(dt).not.toContain('<a ');
    const santaMaria = html.slice(html.indexOf('>Santa Maria (Açores)<'), html.indexOf('</article>', html.indexOf('>Santa Maria (Açores)<')));
    expect(santaMaria).not.toContain('card-text');
    expect(html).toContain('href="mailto:psc@georchestra.org"');
    expect(html).toContain('<a href="/fr/communaute.html" aria-current="page">Communauté</a>');
  });

  it('links each page to its translations (hreflang) and the language switch to them', () => {
    for (const group of [LANGUAGE_PAGES.home, LANGUAGE_PAGES.community, LANGUAGE_PAGES.blog]) {
      const urls = group.map((f) => `https://www.georchestra.org/${f.replace(/index\.html$/, '')}`);
      for (const page of group) {
        const html = fs.readFileSync(path.join(site, page), 'utf8');
        expect(html, page).toContain(`<link rel="canonical" href="https://www.georchestra.org/${page.replace(/index\.html$/, '')}">`);
        for (const [i, lang] of ['en', 'fr', 'es'].entries()) {
          expect(html, `${page} → ${lang}`).toContain(`<link rel="alternate" hreflang="${lang}" href="${urls[i]}">`);
          expect(html, `${page} switch → ${lang}`).toContain(`<a href="/${group[i].replace(/index\.html$/, '')}" hreflang="${lang}" lang="${lang}"`);
        }
        expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${urls[0]}">`);
      }
    }
    const sitemap = fs.readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://www.georchestra.org/fr/communaute.html</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://www.georchestra.org/es/comunidad.html"/>');
    expect(sitemap).not.toContain('404.html');
  });

  it('gives posts a description from their excerpt and feeds per language', () => {
    const post = fs.readFileSync(path.join(site, POST_SLUGS.find((p) => p.includes('essayer-georchestra'))!), 'utf8');
    expect(post).toMatch(/<meta name="description" content="Le plus rapide pour découvrir geOrchestra est de faire tourner toute la plateforme sur sa propre machine[^"]*">/);
    expect(post).toContain('<time datetime="2025-01-15T10:00:00+01:00">15 janvier 2025</time>');
    for (const [i, lang] of ['en', 'fr', 'es'].entries()) {
      const feed = fs.readFileSync(path.join(site, LANGUAGE_PAGES.feed[i]), 'utf8');
      expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      expect(feed).toContain(`xml:lang="${lang}"`);
      expect(feed.match(/<entry>/g)).toHaveLength(3);
    }
  });

  it('has no internal link or image pointing to a missing file', () => {
    const broken: string[] = [];
    for (const page of listFiles(site).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(site, page), 'utf8');
      for (const url of internalUrls(html)) if (!resolveInSite(site, page, url)) broken.push(`${page}: ${url}`);
    }
    expect(broken).toEqual([]);
  });

  it('serves from a sub-path: with a baseurl every internal link and image still resolves', async () => {
    const mount = '/georchestra';
    const other = path.join(tempDir('site-content-baseurl'), '_site');
    try {
      await buildWithKiln(other, { baseurl: mount });
      const broken: string[] = [];
      for (const page of listFiles(other).filter((f) => f.endsWith('.html'))) {
        const html = fs.readFileSync(path.join(other, page), 'utf8');
        for (const url of internalUrls(html)) if (!resolveInSite(other, page, url, mount)) broken.push(`${page}: ${url}`);
      }
      expect(broken).toEqual([]);
      expect(fs.readFileSync(path.join(other, 'index.html'), 'utf8')).toContain(`href="${mount}/css/main.css"`);
    } finally {
      fs.rmSync(path.dirname(other), { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!hasJekyll())('builds the same site as Jekyll 4.3 (jekyll build --safe)', async () => {
    const reference = path.join(tempDir('site-content-jekyll'), '_site');
    const ours = path.join(tempDir('site-content-kiln'), '_site');
    try {
      buildWithJekyll(reference);
      // Jekyll knows nothing of kiln.images: compare with image optimisation off.
      await buildWithKiln(ours, { overrides: { kiln: { images: false } } });
      const comparison = compareSites(reference, ours);
      expect(sitesMatch(comparison), formatComparison(comparison, 20)).toBe(true);
    } finally {
      fs.rmSync(path.dirname(reference), { recursive: true, force: true });
      fs.rmSync(path.dirname(ours), { recursive: true, force: true });
    }
  }, 120_000);
});
