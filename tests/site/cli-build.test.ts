// `kiln build` through the CLI entry: Jekyll's flags reach the build, usage errors exit 2, build
// errors exit 1 with `file:line message`.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeSite, readOut } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

function capture(): { err: () => string } {
  let err = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  return { err: () => err };
}

describe('kiln build', () => {
  it('builds with --future, --drafts, --baseurl and a second --config file', async () => {
    const site = makeSite({
      '_config.yml': 'title: One\ntimezone: UTC\ntime: 2024-01-01 00:00:00\n',
      'extra.yml': 'title: Two\n',
      '_posts/2030-01-01-later.md': '---\n---\nlater',
      '_drafts/draft.md': '---\ndate: 2023-05-05\n---\ndraft',
      'index.html': '---\n---\n{{ site.title }} {{ site.baseurl }} {% for p in site.posts %}{{ p.url }} {% endfor %}',
    });
    cleanups.push(site.cleanup);
    capture();
    const code = await main(['build', '-s', site.source, '-d', site.destination, '--future', '--drafts', '--baseurl', '/b', '--config', `${path.join(site.source, '_config.yml')},${path.join(site.source, 'extra.yml')}`, '-q']);
    expect(code).toBe(0);
    expect(readOut(site.destination, 'index.html')).toBe('Two /b /2030/01/01/later.html /2023/05/05/draft.html ');
  });

  it('without -s, takes the source from the working directory\'s config (`source: src`) and writes <cwd>/_site, as Jekyll does', async () => {
    // Jekyll 4.3.1 run in such a folder writes _site/index.html = "<main>Src inc 1\n</main>\n".
    const site = makeSite({
      '_config.yml': 'title: Src\nsource: src\ntime: 2024-01-01 00:00:00 +0000\n',
      'root.txt': 'not a page\n',
      'src/_layouts/default.html': '<main>{{ content }}</main>\n',
      'src/_includes/x.html': 'inc',
      'src/index.html': '---\nlayout: default\n---\n{{ site.title }} {% include x.html %} {{ site.pages | size }}\n',
    });
    cleanups.push(site.cleanup);
    const cwd = process.cwd();
    process.chdir(site.source);
    cleanups.push(() => process.chdir(cwd));
    capture();
    expect(await main(['build', '-q'])).toBe(0);
    expect(readOut(path.join(site.source, '_site'), 'index.html')).toBe('<main>Src inc 1\n</main>\n');
    expect(fs.existsSync(path.join(site.source, '_site', 'root.txt'))).toBe(false);
    expect(fs.existsSync(path.join(site.source, 'src', '_site'))).toBe(false);
  });

  it('an unknown flag is a usage error (exit 2)', async () => {
    const out = capture();
    expect(await main(['build', '--no-such-flag'])).toBe(2);
    expect(out.err()).toContain("unknown option '--no-such-flag'");
  });

  it('a build error exits 1 and names the file and line', async () => {
    const site = makeSite({ '_config.yml': 'title: [\n', 'index.html': '---\n---\nx' });
    cleanups.push(site.cleanup);
    const out = capture();
    expect(await main(['build', '-s', site.source, '-d', site.destination, '-q'])).toBe(1);
    expect(out.err()).toMatch(/_config\.yml:\d+(:\d+)? YAML syntax error/);
    expect(fs.existsSync(site.destination)).toBe(false);
  });
});
