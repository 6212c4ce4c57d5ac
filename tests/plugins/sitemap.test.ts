// jekyll-sitemap writes a static file's mtime as its <lastmod>. A git checkout sets the fixture's
// mtimes, so tests/site/fixtures.test.ts lists sitemap.xml as a known difference; here the
// fixture is copied with the mtimes it had when its golden was made by Jekyll, and the sitemap
// must come out byte for byte.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fixture = path.resolve(__dirname, '../fixtures/sites/plugin-sitemap');
const builder = path.resolve(__dirname, '../site/build-fixture.ts');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-sitemap-'));
/** The mtime every source file had when `npm run goldens` built the golden. */
const PINNED = new Date('2024-01-10T12:00:00Z');

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function copyPinned(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.name === '_expected') continue;
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyPinned(a, b);
    else {
      fs.copyFileSync(a, b);
      fs.utimesSync(b, PINNED, PINNED);
    }
  }
}

describe('jekyll-sitemap', () => {
  it('lists static files with their mtime as lastmod, as Jekyll does', () => {
    const source = path.join(scratch, 'src');
    const out = path.join(scratch, 'out');
    copyPinned(fixture, source);
    const run = spawnSync(process.execPath, ['--import', 'tsx', builder, source, out, path.join(scratch, 'cache')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const expected = fs.readFileSync(path.join(fixture, '_expected/sitemap.xml'), 'utf8');
    const actual = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    expect(actual).toBe(expected);
    // The static files that count: .pdf and .html ones, not sitemap: false (defaults) nor 404.html.
    expect(actual).toContain('/base/docs/manual.pdf</loc>\n<lastmod>2024-01-10T21:00:00+09:00</lastmod>');
    expect(actual).not.toContain('private.pdf');
    expect(actual).not.toContain('docs/404.html');
  });
});
