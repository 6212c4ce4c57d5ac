// The page cache (`.kiln-cache/check-pages.json`): a warm run re-checks only the pages that
// changed and reports exactly what a cold run reports — also when what a page depends on changed
// while the page did not (a fragment removed from the target, a file added, a path outside the site).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks, type CheckOptions } from '../../src/check/index.js';
import { lines, page, writeSite } from './helpers.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

function site(files: Record<string, string>): { root: string; out: string; cache: string } {
  const root = writeSite({ 'out/.keep': '', ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`out/${k}`, v])) });
  dirs.push(root);
  return { root, out: path.join(root, 'out'), cache: path.join(root, 'cache') };
}

const run = (s: { out: string; cache: string }, options: Partial<CheckOptions> = {}, cache = true) =>
  runChecks(s.out, { validateHtml: false, disableExternal: true, cacheDir: cache ? s.cache : null, ...options });

/** Rewrites a page (new mtime and size, so the cache must look at it again). */
function edit(s: { out: string }, rel: string, text: string): void {
  fs.writeFileSync(path.join(s.out, rel), text);
}

const FILES = {
  'index.html': page('<a href="b.html#part">b</a>\n<img src="logo.png" alt="logo">\n<a href="https://example.org/x">x</a>\n<a href="../up.html">up</a>\n<img src="../up.png" alt="up">'),
  'logo.png': '',
  'b.html': page('<h2 id="part">Part</h2>\n<a href="missing.html">missing</a>\n<img src="/gone.png">'),
};

describe('page cache', () => {
  it('a warm run takes every page from the cache and reports what a cold run reports', async () => {
    const s = site(FILES);
    const cold = await run(s, {}, false);
    const first = await run(s);
    const warm = await run(s);
    expect(first.summary.pagesFromCache).toBe(0);
    expect(warm.summary.pagesFromCache).toBe(2);
    expect(lines(warm)).toEqual(lines(cold));
    expect(warm.failures).toEqual(cold.failures);
    expect(warm.summary.internalLinks).toBe(cold.summary.internalLinks);
    expect(warm.summary.externalLinks).toBe(cold.summary.externalLinks);
    expect(lines(cold)).toEqual([
      "b.html:7 [Links > Internal] internally linking to missing.html, which does not exist",
      'b.html:8 [Images] internal image /gone.png does not exist',
      'b.html:8 [Images] image /gone.png does not have an alt attribute',
      'index.html:9 [Links > Internal] internally linking to ../up.html, which does not exist',
      'index.html:10 [Images] internal image ../up.png does not exist',
    ]);
  });

  it('re-checks a changed page only', async () => {
    const s = site(FILES);
    await run(s);
    edit(s, 'b.html', page('<h2 id="part">Part</h2>\n<a href="index.html">ok</a>'));
    const warm = await run(s);
    expect(warm.summary.pagesFromCache).toBe(1);
    expect(lines(warm)).toEqual([
      'index.html:9 [Links > Internal] internally linking to ../up.html, which does not exist',
      'index.html:10 [Images] internal image ../up.png does not exist',
    ]);
  });

  it('an unchanged page sees a fragment removed from the page it links to', async () => {
    const s = site(FILES);
    await run(s);
    edit(s, 'b.html', page('<h2 id="other">Part</h2>'));
    const warm = await run(s);
    expect(warm.summary.pagesFromCache).toBe(1);
    expect(lines(warm)).toContain("index.html:6 [Links > Internal] internally linking to b.html#part; the file exists, but the hash 'part' does not");
  });

  it('a file added to the site (an image a page uses) starts a fresh cache', async () => {
    const s = site(FILES);
    await run(s);
    fs.writeFileSync(path.join(s.out, 'gone.png'), '');
    const warm = await run(s);
    expect(warm.summary.pagesFromCache).toBe(0);
    expect(lines(warm)).not.toContain('b.html:8 [Images] internal image /gone.png does not exist');
  });

  it('a path outside the site a page looked at is looked at again', async () => {
    const s = site(FILES);
    await run(s);
    // Internal links are resolved afresh on every run; an image outside the site is a per-page check.
    fs.writeFileSync(path.join(s.root, 'up.html'), page(''));
    fs.writeFileSync(path.join(s.root, 'up.png'), '');
    const warm = await run(s);
    expect(warm.summary.pagesFromCache).toBe(1);
    expect(lines(warm).filter((l) => l.startsWith('index.html'))).toEqual([]);
  });

  it('other options start a fresh cache', async () => {
    const s = site(FILES);
    await run(s);
    const warm = await run(s, { ignoreMissingAlt: true });
    expect(warm.summary.pagesFromCache).toBe(0);
    expect(lines(warm)).not.toContain('b.html:8 [Images] image /gone.png does not have an alt attribute');
  });

  it('with html-validate: a warm run answers both from their caches and reports the same', async () => {
    const s = site({ ...FILES, 'c.html': page('<div><span>x</div>') });
    const cold = await run(s, { validateHtml: true });
    const warm = await run(s, { validateHtml: true });
    expect(cold.failures.some((f) => f.check.startsWith('html-validate') && f.file === 'c.html')).toBe(true);
    expect(warm.failures).toEqual(cold.failures);
    expect(warm.summary.pagesFromCache).toBe(3);
    expect(warm.summary.htmlFromCache).toBe(3);
    edit(s, 'c.html', page('<div><span>x</span></div>'));
    const fixed = await run(s, { validateHtml: true });
    expect(fixed.summary.htmlFromCache).toBe(2);
    expect(fixed.failures.some((f) => f.check.startsWith('html-validate') && f.file === 'c.html')).toBe(false);
  }, 30_000);

  it('same content with a new modification time is still a hit (compared by hash)', async () => {
    const s = site(FILES);
    await run(s);
    const file = path.join(s.out, 'b.html');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    const warm = await run(s);
    expect(warm.summary.pagesFromCache).toBe(2);
  });
});
