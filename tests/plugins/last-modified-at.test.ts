// jekyll-last-modified-at 1.3.0. The expected strings are what Jekyll 4.3.1 with the gem printed
// for these same sites (files with a fixed mtime; a git repository with fixed committer dates);
// the whole-site case with Jekyll's committed output is the plugin-last-modified-at fixture.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createBuilder } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from '../site/helpers.js';

const FILES = {
  '_config.yml': "timezone: UTC\nurl: https://example.com\nplugins: [jekyll-last-modified-at, jekyll-sitemap]\nlast-modified-at:\n  date-format: '%Y-%m-%d %H:%M'\n",
  'index.html':
    '---\nlast_modified_at: 2000-01-01\n---\n[{{ page.last_modified_at }}] [{% last_modified_at %}] [{% last_modified_at %d %b %Y %}] [{{ page.last_modified_at | date_to_xmlschema }}]\n{% for p in site.posts %}{{ p.title }} {{ p.last_modified_at }} {% last_modified_at %}\n{% endfor %}\n',
  '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nA {{ page.last_modified_at }} {% last_modified_at %y %}',
  'other.md': '---\n---\nOther {% last_modified_at %d %b %Y %} {% last_modified_at %}',
};
const MTIME = new Date('2021-03-04T05:06:07Z');

function touchAll(source: string): void {
  for (const rel of ['index.html', '_posts/2020-01-01-a.md', 'other.md']) fs.utimesSync(path.join(source, rel), MTIME, MTIME);
}

describe('jekyll-last-modified-at', () => {
  it('outside git: the file mtime, as a Time; the tag prints the first format used for a path', async () => {
    const site = makeSite(FILES);
    try {
      touchAll(site.source);
      await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
      expect(readOut(site.destination, 'index.html')).toBe(
        '[2021-03-04 05:06:07 +0000] [2021-03-04 05:06] [2021-03-04 05:06] [2021-03-04T05:06:07+00:00]\nA 2021-03-04 05:06:07 +0000 2021-03-04 05:06\n\n',
      );
      expect(readOut(site.destination, '2020/01/01/a.html')).toBe('<p>A 2021-03-04 05:06:07 +0000 21</p>\n');
      expect(readOut(site.destination, 'other.html')).toBe('<p>Other 04 Mar 2021 04 Mar 2021</p>\n');
      expect(readOut(site.destination, 'sitemap.xml')).toContain('<loc>https://example.com/other.html</loc>\n<lastmod>2021-03-04T05:06:07+00:00</lastmod>');
    } finally {
      site.cleanup();
    }
  });

  it('in a git work tree: the last commit time of committed files, the mtime of the others', async () => {
    const site = makeSite(FILES);
    const repo = path.dirname(site.source);
    const git = (args: string[], date?: string) => {
      const run = spawnSync('git', ['-c', 'user.email=k@example.com', '-c', 'user.name=kiln', ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_DIR: undefined, GIT_WORK_TREE: undefined, ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: '2019-01-01T00:00:00Z' } : {}) },
      });
      expect(run.status, run.stderr).toBe(0);
    };
    try {
      git(['init', '-q']);
      git(['add', 'src/_config.yml', 'src/index.html']);
      git(['commit', '-q', '-m', 'one'], '2022-05-06T07:08:09Z');
      git(['add', 'src/_posts']);
      git(['commit', '-q', '-m', 'two'], '2023-01-02T03:04:05Z');
      touchAll(site.source);
      await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
      expect(readOut(site.destination, 'index.html')).toBe(
        '[2022-05-06 07:08:09 +0000] [2022-05-06 07:08] [2022-05-06 07:08] [2022-05-06T07:08:09+00:00]\nA 2023-01-02 03:04:05 +0000 2022-05-06 07:08\n\n',
      );
      expect(readOut(site.destination, 'other.html')).toBe('<p>Other 04 Mar 2021 04 Mar 2021</p>\n');
    } finally {
      site.cleanup();
    }
  });

  it('under kiln serve, an edited post shows its new date where it is listed', async () => {
    const site = makeSite({
      '_config.yml': 'timezone: UTC\nplugins: [jekyll-last-modified-at]\n',
      'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }} {{ p.last_modified_at }}\n{% endfor %}',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nA',
    });
    const post = path.join(site.source, '_posts/2020-01-01-a.md');
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    try {
      fs.utimesSync(post, MTIME, MTIME);
      await builder.build();
      expect(readOut(site.destination, 'index.html')).toBe('A 2021-03-04 05:06:07 +0000\n');
      fs.writeFileSync(post, '---\ntitle: A\n---\nA edited');
      const later = new Date('2022-02-02T00:00:00Z');
      fs.utimesSync(post, later, later);
      const result = await builder.rebuild([post]);
      expect(result.rendered).toEqual(['_posts/2020-01-01-a.md', 'index.html']);
      expect(readOut(site.destination, 'index.html')).toBe('A 2022-02-02 00:00:00 +0000\n');
    } finally {
      builder.close();
      site.cleanup();
    }
  });
});
