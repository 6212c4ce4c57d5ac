// The site's sources, checked without building: the seed page is untouched, every card image
// exists at the real screenshots' size, translations share their `uid`s, and every tool file
// of the repository is kept out of the site by `exclude`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findLogoRequests, logoSvg, wrap } from '../../scripts/make-logos.js';
import { repoRoot } from './helpers.js';

const SEED_PATH = path.resolve(repoRoot, '../shared/seed/communaute.md');
const LANGS = ['en', 'fr', 'es'];

function read(rel: string): string {
  return fs.readFileSync(path.join(repoRoot, rel), 'utf8');
}

function frontMatter(rel: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(read(rel));
  return m ? ((parseYaml(m[1]) as Record<string, unknown>) ?? {}) : {};
}

/** The `lang` a page ends up with: front matter, else the folder default from _config.yml. */
function langOf(rel: string): string {
  const fm = frontMatter(rel);
  if (typeof fm.lang === 'string') return fm.lang;
  const top = rel.split('/')[0];
  return top === 'fr' || top === 'es' ? top : 'en';
}

const COMMUNITY_PAGES = ['community.md', 'fr/communaute.md', 'es/comunidad.md'];
const POSTS = fs.readdirSync(path.join(repoRoot, '_posts')).filter((f) => f.endsWith('.md')).map((f) => `_posts/${f}`);

describe('seed page', () => {
  // The page went in verbatim from the seed; editors add cards to it later, so the comparison runs
  // only where the seed is at hand (this workspace), not on a fresh clone.
  it.skipIf(!fs.existsSync(SEED_PATH))('fr/communaute.md is the seed, byte for byte', () => {
    const bytes = fs.readFileSync(path.join(repoRoot, 'fr/communaute.md'));
    const seed = fs.readFileSync(SEED_PATH);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(seed).digest('hex'));
    expect(bytes.equals(seed)).toBe(true);
  });

  it('uses only the layout and include parameters the site provides', () => {
    const fm = frontMatter('fr/communaute.md');
    expect(fs.existsSync(path.join(repoRoot, `_layouts/${fm.layout as string}.html`))).toBe(true);
    expect(fm).toMatchObject({ lang: 'fr', uid: 'community', permalink: '/fr/communaute.html' });
    const include = read('_includes/card_user.html');
    for (const page of COMMUNITY_PAGES) {
      for (const call of read(page).matchAll(/\{%\s*include\s+(\S+)\s+([^%]*)%\}/g)) {
        expect(call[1]).toBe('card_user.html');
        const params = [...call[2].matchAll(/([a-z_]+)=/g)].map((p) => p[1]).sort();
        expect(params, `${page}: ${call[0]}`).toEqual(['img_url', 'label_site', 'name', 'site_url', 'text']);
      }
    }
    for (const param of ['label_site', 'img_url', 'name', 'text', 'site_url']) expect(include).toContain(`include.${param}`);
  });
});

