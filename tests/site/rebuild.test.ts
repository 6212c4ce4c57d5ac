// createBuilder().rebuild(changed): only what a change reaches is re-rendered (the dependency
// graph: own file, layouts, includes, site.posts/pages/data), outputs patched in place, and a save
// that leaves the bytes unchanged costs nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, createBuilder, type Builder } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function setup(): Promise<{ builder: Builder; source: string; destination: string }> {
  const site = makeSite({
    '_config.yml': 'title: T\ntime: 2024-06-01 12:00:00\ntimezone: UTC\n',
    '_layouts/default.html': '<main>{{ content }}</main>',
    '_includes/box.html': '[box {{ include.x }}]',
    '_data/info.yml': 'name: first\n',
    '_posts/2024-01-01-one.html': '---\nlayout: default\ntitle: One\n---\npost one',
    '_posts/2024-01-02-two.html': '---\nlayout: default\ntitle: Two\n---\npost two',
    'index.html': '---\nlayout: default\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %}',
    'boxed.html': '---\n---\n{% include box.html x=1 %}',
    'data.html': '---\n---\n{{ site.data.info.name }}',
    'plain.html': '---\n---\nplain',
    'bodies.html': '---\n---\n{% for p in site.posts %}{{ p.content }}|{% endfor %}',
    'style.css': 'a{}',
  });
  const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
  cleanups.push(() => {
    builder.close();
    site.cleanup();
  });
  await builder.build();
  return { builder, source: site.source, destination: site.destination };
}

