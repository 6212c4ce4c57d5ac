// jekyll-paginate-v2: the gem's Ruby helpers and sort/filter rules as unit cases (expected values
// from the gem's code run under Ruby 3.1), the build errors of its legacy mode, and rebuilds under
// `kiln serve` (a new post lands on page 1 and shifts the others), each equal to a full build.
// The byte-for-byte output is pinned by the fixtures tests/fixtures/sites/plugin-paginate-v2*.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, createBuilder } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { RubyTime } from '../../src/liquid/ruby/time.js';
import { ensureFullPath, fileJoin, formatPageTitle, rubySplit, rubySub } from '../../src/plugins/paginate-v2-ruby.js';
import { compareSortValues, filterPosts, indexPostsBy, sortPosts, sortValue } from '../../src/plugins/paginate-v2-posts.js';
import { trailFor } from '../../src/plugins/paginate-v2-paginator.js';
import { fixDeprecatedConfig, sitePaginationConfig } from '../../src/plugins/paginate-v2-config.js';
import type { Doc } from '../../src/site/model.js';
import { makeSite, readOut } from '../site/helpers.js';

describe('Ruby helpers as the gem uses them', () => {
  it('String#split drops trailing empty fields only', () => {
    expect(rubySplit('a,,b,,', /;|,/)).toEqual(['a', '', 'b']);
    expect(rubySplit('', /:/)).toEqual([]);
    expect(rubySplit('en, fr', /;|,|\s/)).toEqual(['en', '', 'fr']);
  });
  it('String#sub replaces the first match, with backslash escapes', () => {
    expect(rubySub(':num/:num', ':num', '2')).toBe('2/:num');
    expect(rubySub(':title!', ':title', 'a\\\\b \\0 $&')).toBe('a\\b :title $&!');
    expect(formatPageTitle(':title - page :num of :max', 'Blog', 3, 7)).toBe('Blog - page 3 of 7');
  });
  it('File.join and ensure_full_path', () => {
    expect(fileJoin('/', '/page:num/')).toBe('/page:num/');
    expect(fileJoin('/blog/', 'p/:num')).toBe('/blog/p/:num');
    expect(fileJoin('a//', '//b')).toBe('a//b');
    expect(fileJoin('', 'x')).toBe('/x');
    expect(ensureFullPath('/blog/', 'index', '.html')).toBe('/blog/index.html');
    expect(ensureFullPath('/blog/p/2', 'index', '.html')).toBe('/blog/p/2index');
    expect(ensureFullPath('/n2.htm', 'index', '.html')).toBe('/n2.htm');
  });
  it('the page trail keeps its length near the ends', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => ({ path: `/p${n}/`, title: `t${n}` }));
    expect(trailFor(1, pages, 1, 2).map((t) => t.num)).toEqual([1, 2, 3, 4]);
    expect(trailFor(4, pages, 1, 2).map((t) => t.num)).toEqual([3, 4, 5, 6]);
    expect(trailFor(6, pages, 1, 2).map((t) => t.num)).toEqual([3, 4, 5, 6]);
    expect(trailFor(2, pages.slice(0, 2), 2, 0)).toEqual([
      { num: 1, path: '/p1/', title: 't1' },
      { num: 2, path: '/p2/', title: 't2' },
    ]);
  });
  it('config: defaults, a nil never overwrites, title_suffix migrates only without a title', () => {
    const c = sitePaginationConfig({ pagination: { per_page: 3, title: null, trail: { after: 2 } } });
    expect(c).toMatchObject({ per_page: 3, title: ':title - page :num', trail: { before: 0, after: 2 }, permalink: '/page:num/' });
    const d: Record<string, unknown> = { title: null, title_suffix: '!' };
    fixDeprecatedConfig(d);
    expect(d).toEqual({ title: ':title!' });
  });
});

const doc = (name: string, data: Record<string, unknown>) => ({ relativePath: `_posts/${name}.md`, data }) as unknown as Doc;

