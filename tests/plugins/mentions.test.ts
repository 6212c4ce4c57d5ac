// jekyll-mentions 1.6.0 and the libxml2 (Nokogiri 1.13) reparse it implies. Expected values come
// from the real html-pipeline/Nokogiri (mentions-golden.rb → mentions-expected.json); whole sites
// are the plugin-mentions and plugin-mentions-config fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mentionBase, mentionFilter, mentionify, mentionable } from '../../src/plugins/mentions.js';
import { reserializeHtml } from '../../src/plugins/libxml-html.js';
import { build, createBuilder } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from '../site/helpers.js';

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'mentions-cases.json'), 'utf8')) as { name: string; html: string }[];
const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'mentions-expected.json'), 'utf8')) as { name: string; reparse: string; mentions: string }[];

describe('libxml2 HTML fragment round trip (Nokogiri::HTML::DocumentFragment.parse(html).to_html)', () => {
  for (const [k, c] of cases.entries()) {
    it(`${c.name}: ${JSON.stringify(c.html.slice(0, 60))}`, () => {
      expect(reserializeHtml(c.html)).toBe(expected[k]!.reparse);
    });
  }
});

describe('MentionFilter', () => {
  for (const [k, c] of cases.entries()) {
    it(`${c.name}`, () => {
      expect(mentionFilter(c.html, 'https://github.com')).toBe(expected[k]!.mentions);
    });
  }
});

describe('jekyll-mentions', () => {
  it('leaves an output whose body has no mention as it is (no reparse)', () => {
    const html = '<html><head><title>@x</title></head><body>\n<p>a<br/>b</p>\n</body></html>';
    expect(mentionify(html, {}, {})).toBe(html);
  });

  it('rewrites only the body, keeping the opening tag and its whitespace', () => {
    const html = '<head><meta content="@x"></head><body class="a">\n  <p>hi @x<br/></p>\n</body>\n</html>';
    expect(mentionify(html, {}, {})).toBe('<head><meta content="@x"></head><body class="a">\n  <p>hi <a href="https://github.com/x" class="user-mention">@x</a><br></p>\n</body>\n</html>');
  });

  it('takes the base URL from the config, the front matter, or SSL/GITHUB_HOSTNAME', () => {
    expect(mentionBase({})).toBe('https://github.com');
    expect(mentionBase({ 'jekyll-mentions': 'https://gitlab.com' })).toBe('https://gitlab.com');
    expect(mentionBase({ 'jekyll-mentions': { base_url: 'https://x.org' } })).toBe('https://x.org');
    expect(mentionBase({ 'jekyll-mentions': { base_url: null } })).toBeNull();
    expect(mentionBase({}, { SSL: 'false', GITHUB_HOSTNAME: 'ghe.local/' })).toBe('http://ghe.local');
    expect(() => mentionBase({ 'jekyll-mentions': true })).toThrow("It's a TrueClass right now.");
    expect(() => mentionBase({ 'jekyll-mentions': 3 })).toThrow("It's a Integer right now.");
    expect(mentionify('<p>@a</p>', { 'jekyll-mentions': 'https://site' }, { 'jekyll-mentions': { base_url: 'https://page' } })).toBe('<p><a href="https://page/a" class="user-mention">@a</a></p>');
  });

  it('applies to pages, written documents, HTML outputs or permalinks ending in /', () => {
    const item = (kind: 'page' | 'document', outputExt: string, data: Record<string, unknown> = {}, writes = true) => ({ kind, outputExt, data, writes }) as never;
    expect(mentionable(item('page', '.html'))).toBe(true);
    expect(mentionable(item('page', '.xml'))).toBe(false);
    expect(mentionable(item('page', '.txt', { permalink: '/x/' }))).toBe(true);
    expect(mentionable(item('document', '.html', {}, false))).toBe(false);
    expect(mentionable(item('page', '.html', { 'jekyll-mentions': false }))).toBe(false);
  });
});

describe('jekyll-mentions under kiln serve', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });

  it('a rebuild re-renders what changed; each output equals a full build', async () => {
    const site = makeSite({
      '_config.yml': 'plugins: [jekyll-mentions]\n',
      '_layouts/default.html': '<html><body>\n{{ content }}\n<footer>by @team</footer></body></html>',
      'a.md': '---\nlayout: default\n---\nHello @alice',
      'b.md': '---\nlayout: default\n---\nHello bob',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    expect(readOut(site.destination, 'a.html')).toContain('<a href="https://github.com/alice" class="user-mention">@alice</a>');
    fs.writeFileSync(path.join(site.source, 'b.md'), '---\nlayout: default\n---\nHello @bob');
    const result = await builder.rebuild([path.join(site.source, 'b.md')]);
    expect(result.rendered).toEqual(['b.md']);
    const full = path.join(path.dirname(site.source), 'full');
    await build({ source: site.source, destination: full, cacheDir: path.join(path.dirname(site.source), 'full-cache'), logger: memoryLogger() });
    for (const f of ['a.html', 'b.html']) expect(readOut(site.destination, f)).toBe(readOut(full, f));
    expect(readOut(site.destination, 'b.html')).toContain('<a href="https://github.com/bob" class="user-mention">@bob</a>');
  });
});
