// jekyll-avatar 0.8.0 (expected values from the gem under Jekyll 4.3.1; the whole-site cases are the
// plugin-avatar and plugin-avatar-host fixtures).
import { describe, expect, it } from 'vitest';
import { crc32, renderAvatar } from '../../src/plugins/avatar.js';
import { build } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from '../site/helpers.js';

describe('jekyll-avatar', () => {
  it('picks the avatars server from Zlib.crc32 of the 1x path', () => {
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
    expect(crc32('hubot?v=3&s=40') % 4).toBe(3);
    expect(crc32('hubot?v=3&s=48') % 4).toBe(1);
  });

  it('writes the gem markup: classes by size, srcset 1x-4x, lazy data-src', () => {
    expect(renderAvatar({ raw: 'hubot size=47', rendered: 'hubot size=47' })).toBe(
      '<img class="avatar avatar-small" alt="hubot" width="47" height="47" data-proofer-ignore="true" src="https://avatars0.githubusercontent.com/hubot?v=3&s=47" srcset="https://avatars0.githubusercontent.com/hubot?v=3&s=47 1x, https://avatars0.githubusercontent.com/hubot?v=3&s=94 2x, https://avatars0.githubusercontent.com/hubot?v=3&s=141 3x, https://avatars0.githubusercontent.com/hubot?v=3&s=188 4x" />',
    );
    const lazy = renderAvatar({ raw: '@hubot size=24 lazy=true', rendered: '@hubot size=24 lazy=true' });
    expect(lazy).toContain('class="avatar avatar-small" alt="hubot" width="24" height="24" data-proofer-ignore="true" src="" data-src="https://avatars0.githubusercontent.com/hubot?v=3&s=24" data-srcset=');
    expect(renderAvatar({ raw: 'x size=48', rendered: 'x size=48' })).toMatch(/^<img class="avatar" /);
  });

  it('size= is read from the text as written; the user from the rendered text', () => {
    // {% avatar {{ u }} size={{ n }} %}: the size stays the default, as in the gem.
    expect(renderAvatar({ raw: '{{ u }} size={{ n }}', rendered: 'benbalter size=42' })).toContain('width="40"');
  });

  it('joins a PAGES_AVATARS_URL host like Addressable (a slash added to its path)', () => {
    expect(renderAvatar({ raw: 'hubot', rendered: 'hubot', customHost: 'http://localhost:3000' })).toContain('src="http://localhost:3000/hubot?v=3&s=40"');
    expect(renderAvatar({ raw: 'hubot', rendered: 'hubot', customHost: 'http://a.example/base/' })).toContain('srcset="http://a.example/base/hubot?v=3&s=40 1x, http://a.example/base/hubot?v=3&s=80 2x');
  });

  it('is a tag only when the plugin is loaded; user= looks the variable up', async () => {
    const site = makeSite({
      '_config.yml': 'plugins: [jekyll-avatar]\n',
      'index.html': '---\nwho: mojombo\n---\n{% avatar user=page.who size=64 %}',
    });
    try {
      await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
      expect(readOut(site.destination, 'index.html')).toBe(
        '<img class="avatar" alt="mojombo" width="64" height="64" data-proofer-ignore="true" src="https://avatars2.githubusercontent.com/mojombo?v=3&s=64" srcset="https://avatars2.githubusercontent.com/mojombo?v=3&s=64 1x, https://avatars2.githubusercontent.com/mojombo?v=3&s=128 2x, https://avatars2.githubusercontent.com/mojombo?v=3&s=192 3x, https://avatars2.githubusercontent.com/mojombo?v=3&s=256 4x" />',
      );
    } finally {
      site.cleanup();
    }
  });
});
