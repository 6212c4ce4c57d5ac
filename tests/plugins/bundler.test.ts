// The Gemfile's jekyll_plugins group: Jekyll runs Bundler.require(:jekyll_plugins) when a Gemfile
// is in the working directory, so those gems load without `plugins:` and even under --safe
// (checked by hand with Debian's Jekyll 4.3.1: a Gemfile grouping jekyll-feed and jekyll-sitemap,
// no plugins in _config.yml, `jekyll build --safe` wrote feed.xml, sitemap.xml and robots.txt;
// JEKYLL_NO_BUNDLER_REQUIRE=1 turned it off).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundlerPlugins, jekyllPluginsGroup } from '../../src/plugins/bundler.js';
import { requestedPlugins } from '../../src/plugins/registry.js';
import { makeSite } from '../site/helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const GEMFILE = `source "https://rubygems.org"
# gem "jekyll-commented", group: :jekyll_plugins
gem "jekyll", "~> 4.3"
gem "minima", "~> 2.5"
gem "jekyll-redirect-from", group: :jekyll_plugins
gem "jekyll-default-layout", :group => [:development, :jekyll_plugins]
gem "jekyll-titles-from-headings", groups: [:jekyll_plugins], require: false
group :jekyll_plugins do
  gem "jekyll-feed", "~> 0.12" # the feed
  gem 'jekyll-seo-tag'
  platforms :jruby do
    gem "jekyll-sitemap"
  end
end
platforms :mingw, :x64_mingw do
  gem "tzinfo-data"
end
gem "jekyll-paginate"
`;

describe('Bundler-loaded plugins', () => {
  it('reads the jekyll_plugins group: blocks, group: options, nested blocks; require: false and comments skipped', () => {
    expect(jekyllPluginsGroup(GEMFILE)).toEqual(['jekyll-redirect-from', 'jekyll-default-layout', 'jekyll-feed', 'jekyll-seo-tag', 'jekyll-sitemap']);
  });

  it('come from the working directory\'s Gemfile (or BUNDLE_GEMFILE), load first, and ignore --safe', () => {
    const site = makeSite({ Gemfile: GEMFILE });
    cleanups.push(site.cleanup);
    const fromBundler = bundlerPlugins({}, site.source);
    expect(fromBundler).toContain('jekyll-feed');
    expect(bundlerPlugins({ JEKYLL_NO_BUNDLER_REQUIRE: '1' }, site.source)).toEqual([]);
    expect(bundlerPlugins({}, path.dirname(site.source))).toEqual([]);
    expect(bundlerPlugins({ BUNDLE_GEMFILE: path.join(site.source, 'Gemfile') }, path.dirname(site.source))).toContain('jekyll-seo-tag');
    const safe = requestedPlugins({ safe: true, plugins: ['jekyll-paginate'], whitelist: [] }, fromBundler);
    expect(safe).toEqual(['jekyll-redirect-from', 'jekyll-default-layout', 'jekyll-feed', 'jekyll-seo-tag', 'jekyll-sitemap']);
  });

  it('a build started in a site with such a Gemfile writes the feed without plugins: in _config.yml', () => {
    const site = makeSite({
      Gemfile: 'group :jekyll_plugins do\n  gem "jekyll-feed"\nend\n',
      '_config.yml': 'title: G\ntime: 2024-01-01 00:00:00 +0000\n',
      'index.html': '---\n---\nhi\n',
    });
    cleanups.push(site.cleanup);
    const builder = path.resolve(__dirname, '../site/build-fixture.ts');
    // Started in the site (Jekyll looks for the Gemfile there); tsx found from this repository.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const run = spawnSync(process.execPath, ['--import', tsx, builder, site.source, site.destination, site.cacheDir, '--safe'], {
      cwd: site.source,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(site.destination, 'feed.xml'), 'utf8')).toContain('<title type="html">G</title>');
  });
});