describe('community logos', () => {
  const referenced = new Map<string, string>();
  for (const page of COMMUNITY_PAGES) for (const req of findLogoRequests(read(page))) referenced.set(req.file, page);

  it('the three community pages show the same organisations, in the same order', () => {
    const perPage = COMMUNITY_PAGES.map((p) => findLogoRequests(read(p)).map((r) => r.file));
    expect(perPage[0].length).toBeGreaterThanOrEqual(33); // the seed's 33, and any added since
    expect(perPage[1]).toEqual(perPage[0]);
    expect(perPage[2]).toEqual(perPage[0]);
  });

  it('every referenced image exists, is a ~1690×885 JPEG and stays small', async () => {
    expect(referenced.size).toBeGreaterThan(0);
    for (const [file, page] of referenced) {
      const abs = path.join(repoRoot, 'public/community-users', file);
      expect(fs.existsSync(abs), `${file} (used by ${page})`).toBe(true);
      const meta = await sharp(abs).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBe(1690);
      expect(meta.height).toBe(885);
      expect(fs.statSync(abs).size, file).toBeLessThan(120 * 1024);
    }
  });

  it('no image in public/community-users is unused', () => {
    const present = fs.readdirSync(path.join(repoRoot, 'public/community-users')).sort();
    expect(present).toEqual([...referenced.keys()].sort());
  });

  it('the logo script reads include calls and escapes names', () => {
    const reqs = findLogoRequests(`{% include card_user.html label_site="x" img_url="../public/community-users/a_b.jpg" name="A & B <C>" text="" site_url="https://www.example.org/x" %}`);
    expect(reqs).toEqual([{ file: 'a_b.jpg', name: 'A & B <C>', host: 'example.org' }]);
    const svg = logoSvg(reqs[0]);
    expect(svg).toContain('A &amp; B &lt;C&gt;');
    expect(svg).not.toContain('<C>');
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('translations', () => {
  it('home, community and blog exist in every language under one uid', () => {
    const pages = ['index.html', 'fr/index.html', 'es/index.html', 'blog.html', 'fr/blog.html', 'es/blog.html', ...COMMUNITY_PAGES];
    const byUid = new Map<string, string[]>();
    for (const p of pages) {
      const uid = frontMatter(p).uid as string;
      byUid.set(uid, [...(byUid.get(uid) ?? []), langOf(p)]);
    }
    expect([...byUid.keys()].sort()).toEqual(['blog', 'community', 'home']);
    for (const langs of byUid.values()) expect(langs.sort()).toEqual([...LANGS].sort());
  });

  it('every post has a lang and a uid, and each uid is written in the three languages', () => {
    expect(POSTS.length).toBeGreaterThanOrEqual(6);
    const byUid = new Map<string, string[]>();
    for (const post of POSTS) {
      const fm = frontMatter(post);
      expect(LANGS, post).toContain(fm.lang);
      expect(typeof fm.uid, post).toBe('string');
      expect(read(post), `${post} has an excerpt separator`).toContain('<!--more-->');
      byUid.set(fm.uid as string, [...(byUid.get(fm.uid as string) ?? []), fm.lang as string]);
    }
    for (const [uid, langs] of byUid) expect(langs.sort(), uid).toEqual([...LANGS].sort());
  });

  it('navigation and interface strings exist for every language', () => {
    const nav = parseYaml(read('_data/navigation.yml')) as Record<string, { uid: string; label: string }[]>;
    const i18n = parseYaml(read('_data/i18n.yml')) as Record<string, Record<string, unknown>>;
    const languages = (parseYaml(read('_data/languages.yml')) as { code: string }[]).map((l) => l.code);
    expect(languages).toEqual(LANGS);
    const keys = Object.keys(i18n.en).sort();
    for (const lang of LANGS) {
      expect(nav[lang].map((i) => i.uid)).toEqual(['home', 'community', 'blog']);
      expect(Object.keys(i18n[lang]).sort(), lang).toEqual(keys);
      expect(i18n[lang].months as string[]).toHaveLength(12);
    }
  });
});

describe('_config.yml', () => {
  const config = parseYaml(read('_config.yml')) as Record<string, any>;

  it('has the site settings', () => {
    expect(config).toMatchObject({
      url: 'https://www.georchestra.org',
      baseurl: '',
      permalink: '/blog/:year/:month/:day/:title/',
      excerpt_separator: '<!--more-->',
      port: 4001,
      livereload: true,
    });
    expect(config.kiln.images.include).toEqual(['public/community-users/**']);
    expect(config.kiln.check.allow_hash_href).toBe(true);
  });

  it('excludes every tool file of the repository from the site', () => {
    // What the site is made of; anything else at the top of the repository belongs to the tool.
    const siteEntries = new Set(['_config.yml', '_layouts', '_includes', '_data', '_posts', '_site', 'css', 'fr', 'es', 'public',
      'index.html', 'blog.html', 'community.md', '404.md', 'feed.xml', 'sitemap.xml', 'robots.txt']);
    // Jekyll's test: File.fnmatch on the pattern, or the entry starting with it.
    const fnmatch = (pattern: string, entry: string): boolean =>
      new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`).test(entry);
    const excluded = (entry: string): boolean =>
      (config.exclude as string[]).some((pattern) => fnmatch(pattern, entry) || entry.startsWith(pattern));
    for (const entry of fs.readdirSync(repoRoot)) {
      if (siteEntries.has(entry) || entry.startsWith('.')) continue; // Jekyll skips dotfiles itself
      expect(excluded(entry), `${entry} should be in exclude:`).toBe(true);
    }
  });
});