describe('rebuild', () => {
  it('nothing changed, or a file saved with the same bytes: nothing rendered or written', async () => {
    const { builder, source } = await setup();
    const a = await builder.rebuild([]);
    expect(a.written).toEqual([]);
    const layout = path.join(source, '_layouts/default.html');
    fs.utimesSync(layout, new Date(), new Date(Date.now() + 5000));
    const b = await builder.rebuild([layout]);
    expect(b.written).toEqual([]);
    expect(b.rendered).toEqual([]);
    // The build's own output is not a source.
    const c = await builder.rebuild([path.join(builder.config.destination, 'index.html')]);
    expect(c.rendered).toEqual([]);
  });

  it('an include change re-renders only its users', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, '_includes/box.html'), '[BOX {{ include.x }}]');
    const r = await builder.rebuild([path.join(source, '_includes/box.html')]);
    expect(r.rendered).toEqual(['boxed.html']);
    expect(r.written).toEqual(['boxed.html']);
    expect(readOut(destination, 'boxed.html')).toBe('[BOX 1]');
  });

  it('a data change re-renders the pages that read site.data', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, '_data/info.yml'), 'name: second\n');
    const r = await builder.rebuild([path.join(source, '_data/info.yml')]);
    expect(r.rendered).toEqual(['data.html']);
    expect(readOut(destination, 'data.html')).toBe('second');
  });

  it('a post edit re-renders the post and the pages listing posts; a layout edit its users', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, '_posts/2024-01-02-two.html'), '---\nlayout: default\ntitle: Deux\n---\npost two');
    const r = await builder.rebuild([path.join(source, '_posts/2024-01-02-two.html')]);
    expect(r.rendered!.sort()).toEqual(['_posts/2024-01-02-two.html', 'bodies.html', 'index.html']);
    expect(readOut(destination, 'index.html')).toBe('<main>Deux;One;</main>');
    fs.writeFileSync(path.join(source, '_layouts/default.html'), '<div>{{ content }}</div>');
    const l = await builder.rebuild([path.join(source, '_layouts/default.html')]);
    expect(l.rendered!.sort()).toEqual(['_posts/2024-01-01-one.html', '_posts/2024-01-02-two.html', 'index.html']);
    expect(readOut(destination, '2024/01/01/one.html')).toBe('<div>post one</div>');
  });

  it('a body-only post edit re-renders the post and the pages showing post bodies, not the lists', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, '_posts/2024-01-02-two.html'), '---\nlayout: default\ntitle: Two\n---\npost 2 edited');
    const r = await builder.rebuild([path.join(source, '_posts/2024-01-02-two.html')]);
    expect(r.rendered!.sort()).toEqual(['_posts/2024-01-02-two.html', 'bodies.html']);
    // post.content is the converted body, before layouts.
    expect(readOut(destination, 'bodies.html')).toBe('post 2 edited|post one|');
    expect(readOut(destination, '2024/01/02/two.html')).toBe('<main>post 2 edited</main>');
  });

  it('added and deleted files', async () => {
    const { builder, source, destination } = await setup();
    const added = path.join(source, '_posts/2024-01-03-three.html');
    fs.writeFileSync(added, '---\ntitle: Three\n---\nthree');
    const a = await builder.rebuild([added]);
    expect(a.written.sort()).toEqual(['2024/01/03/three.html', 'bodies.html', 'index.html']);
    expect(readOut(destination, 'index.html')).toBe('<main>Three;Two;One;</main>');
    fs.rmSync(path.join(source, 'plain.html'));
    const d = await builder.rebuild([path.join(source, 'plain.html')]);
    expect(d.removed).toEqual(['plain.html']);
    expect(fs.existsSync(path.join(destination, 'plain.html'))).toBe(false);
  });

  it('after a failed rebuild, its changes are applied by the next one', async () => {
    const { builder, source, destination } = await setup();
    const page = path.join(source, 'plain.html');
    fs.writeFileSync(page, '---\n---\n{% include later.html %}');
    await expect(builder.rebuild([page])).rejects.toThrow(/later\.html/);
    expect(readOut(destination, 'plain.html')).toBe('plain');
    const include = path.join(source, '_includes/later.html');
    fs.writeFileSync(include, 'now here');
    const r = await builder.rebuild([include]);
    expect(r.rendered).toContain('plain.html');
    expect(readOut(destination, 'plain.html')).toBe('now here');
  });

  it('a layout created after a page asked for it', async () => {
    const { builder, source, destination } = await setup();
    const page = path.join(source, 'plain.html');
    fs.writeFileSync(page, '---\nlayout: fancy\n---\nplain');
    const w = await builder.rebuild([page]);
    expect(w.warnings.some((m) => m.includes("Layout 'fancy' requested in plain.html does not exist."))).toBe(true);
    const layout = path.join(source, '_layouts/fancy.html');
    fs.writeFileSync(layout, '<fancy>{{ content }}</fancy>');
    const r = await builder.rebuild([layout]);
    expect(r.rendered).toEqual(['plain.html']);
    expect(readOut(destination, 'plain.html')).toBe('<fancy>plain</fancy>');
  });

  it('outputs made beside a render (Sass source maps) survive rebuilds that do not re-render it', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, 'theme.scss'), '---\n---\n$c: red;\na { color: $c; }\n');
    await builder.rebuild([path.join(source, 'theme.scss')]);
    expect(fs.existsSync(path.join(destination, 'theme.css.map'))).toBe(true);
    fs.writeFileSync(path.join(source, 'plain.html'), '---\n---\nplain again');
    const r = await builder.rebuild([path.join(source, 'plain.html')]);
    expect(r.rendered).toEqual(['plain.html']);
    expect(r.removed).toEqual([]);
    expect(fs.existsSync(path.join(destination, 'theme.css.map'))).toBe(true);
    expect(readOut(destination, 'theme.css')).toContain('a { color: red; }');
  });

  it('a config change rebuilds everything with the new config', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, '_config.yml'), 'title: T\ntime: 2024-06-01 12:00:00\ntimezone: UTC\npermalink: /p/:title.html\n');
    await builder.rebuild([path.join(source, '_config.yml')]);
    expect(readOut(destination, 'p/one.html')).toBe('<main>post one</main>');
  });

  // Bugs found by tests/site/incremental-equivalence.test.ts.

  it("a page listing other pages' content is re-rendered when a re-render changes one of them", async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, 'zsizes.html'), '---\n---\n{% for p in site.pages %}{{ p.name }}={{ p.content | size }};{% endfor %}');
    await builder.rebuild([path.join(source, 'zsizes.html')]);
    // index.html's content grows with a new post's title, though index.html itself is not edited.
    const added = path.join(source, '_posts/2024-01-03-three.html');
    fs.writeFileSync(added, '---\ntitle: Three\n---\nthree');
    const r = await builder.rebuild([added]);
    expect(r.rendered).toContain('zsizes.html');
    expect(readOut(destination, 'zsizes.html')).toContain('index.html=14;');
  });

  it('a document sees later documents raw, as in a full build, even when they are carried over', async () => {
    const site = makeSite({
      '_config.yml': 'collections:\n  recipes:\n    output: true\n',
      '_recipes/soup.md': '---\ntitle: Soup\n---\nHot *soup*.',
      '_posts/2024-01-01-one.html': '---\ntitle: One\n---\none',
      'index.html': '---\n---\nindex',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    // Posts render before recipes: a post reading a recipe's content sees its Markdown source.
    const post = path.join(site.source, '_posts/2024-01-01-one.html');
    fs.writeFileSync(post, '---\ntitle: One\n---\n{% for r in site.recipes %}[{{ r.content | strip }}]{% endfor %}');
    await builder.rebuild([post]);
    const full = await build({ source: site.source, destination: site.destination + '-full', cacheDir: site.cacheDir + '-full', logger: memoryLogger() });
    expect(full.site.collections.get('posts')!.docs[0]!.output).toBe('[Hot *soup*.]');
    expect(readOut(site.destination, '2024/01/01/one.html')).toBe('[Hot *soup*.]');
  });

  it('front matter added to a static file makes a page that site.pages readers list', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, 'list.html'), '---\n---\n{% for p in site.pages %}{{ p.name }} {% endfor %}');
    fs.writeFileSync(path.join(source, 'notes.md'), '# notes');
    await builder.rebuild([path.join(source, 'list.html'), path.join(source, 'notes.md')]);
    expect(readOut(destination, 'list.html')).not.toContain('notes.md');
    fs.writeFileSync(path.join(source, 'notes.md'), '---\n---\n# notes');
    const r = await builder.rebuild([path.join(source, 'notes.md')]);
    expect(r.rendered).toContain('list.html');
    expect(readOut(destination, 'list.html')).toContain('notes.md');
    fs.writeFileSync(path.join(source, 'notes.md'), '# notes again');
    await builder.rebuild([path.join(source, 'notes.md')]);
    expect(readOut(destination, 'list.html')).not.toContain('notes.md');
  });

  it('an excerpt that renders itself fails the build with an error instead of recursing forever', async () => {
    const { builder, source } = await setup();
    const post = path.join(source, '_posts/2024-01-01-one.html');
    fs.writeFileSync(post, '---\ntitle: One\n---\n{% for p in site.posts %}{{ p.excerpt }}{% endfor %}');
    await expect(builder.rebuild([post])).rejects.toThrow(/stack level too deep in _posts\/2024-01-01-one\.html/);
  });

  it("a body reading the previous render's leftover layout is re-rendered when that layout changes", async () => {
    const site = makeSite({
      '_layouts/post.html': '---\nkind: first\n---\n<p>{{ content }}</p>',
      '_posts/2024-01-01-one.html': '---\nlayout: post\n---\none',
      'page.html': '---\n---\nkind={{ layout.kind }}',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    // Jekyll's shared payload: the page (no layout of its own) sees the post's layout data.
    expect(readOut(site.destination, 'page.html')).toBe('kind=first');
    const layout = path.join(site.source, '_layouts/post.html');
    fs.writeFileSync(layout, '---\nkind: second\n---\n<p>{{ content }}</p>');
    const r = await builder.rebuild([layout]);
    expect(r.rendered).toEqual(['_posts/2024-01-01-one.html', 'page.html']);
    expect(readOut(site.destination, 'page.html')).toBe('kind=second');
    // An unrelated edit leaves the page carried over, with the leftover the post's render left.
    fs.writeFileSync(path.join(site.source, 'other.html'), '---\n---\nother');
    await builder.rebuild([path.join(site.source, 'other.html')]);
    expect(readOut(site.destination, 'page.html')).toBe('kind=second');
  });

  it('post_url and link users are re-rendered when the URL they looked up moves', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, 'links.html'), '---\n---\n{% post_url 2024-01-01-one %} {% link plain.html %}');
    await builder.rebuild([path.join(source, 'links.html')]);
    expect(readOut(destination, 'links.html')).toBe('/2024/01/01/one.html /plain.html');
    fs.writeFileSync(path.join(source, '_posts/2024-01-01-one.html'), '---\nlayout: default\ntitle: One\npermalink: /one/\n---\npost one');
    await builder.rebuild([path.join(source, '_posts/2024-01-01-one.html')]);
    expect(readOut(destination, 'links.html')).toBe('/one/ /plain.html');
    fs.writeFileSync(path.join(source, 'plain.html'), '---\npermalink: /plain/\n---\nplain');
    await builder.rebuild([path.join(source, 'plain.html')]);
    expect(readOut(destination, 'links.html')).toBe('/one/ /plain/');
  });

  it("touching a shown draft changes its date (the file's modification time)", async () => {
    const site = makeSite({
      '_config.yml': 'time: 2024-06-01 12:00:00\ntimezone: UTC\nshow_drafts: true\n',
      '_drafts/draft.html': '---\ntitle: Draft\n---\ndraft',
      'index.html': '---\n---\n{% for p in site.posts %}{{ p.date | date: "%Y-%m-%d" }}{% endfor %}',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    const draft = path.join(site.source, '_drafts/draft.html');
    const may = new Date(Date.UTC(2023, 4, 4, 12));
    fs.utimesSync(draft, may, may);
    await builder.build();
    expect(readOut(site.destination, '2023/05/04/draft.html')).toBe('draft');
    const june = new Date(Date.UTC(2023, 5, 6, 12));
    fs.utimesSync(draft, june, june);
    const r = await builder.rebuild([draft]);
    expect(r.removed).toEqual(['2023/05/04/draft.html']);
    expect(readOut(site.destination, '2023/06/06/draft.html')).toBe('draft');
    expect(readOut(site.destination, 'index.html')).toBe('2023-06-06');
  });

  it('touching a static file changes its modified_time, even when a page includes its text', async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, 'notes.txt'), 'notes');
    fs.writeFileSync(path.join(source, 'times.html'), '---\n---\n{% include_relative notes.txt %}{% for f in site.static_files %} {{ f.path }}@{{ f.modified_time | date: "%s" }}{% endfor %}');
    await builder.rebuild([path.join(source, 'notes.txt'), path.join(source, 'times.html')]);
    const t = new Date(Date.UTC(2024, 0, 1));
    fs.utimesSync(path.join(source, 'notes.txt'), t, t);
    await builder.rebuild([path.join(source, 'notes.txt')]);
    expect(readOut(destination, 'times.html')).toContain('/notes.txt@1704067200');
  });

  it('an excerpt is re-rendered when something it read changes later in the render order', async () => {
    const site = makeSite({
      '_config.yml': 'collections:\n  recipes:\n    output: true\n',
      '_data/d.yml': 'v: one\n',
      '_recipes/z.html': '---\n---\n{{ site.data.d.v }}',
      '_posts/2024-01-01-a.html': '---\n---\n{% for r in site.recipes %}[{{ r.content }}]{% endfor %}',
      'page.html': '---\n---\n{{ site.posts[0].excerpt }}',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    // The post renders before the recipe, the page (which renders the excerpt) after it.
    expect(readOut(site.destination, '2024/01/01/a.html')).toBe('[{{ site.data.d.v }}]');
    expect(readOut(site.destination, 'page.html')).toBe('[one]');
    fs.writeFileSync(path.join(site.source, '_data/d.yml'), 'v: two\n');
    await builder.rebuild([path.join(site.source, '_data/d.yml')]);
    expect(readOut(site.destination, 'page.html')).toBe('[two]');
  });

  it("a page's body-only edit re-renders the readers of its content, not every site.pages reader", async () => {
    const { builder, source, destination } = await setup();
    fs.writeFileSync(path.join(source, 'titles.html'), '---\n---\n{% for p in site.pages %}{{ p.url }} {% endfor %}');
    fs.writeFileSync(path.join(source, 'contents.html'), '---\n---\n{% for p in site.pages %}{% if p.name == "plain.html" %}{{ p.content }}{% endif %}{% endfor %}');
    await builder.rebuild([path.join(source, 'titles.html'), path.join(source, 'contents.html')]);
    const plain = path.join(source, 'plain.html');
    fs.writeFileSync(plain, '---\n---\nplain, edited');
    const r = await builder.rebuild([plain]);
    expect(r.rendered!.sort()).toEqual(['contents.html', 'plain.html']);
    expect(readOut(destination, 'contents.html')).toBe('plain, edited');
    // A front matter edit changes site.pages: its readers are re-rendered.
    fs.writeFileSync(plain, '---\npermalink: /plain/\n---\nplain, edited');
    const m = await builder.rebuild([plain]);
    expect(m.rendered).toContain('titles.html');
    expect(readOut(destination, 'titles.html')).toContain('/plain/ ');
  });

  it('a pagination page that appears or goes re-renders the site.pages readers', async () => {
    const site = makeSite({
      '_config.yml': 'paginate: 1\nplugins: [jekyll-paginate]\n',
      '_posts/2024-01-01-one.html': '---\n---\none',
      'index.html': '---\n---\n{% for p in paginator.posts %}{{ p.url }}{% endfor %}',
      'urls.html': '---\n---\n{% for p in site.html_pages %}{{ p.url }} {% endfor %}',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    expect(readOut(site.destination, 'urls.html')).not.toContain('/page2');
    const post = path.join(site.source, '_posts/2024-01-02-two.html');
    fs.writeFileSync(post, '---\n---\ntwo');
    await builder.rebuild([post]);
    expect(readOut(site.destination, 'urls.html')).toContain('/page2');
    fs.rmSync(post);
    await builder.rebuild([post]);
    expect(readOut(site.destination, 'urls.html')).not.toContain('/page2');
  });

  it('source map pages stay in site.pages, after their Sass page, when a rebuild carries it over', async () => {
    const site = makeSite({
      '_config.yml': 'time: 2024-01-01 12:00:00 +0000\n',
      'css/a.scss': '---\n---\na { color: red; }\n',
      '0.html': '---\n---\n{% for p in site.pages %}{{ p.name }} {% endfor %}',
      'z.html': '---\n---\n{% for p in site.pages %}{{ p.name }}:{{ p.content | size }} {% endfor %}',
    });
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    cleanups.push(() => {
      builder.close();
      site.cleanup();
    });
    await builder.build();
    // As Jekyll: 0.html renders before css/a.scss (pages sorted by name), z.html after it.
    expect(readOut(site.destination, '0.html')).toBe('0.html a.scss z.html ');
    const full = readOut(site.destination, 'z.html');
    expect(full).toMatch(/^0\.html:\d+ a\.scss:\d+ z\.html:\d+ a\.css\.map:\d+ $/);
    const z = path.join(site.source, 'z.html');
    fs.writeFileSync(z, '---\n---\n{% for p in site.pages %}{{ p.name }}:{{ p.content | size }} {% endfor %}.');
    const r = await builder.rebuild([z]);
    expect(r.rendered).toEqual(['z.html']);
    const mapEntry = / a\.css\.map:\d+ /.exec(full)![0];
    expect(readOut(site.destination, 'z.html')).toMatch(/^0\.html:\d+ a\.scss:\d+ z\.html:\d+ a\.css\.map:\d+ \.$/);
    expect(readOut(site.destination, 'z.html')).toContain(mapEntry);
    expect(readOut(site.destination, 'css/a.css.map')).toContain('"a.scss"');
    // A longer map: z.html reads the map page's content, so it is rendered again.
    const scss = path.join(site.source, 'css/a.scss');
    fs.writeFileSync(scss, '---\n---\na { color: red; }\nb { color: blue; }\n');
    const s = await builder.rebuild([scss]);
    expect(s.rendered).toContain('z.html');
    expect(readOut(site.destination, 'z.html')).not.toContain(mapEntry);
  });
});
