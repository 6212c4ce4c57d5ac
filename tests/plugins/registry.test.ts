// Which plugins a site loads, as Jekyll 4.3's PluginManager decides (plugin_manager.rb).
import { describe, expect, it } from 'vitest';
import { activePlugins, requestedPlugins } from '../../src/plugins/index.js';

describe('plugin registry', () => {
  it('loads the plugins: list; Jekyll 4 ignores the legacy gems: key', () => {
    expect(requestedPlugins({ plugins: ['jekyll-feed', 'jekyll-seo-tag'], gems: ['jekyll-sitemap'] })).toEqual(['jekyll-feed', 'jekyll-seo-tag']);
    expect(requestedPlugins({ gems: ['jekyll-sitemap'] })).toEqual([]);
  });

  it('under --safe keeps only whitelisted plugins (a single name counts as a list)', () => {
    const config = { safe: true, plugins: ['jekyll-feed', 'jekyll-sitemap'], whitelist: ['jekyll-sitemap'] };
    expect(requestedPlugins(config)).toEqual(['jekyll-sitemap']);
    expect(requestedPlugins({ ...config, whitelist: 'jekyll-feed' })).toEqual(['jekyll-feed']);
    expect(requestedPlugins({ ...config, whitelist: [] })).toEqual([]);
  });

  it('orders generators by priority, then as listed (redirects before the :lowest ones)', () => {
    const names = activePlugins({ plugins: ['jekyll-paginate', 'jekyll-sitemap', 'jekyll-redirect-from', 'jekyll-feed', 'unknown-gem'] }).map((p) => p.name);
    expect(names).toEqual(['jekyll-redirect-from', 'jekyll-paginate', 'jekyll-sitemap', 'jekyll-feed']);
  });
});

describe('plugins kiln has no equivalent for', () => {
  it('are named in a build warning (Jekyll itself would fail to load a missing gem)', async () => {
    const { makeSite } = await import('../site/helpers.js');
    const { build } = await import('../../src/site/build.js');
    const { memoryLogger } = await import('../../src/util/log.js');
    const site = makeSite({ '_config.yml': 'plugins: [jemoji, jekyll-feed, jekyll-sass-converter, jekyll-spaceship]\n', 'index.html': '---\n---\nhi' });
    try {
      const result = await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
      expect(result.warnings.filter((w) => w.startsWith('kiln: no equivalent'))).toEqual([
        'kiln: no equivalent for the plugins jemoji, jekyll-spaceship: what they add (pages, tags, filters) is missing from this build.',
      ]);
    } finally {
      site.cleanup();
    }
  });
});
