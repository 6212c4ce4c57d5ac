// The watcher hands over debounced batches of changed source paths, and never reacts to the
// destination, caches, excluded paths or the temporary files editors write while saving.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIgnore, isConfigFile, isEditorArtifact } from '../../src/serve/ignore.js';
import { watchSource, type SourceWatcher } from '../../src/serve/watcher.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('isEditorArtifact', () => {
  it.each(['.page.md.swp', '.page.md.swx', 'page.md~', '.#page.md', '#page.md#', '4913', 'page.md___jb_tmp___', 'page.md___jb_old___', '.goutputstream-ABC123', 'page.md.kate-swp', 'page.md.crswap', 'sedAb12Cd', 'page.md.tmp', 'page.md.tmp.1234.5678', '.DS_Store', '.~lock.doc.odt#'])(
    '%s is an editor artifact',
    (name) => expect(isEditorArtifact(name)).toBe(true),
  );
  it.each(['page.md', '_config.yml', 'index.html', 'swap.md', 'style.scss', 'template.md', 'sed.md', 'tmp.md'])('%s is a real file', (name) =>
    expect(isEditorArtifact(name)).toBe(false),
  );
});

describe('createIgnore', () => {
  const ignore = createIgnore({ source: '/site', destination: '/site/_site', exclude: ['vendor', 'docs/private/', '*.log', 'Gemfile'] });
  it.each([
    '/site/_site',
    '/site/_site/index.html',
    '/site/._site.kiln-staging/index.html',
    '/site/.kiln-cache/manifest.json',
    '/site/.jekyll-cache/x',
    '/site/.sass-cache/x',
    '/site/.git/HEAD',
    '/site/node_modules/a/b.js',
    '/site/vendor/bundle/x.rb',
    '/site/docs/private/a.md',
    '/site/build.log',
    '/site/Gemfile',
    '/site/.page.md.swp',
  ])('ignores %s', (p) => expect(ignore(p)).toBe(true));
  it.each(['/site', '/site/index.md', '/site/_posts/2020-01-01-a.md', '/site/_config.yml', '/site/docs/public.md', '/site/_sites.md', '/site/vendors.md'])(
    'watches %s',
    (p) => expect(ignore(p)).toBe(false),
  );
  it('ignores a destination outside the source and its staging siblings', () => {
    const outside = createIgnore({ source: '/work/site', destination: '/work/out' });
    expect(outside('/work/out/a.html')).toBe(true);
    expect(outside('/work/.out.kiln-staging')).toBe(true);
    expect(outside('/work/site/a.md')).toBe(false);
  });
});

describe('isConfigFile', () => {
  it('recognises the default config names at the source root and given config files', () => {
    expect(isConfigFile('/s/_config.yml', '/s')).toBe(true);
    expect(isConfigFile('/s/_config.yaml', '/s')).toBe(true);
    expect(isConfigFile('/s/sub/_config.yml', '/s')).toBe(false);
    expect(isConfigFile('/s/_config.dev.yml', '/s')).toBe(false);
    expect(isConfigFile('/s/_config.dev.yml', '/s', ['/s/_config.yml', '/s/_config.dev.yml'])).toBe(true);
  });
});

