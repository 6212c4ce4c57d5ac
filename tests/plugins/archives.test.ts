// jekyll-archives under `kiln serve`: rebuilds add, move and drop posts in the archive pages and
// add or remove archive pages as tags and dates come and go, each rebuild equal to a full build.
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

const ARCHIVE_LAYOUT = '<h1>{{ page.type }} {{ page.title }}{{ page.date | date: "%Y-%m" }}</h1>{% for p in page.posts %}<a href="{{ p.url }}">{{ p.title }}</a>{{ p.excerpt | strip_html | strip }};{% endfor %}';

async function setup(): Promise<{ builder: Builder; source: string; destination: string }> {
  const site = makeSite({
    '_config.yml': 'title: T\ntimezone: UTC\nplugins: [jekyll-archives]\njekyll-archives:\n  enabled: [year, month, tags, categories]\n',
    '_layouts/archive.html': ARCHIVE_LAYOUT,
    '_posts/2024-01-05-one.md': '---\ntitle: One\ntags: [a, b]\n---\nfirst body',
    '_posts/2024-02-10-two.md': '---\ntitle: Two\ntags: [a]\ncategories: [news]\n---\nsecond body',
    'index.html': '---\n---\n{% for a in site.archives %}{{ a.url }} {% endfor %}',
  });
  const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
  cleanups.push(() => {
    builder.close();
    site.cleanup();
  });
  await builder.build();
  return { builder, source: site.source, destination: site.destination };
}

async function fullBuild(source: string): Promise<string> {
  const out = path.join(path.dirname(source), 'full');
  fs.rmSync(out, { recursive: true, force: true });
  await build({ source, destination: out, cacheDir: path.join(path.dirname(source), 'full-cache'), logger: memoryLogger() });
  return out;
}

function listOut(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listOut(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** The rebuilt destination holds exactly what a full build of the same source writes. */
async function expectSameAsFull(source: string, destination: string): Promise<void> {
  const full = await fullBuild(source);
  const files = listOut(full).sort();
  expect(listOut(destination).sort()).toEqual(files);
  for (const f of files) expect(readOut(destination, f), f).toBe(readOut(full, f));
}

describe('jekyll-archives on rebuild', () => {
  it('builds the tag, category, year and month pages', async () => {
    const { destination } = await setup();
    expect(readOut(destination, 'tag/a/index.html')).toBe('<h1>tag a</h1><a href="/news/2024/02/10/two.html">Two</a>second body;<a href="/2024/01/05/one.html">One</a>first body;');
    expect(readOut(destination, 'category/news/index.html')).toBe('<h1>category news</h1><a href="/news/2024/02/10/two.html">Two</a>second body;');
    expect(readOut(destination, '2024/index.html')).toContain('<h1>year 2024-01</h1>');
    expect(readOut(destination, '2024/02/index.html')).toContain('Two');
    expect(readOut(destination, 'index.html')).toBe('/tag/a/ /tag/b/ /category/news/ /2024/ /2024/02/ /2024/01/ ');
  });

  it('a new post appears in its archives; a new tag and month add pages', async () => {
    const { builder, source, destination } = await setup();
    const post = path.join(source, '_posts/2024-03-01-three.md');
    fs.writeFileSync(post, '---\ntitle: Three\ntags: [a, c]\n---\nthird body');
    await builder.rebuild([post]);
    expect(readOut(destination, 'tag/a/index.html')).toContain('<a href="/2024/03/01/three.html">Three</a>third body;<a href="/news/2024/02/10/two.html">');
    expect(readOut(destination, 'tag/c/index.html')).toContain('Three');
    expect(readOut(destination, '2024/03/index.html')).toContain('Three');
    expect(readOut(destination, 'index.html')).toContain('/tag/c/');
    await expectSameAsFull(source, destination);
  });

  it('a body edit shows in the archives that print it', async () => {
    const { builder, source, destination } = await setup();
    const post = path.join(source, '_posts/2024-01-05-one.md');
    fs.writeFileSync(post, '---\ntitle: One\ntags: [a, b]\n---\nfirst body, edited');
    await builder.rebuild([post]);
    expect(readOut(destination, 'tag/b/index.html')).toContain('first body, edited;');
    await expectSameAsFull(source, destination);
  });

  it('a tag removed drops the post from that archive and the archive when empty', async () => {
    const { builder, source, destination } = await setup();
    const post = path.join(source, '_posts/2024-01-05-one.md');
    fs.writeFileSync(post, '---\ntitle: One renamed\ntags: [a]\n---\nfirst body');
    await builder.rebuild([post]);
    expect(fs.existsSync(path.join(destination, 'tag/b/index.html'))).toBe(false);
    expect(readOut(destination, 'tag/a/index.html')).toContain('One renamed');
    await expectSameAsFull(source, destination);
  });

  it('a deleted post leaves its month; the archive layout edit re-renders every archive', async () => {
    const { builder, source, destination } = await setup();
    const post = path.join(source, '_posts/2024-02-10-two.md');
    fs.rmSync(post);
    await builder.rebuild([post]);
    expect(fs.existsSync(path.join(destination, '2024/02/index.html'))).toBe(false);
    expect(fs.existsSync(path.join(destination, 'category/news/index.html'))).toBe(false);
    const layout = path.join(source, '_layouts/archive.html');
    fs.writeFileSync(layout, 'NEW ' + ARCHIVE_LAYOUT);
    await builder.rebuild([layout]);
    expect(readOut(destination, 'tag/a/index.html').startsWith('NEW ')).toBe(true);
    expect(readOut(destination, '2024/01/index.html').startsWith('NEW ')).toBe(true);
    await expectSameAsFull(source, destination);
  });

  it('a config change to the archives settings rebuilds with them', async () => {
    const { builder, source, destination } = await setup();
    const config = path.join(source, '_config.yml');
    fs.writeFileSync(config, 'title: T\ntimezone: UTC\nplugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags]\n  permalinks:\n    tag: /topics/:name.html\n');
    await builder.rebuild([config]);
    expect(readOut(destination, 'topics/a.html')).toContain('<h1>tag a</h1>');
    expect(fs.existsSync(path.join(destination, '2024/index.html'))).toBe(false);
    await expectSameAsFull(source, destination);
  });
});

describe('jekyll-archives under --safe', () => {
  async function safeBuild(whitelist: string): Promise<string> {
    const site = makeSite({
      '_config.yml': `plugins: [jekyll-archives]\n${whitelist}jekyll-archives:\n  enabled: [tags]\n`,
      '_layouts/archive.html': '{{ page.title }}',
      '_posts/2024-01-05-one.md': '---\ntags: [a]\n---\nx',
    });
    cleanups.push(() => site.cleanup());
    await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, safe: true, logger: memoryLogger() });
    return site.destination;
  }

  it('runs only when whitelisted, as Jekyll requires only whitelisted gems', async () => {
    expect(fs.existsSync(path.join(await safeBuild(''), 'tag/a/index.html'))).toBe(false);
    expect(readOut(await safeBuild('whitelist: [jekyll-archives]\n'), 'tag/a/index.html')).toBe('a');
  });
});
