// jekyll-paginate (v1.1), which Debian's Jekyll does not ship (so no golden build): the pager
// fields and paths below follow the gem's Pager and Pagination generator.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { build } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const posts = Object.fromEntries(
  [1, 2, 3, 4, 5].map((i) => [`_posts/2024-01-0${i}-post-${i}.md`, `---\ntitle: Post ${i}\n${i === 3 ? 'hidden: true\n' : ''}---\nBody ${i}\n`]),
);
const index = `---
title: Blog
---
page {{ paginator.page }}/{{ paginator.total_pages }} per {{ paginator.per_page }} total {{ paginator.total_posts }}
posts {% for p in paginator.posts %}{{ p.title }},{% endfor %}
prev {{ paginator.previous_page }} {{ paginator.previous_page_path }} next {{ paginator.next_page }} {{ paginator.next_page_path }}
url {{ page.url }} path {{ page.path }}`;

async function run(config: string, files: Record<string, string> = {}) {
  const site = makeSite({ '_config.yml': config, 'index.html': index, ...posts, ...files });
  cleanups.push(site.cleanup);
  await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
  return site.destination;
}

describe('jekyll-paginate', () => {
  it("warns as Jekyll 4.3.1 does when paginate is set but the gem is not in plugins (Jekyll 2's gems: key is not read)", async () => {
    // Jekyll 4.3.1 on such a site (leopardpan.github.io): "Deprecation: You appear to have pagination turned on, …", no pages.
    const site = makeSite({ '_config.yml': 'gems: [jekyll-paginate]\npaginate: 2\n', 'index.html': index, ...posts });
    cleanups.push(site.cleanup);
    const logger = memoryLogger();
    await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger });
    expect(logger.messages.filter((m) => m.level === 'warn').map((m) => m.message)).toEqual([
      "Deprecation: You appear to have pagination turned on, but you haven't included the `jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in your configuration file.",
    ]);
    expect(fs.existsSync(path.join(site.destination, 'page2'))).toBe(false);
    const listed = memoryLogger();
    const other = makeSite({ '_config.yml': 'plugins: [jekyll-paginate]\npaginate: 2\n', 'index.html': index, ...posts });
    cleanups.push(other.cleanup);
    await build({ source: other.source, destination: other.destination, cacheDir: other.cacheDir, logger: listed });
    expect(listed.messages.filter((m) => m.level === 'warn')).toEqual([]);
  });


  it('paginates index.html into /pageN/ with the pager fields, skipping hidden posts', async () => {
    const out = await run('plugins: [jekyll-paginate]\npaginate: 2\ntimezone: UTC\n');
    expect(readOut(out, 'index.html')).toBe('page 1/2 per 2 total 4\nposts Post 5,Post 4,\nprev   next 2 /page2\nurl / path index.html');
    expect(readOut(out, 'page2/index.html')).toBe('page 2/2 per 2 total 4\nposts Post 2,Post 1,\nprev 1 / next  \nurl /page2/ path index.html');
    expect(fs.existsSync(path.join(out, 'page3'))).toBe(false);
  });

  it('follows paginate_path into a folder and uses that folder\'s index.html', async () => {
    const out = await run('plugins: [jekyll-paginate]\npaginate: 4\npaginate_path: /blog/p:num/\ntimezone: UTC\n', { 'blog/index.html': index });
    expect(readOut(out, 'blog/index.html')).toContain('page 1/1');
    expect(readOut(out, 'index.html')).toContain('page /');
  });

  it('does nothing unless the plugin is enabled (and whitelisted under --safe)', async () => {
    const out = await run('paginate: 2\ntimezone: UTC\n');
    expect(readOut(out, 'index.html')).toContain('page /');
    expect(fs.existsSync(path.join(out, 'page2'))).toBe(false);
    const safe = await run('plugins: [jekyll-paginate]\nsafe: true\npaginate: 2\ntimezone: UTC\n');
    expect(fs.existsSync(path.join(safe, 'page2'))).toBe(false);
    const whitelisted = await run('plugins: [jekyll-paginate]\nwhitelist: [jekyll-paginate]\nsafe: true\npaginate: 2\ntimezone: UTC\n');
    expect(fs.existsSync(path.join(whitelisted, 'page2/index.html'))).toBe(true);
  });
});