describe('watchSource', () => {
  let source: string;
  let watcher: SourceWatcher | undefined;
  let batches: string[][];

  beforeEach(async () => {
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-watch-'));
    fs.writeFileSync(path.join(source, 'page.md'), 'one');
    fs.writeFileSync(path.join(source, 'other.md'), 'one');
    fs.mkdirSync(path.join(source, '_site'));
    fs.mkdirSync(path.join(source, '.kiln-cache'));
    fs.mkdirSync(path.join(source, 'excluded'));
    batches = [];
    watcher = watchSource({
      source,
      ignore: createIgnore({ source, destination: path.join(source, '_site'), exclude: ['excluded'] }),
      debounceMs: 30,
      onChanges: (b) => batches.push(b),
    });
    await watcher.ready;
  });

  afterEach(async () => {
    await watcher?.close();
    fs.rmSync(source, { recursive: true, force: true });
  });

  const waitForBatches = async (n: number, timeoutMs = 3000) => {
    const end = Date.now() + timeoutMs;
    while (batches.length < n && Date.now() < end) await sleep(10);
  };
  const abs = (rel: string) => path.join(source, rel);

  it('also works by polling (--force_polling)', async () => {
    await watcher?.close();
    const polled: string[][] = [];
    watcher = watchSource({ source, ignore: createIgnore({ source, destination: path.join(source, '_site') }), usePolling: true, onChanges: (b) => polled.push(b) });
    await watcher.ready;
    fs.writeFileSync(abs('page.md'), 'polled change, longer');
    const end = Date.now() + 3000;
    while (!polled.length && Date.now() < end) await sleep(20);
    expect(polled.flat()).toEqual([abs('page.md')]);
  });

  it('reports several quick edits and additions as one batch', async () => {
    fs.writeFileSync(abs('page.md'), 'two');
    fs.writeFileSync(abs('new.md'), 'new');
    fs.writeFileSync(abs('other.md'), 'two');
    await waitForBatches(1);
    await sleep(150);
    expect(batches.length).toBe(1);
    expect(batches[0]).toEqual([abs('new.md'), abs('other.md'), abs('page.md')]);
  });

  it('reports deletions (held back briefly in case the file comes back, as atomic saves do)', async () => {
    fs.rmSync(abs('other.md'));
    await waitForBatches(1);
    expect(batches.flat()).toEqual([abs('other.md')]);
  });

  it('does not lose a second save coming right after the first (chokidar throttles those)', async () => {
    fs.writeFileSync(abs('page.md'), 'editor save');
    await waitForBatches(1);
    fs.writeFileSync(abs('page.md'), 'formatter rewrite, just after');
    await waitForBatches(2);
    expect(batches.length).toBe(2);
    expect(batches[1]).toEqual([abs('page.md')]);
  });

  it('reports a new file in a new folder', async () => {
    fs.mkdirSync(abs('_includes'));
    fs.writeFileSync(abs('_includes/nav.html'), 'nav');
    await waitForBatches(1);
    await sleep(100);
    expect(batches.flat()).toEqual([abs('_includes/nav.html')]);
  });

  it('reports the files of a removed folder, not the folder', async () => {
    fs.mkdirSync(abs('_posts'));
    fs.writeFileSync(abs('_posts/2020-01-01-a.md'), 'a');
    await waitForBatches(1);
    await sleep(150);
    batches.length = 0;
    fs.rmSync(abs('_posts'), { recursive: true });
    await waitForBatches(1);
    await sleep(250);
    expect([...new Set(batches.flat())]).toEqual([abs('_posts/2020-01-01-a.md')]);
  });

  it('ignores the destination, caches, excluded paths and editor temp files', async () => {
    fs.writeFileSync(abs('_site/index.html'), 'built');
    fs.writeFileSync(abs('.kiln-cache/m.json'), '{}');
    fs.writeFileSync(abs('excluded/a.md'), 'x');
    fs.writeFileSync(abs('.page.md.swp'), 'swap');
    fs.writeFileSync(abs('4913'), '');
    fs.writeFileSync(abs('#page.md#'), 'autosave');
    await sleep(400);
    expect(batches).toEqual([]);
  });

  it("handles vim's backup-and-rename save as a change of the file only", async () => {
    fs.renameSync(abs('page.md'), abs('page.md~'));
    fs.writeFileSync(abs('page.md'), 'saved by vim');
    fs.rmSync(abs('page.md~'));
    await waitForBatches(1);
    await sleep(250);
    expect([...new Set(batches.flat())]).toEqual([abs('page.md')]);
  });

  it("handles JetBrains' safe write (temp file renamed over the original)", async () => {
    fs.writeFileSync(abs('page.md___jb_tmp___'), 'saved by an IDE');
    fs.renameSync(abs('page.md'), abs('page.md___jb_old___'));
    fs.renameSync(abs('page.md___jb_tmp___'), abs('page.md'));
    fs.rmSync(abs('page.md___jb_old___'));
    await waitForBatches(1);
    await sleep(250);
    expect([...new Set(batches.flat())]).toEqual([abs('page.md')]);
  });

  it('handles an atomic write through a temporary file in the same folder', async () => {
    fs.writeFileSync(abs('.page.md.tmp.4242'), 'atomic');
    fs.renameSync(abs('.page.md.tmp.4242'), abs('page.md'));
    await waitForBatches(1);
    await sleep(200);
    expect([...new Set(batches.flat())]).toEqual([abs('page.md')]);
    expect(fs.readFileSync(abs('page.md'), 'utf8')).toBe('atomic');
  });
});
