// createBuilder().rebuild(changed): only what a change reaches is re-rendered (the dependency
// graph: own file, layouts, includes, site.posts/pages/data), outputs patched in place, and a save
// that leaves the bytes unchanged costs nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../../src/site/build.js';
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
});
