// html-proofer 5's Images, Scripts, Favicon and OpenGraph checks.
import { describe, expect, it } from 'vitest';
import { check, lines, page } from './helpers.js';

describe('Images', () => {
  it('reports missing images, missing src, srcset candidates, alt missing vs empty', async () => {
    const files = {
      'index.html': page('<img src="ok.png" alt="ok">\n<img src="gone.png" alt="x">\n<img alt="none">\n<img src="ok.png">\n<img src="ok.png" alt="">\n<img srcset="ok.png 1x, gone2x.png 2x" alt="s">\n<img src="ok.png" aria-hidden="true">\n<img src="data:image/png;base64,AAAA" alt="d">'),
      'ok.png': 'png',
    };
    expect(lines(await check(files))).toEqual([
      'index.html:7 [Images] internal image gone.png does not exist',
      'index.html:8 [Images] image has no src or srcset attribute',
      'index.html:9 [Images] image ok.png does not have an alt attribute',
      'index.html:11 [Images] internal image gone2x.png does not exist',
    ]);
    const strict = await check(files, { ignoreEmptyAlt: false, ignoreMissingAlt: true });
    expect(lines(strict)).toContain('index.html:10 [Images] image ok.png has an alt attribute, but no content');
    expect(lines(strict).some((l) => l.includes('does not have an alt'))).toBe(false);
  });

  it('reports http images when HTTPS is enforced, and terrible screenshot names', async () => {
    const r = await check({ 'index.html': page('<img src="http://example.org/a.png" alt="a">\n<img src="Screen Shot 2020-01-01 at 10.11.12.png" alt="b">') });
    expect(lines(r)).toEqual([
      'index.html:6 [Images] image http://example.org/a.png uses the http scheme',
      'index.html:7 [Images] image has a terrible filename (Screen Shot 2020-01-01 at 10.11.12.png)',
      'index.html:7 [Images] internal image Screen Shot 2020-01-01 at 10.11.12.png does not exist',
    ]);
  });
});

describe('Scripts', () => {
  it('checks empty scripts: src must exist; inline scripts are skipped', async () => {
    const r = await check({ 'index.html': page('<script src="/app.js"></script>\n<script src="/gone.js"></script>\n<script></script>\n<script>var x = 1;</script>'), 'app.js': '' });
    expect(lines(r)).toEqual([
      'index.html:7 [Scripts] internal script reference /gone.js does not exist',
      'index.html:8 [Scripts] script is empty and has no src attribute',
    ]);
  });
});

describe('Favicon and OpenGraph (when asked with --checks)', () => {
  it('reports a missing favicon and open graph problems', async () => {
    const files = {
      'a.html': page('x', '<link rel="shortcut icon" href="/favicon.ico">'),
      'b.html': page('x'),
      'c.html': page('x', '<link rel="icon" href="/gone.ico">'),
      'd.html': page('x', '<meta property="og:image" content="/og.png"><meta property="og:url" content="">'),
      'favicon.ico': '',
    };
    const r = await check(files, { checks: ['Favicon', 'OpenGraph'] });
    expect(lines(r)).toEqual([
      'b.html:- [Favicon] no favicon provided',
      'c.html:3 [Favicon] internal favicon /gone.ico does not exist',
      'd.html:- [Favicon] no favicon provided',
      'd.html:3 [OpenGraph] internal open graph /og.png does not exist',
      'd.html:3 [OpenGraph] open graph content attribute is empty',
    ]);
  });
});
