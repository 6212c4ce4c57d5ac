// jekyll-gist 1.5.0 offline (the whole-site cases with Jekyll's output are the plugin-gist and
// plugin-gist-noscript fixtures, made with every connection failing as a failed DNS lookup).
import { describe, expect, it } from 'vitest';
import { gistArguments, gistScriptTag } from '../../src/plugins/gist.js';
import { build } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from '../site/helpers.js';

describe('jekyll-gist', () => {
  it('splits the markup as the gem regex does', () => {
    expect(gistArguments('user/1234567')).toEqual(['user/1234567', '']);
    expect(gistArguments('28949e1d5ee2273f9fd3 best.md')).toEqual(['28949e1d5ee2273f9fd3', 'best.md']);
    // With a slash, anything goes into the id.
    expect(gistArguments('user/with space/in it.md')).toEqual(['user/with space/in it.md', '']);
    expect(gistArguments('a b c')).toBeUndefined();
  });

  it('writes the script tag, with ?file= when a file is named', () => {
    expect(gistScriptTag('parkr/c08ee0f2726fd0e3909d', 'test.md')).toBe('<script src="https://gist.github.com/parkr/c08ee0f2726fd0e3909d.js?file=test.md"> </script>');
  });

  async function run(config: string, body: string): Promise<{ html: string; warnings: string[] }> {
    const site = makeSite({ '_config.yml': config, 'index.html': `---\n---\n${body}` });
    try {
      const result = await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
      return { html: readOut(site.destination, 'index.html'), warnings: result.warnings };
    } finally {
      site.cleanup();
    }
  }

  it('offline: the failed fetch warns, and its logger value (true) precedes the script', async () => {
    const { html, warnings } = await run('plugins: [jekyll-gist]\n', '{% gist 1234567 %}');
    expect(html).toBe('true<script src="https://gist.github.com/1234567.js"> </script>');
    expect(warnings.some((w) => w.startsWith('The <noscript> tag for your gist 1234567 could not be generated.'))).toBe(true);
  });

  it('noscript: false leaves the script alone, without a warning', async () => {
    const { html, warnings } = await run('plugins: [jekyll-gist]\ngist:\n  noscript: false\n', '{% gist 1234567 a.rb %}');
    expect(html).toBe('<script src="https://gist.github.com/1234567.js?file=a.rb"> </script>');
    expect(warnings.filter((w) => w.includes('noscript'))).toEqual([]);
  });

  it('invalid markup and ids URI() rejects fail the build as in the gem', async () => {
    await expect(run('plugins: [jekyll-gist]\n', '{% gist a b c %}')).rejects.toThrow(/Syntax error in tag 'gist'/);
    await expect(run('plugins: [jekyll-gist]\n', '{% gist user/with space/in it.md %}')).rejects.toThrow(/uninitialized constant Jekyll::Gist::GistTag::TimeoutError/);
  });
});
