// Plugin pages under `kiln serve`: a rebuild re-renders the feed, the sitemap and redirect pages
// when what they list changes, and each rebuild's output equals a full build's.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, createBuilder, type Builder } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from '../site/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function setup(): Promise<{ builder: Builder; source: string; destination: string }> {
  const site = makeSite({
    '_config.yml': 'title: T\nurl: https://x.example\ntime: 2024-06-01 12:00:00\ntimezone: UTC\nplugins: [jekyll-feed, jekyll-sitemap, jekyll-redirect-from, jekyll-seo-tag, jekyll-include-cache]\n',
    '_layouts/default.html': '<head>{% seo %}</head><main>{{ content }}</main>',
    '_includes/nav.html': '<nav>{{ include.x }}</nav>',
    '_posts/2024-01-01-one.md': '---\nlayout: default\ntitle: One\n---\npost one',
    '_posts/2024-01-02-two.md': '---\nlayout: default\ntitle: Two\nredirect_from: /old-two/\n---\npost two',
    'index.html': '---\nlayout: default\n---\n{% include_cached nav.html x="home" %}',
    'about.md': '---\nlayout: default\ntitle: About\n---\nabout',
  });
  const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
  cleanups.push(() => {
    builder.close();
    site.cleanup();
  });
  await builder.build();
  return { builder, source: site.source, destination: site.destination };
}

/** A fresh full build of the same source, for comparison. */
async function fullBuild(source: string): Promise<string> {
  const out = path.join(path.dirname(source), 'full');
  fs.rmSync(out, { recursive: true, force: true });
  await build({ source, destination: out, cacheDir: path.join(path.dirname(source), 'full-cache'), logger: memoryLogger() });
  return out;
}

function sameAsFull(destination: string, full: string, files: string[]): void {
  for (const f of files) expect(readOut(destination, f), f).toBe(readOut(full, f));
}

describe('plugin pages on rebuild', () => {
  it('a post title change re-renders the feed', async () => {
    const { builder, source, destination } = await setup();
    const post = path.join(source, '_posts/2024-01-01-one.md');
    fs.writeFileSync(post, '---\nlayout: default\ntitle: One renamed\n---\npost one');
    const r = await builder.rebuild([post]);
    expect(r.rendered).toContain('feed.xml');
    expect(readOut(destination, 'feed.xml')).toContain('One renamed');
    sameAsFull(destination, await fullBuild(source), ['feed.xml', 'sitemap.xml', '2024/01/01/one.html', 'redirects.json']);
  });

  it('a new page appears in the sitemap; a new post in the feed and the sitemap', async () => {
    const { builder, source, destination } = await setup();
    const page = path.join(source, 'new.md');
    fs.writeFileSync(page, '---\ntitle: New\n---\nnew');
    await builder.rebuild([page]);
    expect(readOut(destination, 'sitemap.xml')).toContain('https://x.example/new.html');
    const post = path.join(source, '_posts/2024-02-01-three.md');
    fs.writeFileSync(post, '---\ntitle: Three\n---\nthree');
    await builder.rebuild([post]);
    expect(readOut(destination, 'feed.xml')).toContain('Three');
    expect(readOut(destination, 'sitemap.xml')).toContain('/2024/02/01/three.html');
    sameAsFull(destination, await fullBuild(source), ['feed.xml', 'sitemap.xml', 'index.html', 'about.html']);
  });

  it('redirect_from added, changed and removed', async () => {
    const { builder, source, destination } = await setup();
    const about = path.join(source, 'about.md');
    fs.writeFileSync(about, '---\nlayout: default\ntitle: About\nredirect_from: [/about-us/]\n---\nabout');
    await builder.rebuild([about]);
    expect(readOut(destination, 'about-us/index.html')).toContain('url=https://x.example/about.html');
    expect(JSON.parse(readOut(destination, 'redirects.json'))['/about-us/']).toBe('https://x.example/about.html');
    fs.writeFileSync(about, '---\nlayout: default\ntitle: About\npermalink: /about/\nredirect_from: [/about-us/]\n---\nabout');
    await builder.rebuild([about]);
    expect(readOut(destination, 'about-us/index.html')).toContain('url=https://x.example/about/');
    sameAsFull(destination, await fullBuild(source), ['about-us/index.html', 'redirects.json', 'sitemap.xml', 'old-two/index.html']);
    fs.writeFileSync(about, '---\nlayout: default\ntitle: About\n---\nabout');
    await builder.rebuild([about]);
    expect(fs.existsSync(path.join(destination, 'about-us/index.html'))).toBe(false);
  });

  it('a static PDF added or touched: the sitemap lists it with its new mtime', async () => {
    const { builder, source, destination } = await setup();
    const pdf = path.join(source, 'doc.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    fs.utimesSync(pdf, new Date('2024-03-01T00:00:00Z'), new Date('2024-03-01T00:00:00Z'));
    await builder.rebuild([pdf]);
    expect(readOut(destination, 'sitemap.xml')).toContain('<loc>https://x.example/doc.pdf</loc>\n<lastmod>2024-03-01T00:00:00+00:00</lastmod>');
    fs.writeFileSync(pdf, '%PDF-1.5');
    fs.utimesSync(pdf, new Date('2024-04-01T00:00:00Z'), new Date('2024-04-01T00:00:00Z'));
    await builder.rebuild([pdf]);
    expect(readOut(destination, 'sitemap.xml')).toContain('<lastmod>2024-04-01T00:00:00+00:00</lastmod>');
  });

  it('an include_cached file change reaches the pages that use it', async () => {
    const { builder, source, destination } = await setup();
    const nav = path.join(source, '_includes/nav.html');
    fs.writeFileSync(nav, '<nav class="new">{{ include.x }}</nav>');
    await builder.rebuild([nav]);
    expect(readOut(destination, 'index.html')).toContain('<nav class="new">home</nav>');
  });
});

describe('generated data on rebuild', () => {
  it('a heading edit reaches the pages listing titles (titles-from-headings), as a full build', async () => {
    const site = makeSite({
      '_config.yml': 'plugins: [jekyll-titles-from-headings, jekyll-default-layout, jekyll-optional-front-matter]\n',
      '_layouts/default.html': '<t>{{ page.title }}</t>{{ content }}',
      'a.md': '# First heading\n\ntext',
      'b.md': '---\n---\n# B\n',
      'list.html': '---\n---\n{% for p in site.pages %}{{ p.title }};{% endfor %}',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    expect(readOut(site.destination, 'list.html')).toContain('First heading;');
    for (const [file, text] of [['a.md', '# Second heading\n\ntext'], ['b.md', '---\n---\n# B2\n']] as const) {
      fs.writeFileSync(path.join(site.source, file), text);
      await builder.rebuild([path.join(site.source, file)]);
      const full = await fullBuild(site.source);
      sameAsFull(site.destination, full, ['list.html', 'a.html', 'b.html']);
    }
    expect(readOut(site.destination, 'list.html')).toContain('Second heading;');
  });
});