describe('filters and sorting', () => {
  const a = doc('a', { categories: ['Ruby', 'Web'], tags: 'one,two', locale: 'en', rank: 2, date: RubyTime.at(2000) });
  const b = doc('b', { categories: ['ruby'], tags: ['Two'], locale: 'fr', date: RubyTime.at(1000) });
  const c = doc('c', { categories: [], tags: 'three', locale: 'en; fr', rank: 1, date: RubyTime.at(1000) });
  const all = [a, b, c];
  it('indexes lowercased keys split on ; and , (strings also on spaces)', () => {
    const cats = indexPostsBy(all, 'categories');
    expect([...cats.keys()]).toEqual(['ruby', 'web']);
    expect(cats.get('ruby')).toEqual([a, b]);
    expect([...indexPostsBy(all, 'locale').keys()]).toEqual(['en', 'fr']);
  });
  it('every filter value narrows the list; an unknown value empties it', () => {
    const tags = indexPostsBy(all, 'tags');
    expect(filterPosts({ tag: 'two' }, 'tag', all, tags)).toEqual([a, b]);
    expect(filterPosts({ tag: 'one, Two' }, 'tag', all, tags)).toEqual([a]);
    expect(filterPosts({ tag: ['none'] }, 'tag', all, tags)).toEqual([]);
    expect(filterPosts({}, 'tag', all, tags)).toBe(all);
  });
  it('sorts stably, nil first, then pops the offset off the end before reversing', () => {
    expect(sortPosts(all, { sort_field: 'date', offset: 0 })).toEqual([b, c, a]);
    expect(sortPosts(all, { sort_field: 'date', offset: 1, sort_reverse: true })).toEqual([c, b]);
    expect(sortPosts(all, { sort_field: 'Rank' })).toEqual([b, c, a]);
    expect(sortPosts(all, { sort_field: null, sort_reverse: true, offset: 2 })).toBe(all);
  });
  it('sort values: nested keys, strings without case, incomparable values fail the build', () => {
    expect(sortValue({ meta: { rank: 3 } }, 'Meta:Rank')).toBe(3);
    expect(sortValue({ meta: { rank: 3 } }, 'meta')).toBeNull();
    expect(compareSortValues('b', 'A', 't')).toBe(1);
    expect(() => compareSortValues(1, 'a', 't')).toThrow(/comparison of Jekyll::Document/);
    expect(() => compareSortValues('a', 1, 't')).toThrow(/downcase/);
  });
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function site(config: string, extra: Record<string, string> = {}) {
  const s = makeSite({
    '_config.yml': `title: T\ntimezone: UTC\n${config}`,
    '_layouts/default.html': '<title>{{ page.title }}</title>{{ content }}',
    '_posts/2024-01-01-one.md': '---\ntitle: One\n---\none',
    '_posts/2024-01-02-two.md': '---\ntitle: Two\n---\ntwo',
    '_posts/2024-01-03-three.md': '---\ntitle: Three\n---\nthree',
    'index.html': '---\nlayout: default\npagination: {enabled: true}\n---\n{{ paginator.page }}/{{ paginator.total_pages }}:{% for p in paginator.posts %} {{ p.title }}{% endfor %} next={{ paginator.next_page_path }}',
    'list.html': '---\n---\n{% for p in site.pages %}{{ p.url }};{% endfor %}',
    ...extra,
  });
  cleanups.push(s.cleanup);
  return s;
}

describe('legacy settings', () => {
  it('`paginate:` with the gem loaded fails the build as the gem does (compatibility expired)', async () => {
    const s = site('plugins: [jekyll-paginate, jekyll-paginate-v2]\npaginate: 2\n');
    await expect(build({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() })).rejects.toThrow(/Legacy jekyll-paginate configuration compatibility mode has expired/);
    expect(fs.existsSync(s.destination)).toBe(false);
  });
  it('`paginate:` and `pagination:` together are refused', async () => {
    const s = site('plugins: [jekyll-paginate-v2]\npaginate: false\npagination: {enabled: true}\n');
    await expect(build({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() })).rejects.toThrow(/cannot both be configured/);
  });
  it('jekyll-paginate listed beside it does nothing without `paginate:`', async () => {
    const s = site('plugins: [jekyll-paginate, jekyll-paginate-v2]\npagination: {enabled: true, per_page: 2, sort_reverse: true}\n');
    await build({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    expect(readOut(s.destination, 'index.html')).toBe('<title>T</title>1/2: Three Two next=/page2/');
    expect(readOut(s.destination, 'page2/index.html')).toBe('<title>T - page 2</title>2/2: One next=');
  });
});

describe('rebuilds', () => {
  async function fullBuild(source: string): Promise<string> {
    const out = path.join(path.dirname(source), 'full');
    fs.rmSync(out, { recursive: true, force: true });
    await build({ source, destination: out, cacheDir: path.join(path.dirname(source), 'full-cache'), logger: memoryLogger() });
    return out;
  }
  const outputs = ['index.html', 'page2/index.html', 'page3/index.html', 'list.html'];
  const same = (destination: string, full: string) => {
    for (const f of outputs) expect(fs.existsSync(path.join(destination, f)), f).toBe(fs.existsSync(path.join(full, f)));
    for (const f of outputs) if (fs.existsSync(path.join(full, f))) expect(readOut(destination, f), f).toBe(readOut(full, f));
  };

  it('a new post appears on page 1 and shifts the pages (a new page appears); removing it undoes that', async () => {
    const s = site('plugins: [jekyll-paginate-v2]\npagination: {enabled: true, per_page: 2, sort_reverse: true}\n');
    const builder = await createBuilder({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    cleanups.push(() => builder.close());
    await builder.build();
    expect(readOut(s.destination, 'index.html')).toContain('1/2: Three Two');
    const post = path.join(s.source, '_posts/2024-01-04-four.md');
    fs.writeFileSync(post, '---\ntitle: Four\n---\nfour');
    await builder.rebuild([post]);
    expect(readOut(s.destination, 'index.html')).toContain('1/2: Four Three');
    expect(readOut(s.destination, 'page2/index.html')).toContain('2/2: Two One');
    const third = path.join(s.source, '_posts/2024-01-05-five.md');
    fs.writeFileSync(third, '---\ntitle: Five\n---\nfive');
    await builder.rebuild([third]);
    expect(readOut(s.destination, 'page3/index.html')).toBe('<title>T - page 3</title>3/3: One next=');
    same(s.destination, await fullBuild(s.source));
    fs.rmSync(third);
    await builder.rebuild([third]);
    expect(fs.existsSync(path.join(s.destination, 'page3/index.html'))).toBe(false);
    same(s.destination, await fullBuild(s.source));
  });

  it('a post title edit and a template edit re-render the pages, as a full build', async () => {
    const s = site('plugins: [jekyll-paginate-v2]\npagination: {enabled: true, per_page: 2}\n');
    const builder = await createBuilder({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    cleanups.push(() => builder.close());
    await builder.build();
    const post = path.join(s.source, '_posts/2024-01-03-three.md');
    fs.writeFileSync(post, '---\ntitle: Third\n---\nthree');
    await builder.rebuild([post]);
    expect(readOut(s.destination, 'page2/index.html')).toContain('2/2: Third');
    const index = path.join(s.source, 'index.html');
    fs.writeFileSync(index, '---\nlayout: default\ntitle: Home\npagination: {enabled: true, per_page: 1}\n---\n[{{ paginator.page }}]');
    await builder.rebuild([index]);
    expect(readOut(s.destination, 'page3/index.html')).toBe('<title>Home - page 3</title>[3]');
    same(s.destination, await fullBuild(s.source));
  });

  it('a collection other than posts: a new document reaches the pages', async () => {
    const s = site('plugins: [jekyll-paginate-v2]\ncollections: {docs: {output: false}}\npagination: {enabled: true, per_page: 2, collection: docs}\n', {
      '_docs/a.md': '---\ntitle: A\n---\na',
    });
    const builder = await createBuilder({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    cleanups.push(() => builder.close());
    await builder.build();
    expect(readOut(s.destination, 'index.html')).toContain('1/1: A next=');
    const b = path.join(s.source, '_docs/b.md');
    fs.writeFileSync(b, '---\ntitle: B\n---\nb');
    await builder.rebuild([b]);
    expect(readOut(s.destination, 'index.html')).toContain('1/1: A B next=');
    same(s.destination, await fullBuild(s.source));
  });

  it('autopages: a post with a new tag adds its tag page; a removed tag drops it', async () => {
    const s = site('plugins: [jekyll-paginate-v2]\npagination: {enabled: true, per_page: 1}\nautopages: {enabled: true, categories: {enabled: false}, collections: {enabled: false}}\n', {
      '_layouts/autopage_tags.html': '---\nlayout: default\n---\n{{ page.autopages.display_name }}:{% for p in paginator.posts %} {{ p.title }}{% endfor %} {{ paginator.next_page_path }}',
      '_posts/2024-01-01-one.md': '---\ntitle: One\ntags: [Red]\n---\none',
    });
    const builder = await createBuilder({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    cleanups.push(() => builder.close());
    await builder.build();
    expect(readOut(s.destination, 'tag/red/index.html')).toBe('<title>Posts tagged with red</title>Red: One ');
    const post = path.join(s.source, '_posts/2024-01-04-four.md');
    fs.writeFileSync(post, '---\ntitle: Four\ntags: [red, Blue]\n---\nfour');
    await builder.rebuild([post]);
    expect(readOut(s.destination, 'tag/red/index.html')).toBe('<title>Posts tagged with red</title>Red: One /tag/red/page2/');
    expect(readOut(s.destination, 'tag/red/page2/index.html')).toBe('<title>Posts tagged with red - page 2</title>Red: Four ');
    expect(readOut(s.destination, 'tag/blue/index.html')).toBe('<title>Posts tagged with blue</title>Blue: Four ');
    const full = await fullBuild(s.source);
    for (const f of ['tag/red/index.html', 'tag/red/page2/index.html', 'tag/blue/index.html', 'list.html']) expect(readOut(s.destination, f), f).toBe(readOut(full, f));
    fs.writeFileSync(post, '---\ntitle: Four\n---\nfour');
    await builder.rebuild([post]);
    expect(fs.existsSync(path.join(s.destination, 'tag/blue/index.html'))).toBe(false);
    expect(readOut(s.destination, 'tag/red/index.html')).toBe('<title>Posts tagged with red</title>Red: One ');
  });

  it('autopages: an edit of their layout re-renders them, as a full build', async () => {
    const layout = '---\nlayout: default\n---\n{{ page.autopages.display_name }}:{% for p in paginator.posts %} {{ p.title }}{% endfor %}';
    const s = site('plugins: [jekyll-paginate-v2]\npagination: {enabled: true, per_page: 2}\nautopages: {enabled: true, tags: {title: ":tag!"}, categories: {enabled: false}, collections: {enabled: false}}\n', {
      '_layouts/autopage_tags.html': layout,
      '_posts/2024-01-01-one.md': '---\ntitle: One\ntags: [Red, blue]\n---\none',
    });
    const builder = await createBuilder({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    cleanups.push(() => builder.close());
    await builder.build();
    expect(readOut(s.destination, 'tag/blue/index.html')).toBe('<title>blue!</title>blue: One');
    const file = path.join(s.source, '_layouts/autopage_tags.html');
    fs.writeFileSync(file, layout.replace('---\n{{', '---\n<b>{{'));
    await builder.rebuild([file]);
    expect(readOut(s.destination, 'tag/blue/index.html')).toBe('<title>blue!</title><b>blue: One');
    expect(readOut(s.destination, 'tag/red/index.html')).toBe('<title>red!</title><b>Red: One');
  });

  it('pages rendering another file\'s parsed Liquid (Jekyll\'s cache by page.path) follow edits of that file', async () => {
    const s = site('plugins: [jekyll-paginate-v2]\npagination: {enabled: true, per_page: 2}\n', {
      'blog/index.html': '---\ntitle: Blog\npagination: {enabled: true, per_page: 1}\n---\nblog {{ page.title }}',
    });
    const builder = await createBuilder({ source: s.source, destination: s.destination, cacheDir: s.cacheDir, logger: memoryLogger() });
    cleanups.push(() => builder.close());
    await builder.build();
    // blog/index.html comes first in site.pages, and every copy's path is `.html`: the root's
    // copies render the blog's body (as Jekyll 4.3.1 does).
    expect(readOut(s.destination, 'index.html')).toBe('<title>T</title>blog T');
    const blog = path.join(s.source, 'blog/index.html');
    fs.writeFileSync(blog, '---\ntitle: Blog\npagination: {enabled: true, per_page: 1}\n---\n<{{ paginator.page }}>');
    await builder.rebuild([blog]);
    expect(readOut(s.destination, 'page2/index.html')).toBe('<title>T - page 2</title><2>');
    expect(readOut(s.destination, 'blog/page3/index.html')).toBe('<3>');
    const index = path.join(s.source, 'index.html');
    fs.writeFileSync(index, '---\nlayout: default\ntitle: Home\npagination: {enabled: true}\n---\nignored {{ page.title }}');
    await builder.rebuild([index]);
    expect(readOut(s.destination, 'page2/index.html')).toBe('<title>Home - page 2</title><2>');
    const full = await fullBuild(s.source);
    for (const f of ['index.html', 'page2/index.html', 'blog/index.html', 'blog/page2/index.html', 'blog/page3/index.html']) expect(readOut(s.destination, f), f).toBe(readOut(full, f));
  });
});
