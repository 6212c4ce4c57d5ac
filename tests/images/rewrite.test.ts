// The <picture> rewrite: which <img> it touches (relative, root-relative, absolute, baseurl), what it
// adds, and that every other byte of the page stays identical.
import { describe, expect, it } from 'vitest';
import { rewriteImages, type ProcessedImage, type RewriteOptions } from '../../src/images/rewrite.js';
import { normaliseBaseurl, resolveImageSrc, variantPath, variantUrl } from '../../src/images/url.js';

const logo: ProcessedImage = {
  width: 960,
  height: 503,
  variants: [
    { format: 'avif', widths: [480, 960] },
    { format: 'webp', widths: [480, 960] },
  ],
};

const options = (extra: Partial<RewriteOptions> = {}): RewriteOptions => ({
  baseurl: '',
  sizes: '100vw',
  lookup: (rel) => (rel.startsWith('public/community-users/') ? logo : undefined),
  ...extra,
});

const PICTURE_X =
  '<picture><source type="image/avif" srcset="../public/community-users/x-480.avif 480w, ../public/community-users/x-960.avif 960w" sizes="100vw" />' +
  '<source type="image/webp" srcset="../public/community-users/x-480.webp 480w, ../public/community-users/x-960.webp 960w" sizes="100vw" />';

describe('rewriteImages', () => {
  it('wraps a relative <img> in a <picture>, keeping its attributes and adding size, lazy and async', () => {
    const html = '<p><img src="/logo.svg" alt="first"></p>\n<div class="card"><img src="../public/community-users/x.jpg" class="card-img-top" alt="Interface web X" /></div>';
    const out = rewriteImages(html, 'community.html', options());
    expect(out).toBe(
      '<p><img src="/logo.svg" alt="first"></p>\n<div class="card">' +
        PICTURE_X +
        '<img src="../public/community-users/x.jpg" class="card-img-top" alt="Interface web X" width="960" height="503" loading="lazy" decoding="async" /></picture></div>',
    );
  });

  it('does not make the first image of the page lazy', () => {
    const out = rewriteImages('<img src="/public/community-users/a.jpg" alt=a><img src="/public/community-users/b.jpg" alt=b>', 'index.html', options());
    expect(out).toContain('<img src="/public/community-users/a.jpg" alt=a width="960" height="503"></picture>');
    expect(out).toContain('<img src="/public/community-users/b.jpg" alt=b width="960" height="503" loading="lazy" decoding="async"></picture>');
  });

  it('leaves a page without processed images byte-identical', () => {
    const pages = [
      '<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>No images at all &amp; entities &nbsp; kept</p></body></html>\n',
      '<body><img src="/other/x.jpg"   alt="outside include" ><IMG SRC="https://elsewhere.example/public/community-users/x.jpg"></body>',
      '<body><!-- <img src="/public/community-users/x.jpg"> --><script>var s = "<img src=\'/public/community-users/x.jpg\'>";</script></body>',
    ];
    for (const page of pages) expect(rewriteImages(page, 'index.html', options())).toBe(page);
  });

  it('changes only the processed <img> tags, byte for byte elsewhere', () => {
    const before = '<html>\r\n<head><meta charset=utf-8></head>\n<body>\n  <p class=a>Text &eacute; <b>bold</b></p>\n  ';
    const between = '\n  <img src="/public/other.png" alt="">\n  <pre>  spaces   kept  </pre>\n  ';
    const after = '\n</body>\n</html>';
    const html = `${before}<img src="/public/community-users/a.jpg">${between}<img src='/public/community-users/b.jpg' alt='b'>${after}`;
    const out = rewriteImages(html, 'index.html', options());
    expect(out.startsWith(before + '<picture>')).toBe(true);
    expect(out.endsWith(`</picture>${after}`)).toBe(true);
    expect(out).toContain(`</picture>${between}<picture>`);
    expect(out).toContain(`<img src='/public/community-users/b.jpg' alt='b' width="960" height="503" loading="lazy" decoding="async"></picture>`);
  });

  it('resolves root-relative, absolute and baseurl URLs', () => {
    const o = options({ baseurl: '/docs', siteUrl: 'https://www.example.org' });
    const html = [
      '<img src="/docs/public/community-users/a.jpg">',
      '<img src="https://www.example.org/docs/public/community-users/b.jpg">',
      '<img src="//www.example.org/docs/public/community-users/c.jpg">',
      '<img src="public/community-users/d.jpg">',
      '<img src="/public/community-users/outside-baseurl.jpg">',
      '<img src="https://other.example/docs/public/community-users/e.jpg">',
    ].join('\n');
    const out = rewriteImages(html, 'index.html', o);
    expect(out.match(/<picture>/g)).toHaveLength(4);
    expect(out).toContain('srcset="/docs/public/community-users/a-480.avif 480w, /docs/public/community-users/a-960.avif 960w"');
    expect(out).toContain('srcset="https://www.example.org/docs/public/community-users/b-480.webp 480w');
    expect(out).toContain('srcset="//www.example.org/docs/public/community-users/c-480.avif 480w');
    expect(out).toContain('srcset="public/community-users/d-480.avif 480w');
    expect(out).toContain('\n<img src="/public/community-users/outside-baseurl.jpg">\n');
    expect(out).toContain('\n<img src="https://other.example/docs/public/community-users/e.jpg">');
  });

  it('resolves relative URLs from nested pages', () => {
    const out = rewriteImages('<img src="../../public/community-users/x.jpg">', 'fr/a/index.html', options());
    expect(out).toContain('srcset="../../public/community-users/x-480.avif 480w');
    expect(rewriteImages('<img src="../public/x.jpg">', 'fr/a/index.html', options())).toBe('<img src="../public/x.jpg">');
  });

  it('leaves author-managed images alone: inside <picture>, with srcset, without src', () => {
    const pages = [
      '<picture><source srcset="/a.webp"><img src="/public/community-users/x.jpg"></picture>',
      '<img src="/public/community-users/x.jpg" srcset="/public/community-users/x.jpg 1x">',
      '<img data-src="/public/community-users/x.jpg">',
    ];
    for (const page of pages) expect(rewriteImages(page, 'index.html', options())).toBe(page);
  });

  it('keeps width, height, loading and decoding the author set, and uses their sizes', () => {
    const out = rewriteImages(
      '<img src="/logo.svg"><img src="/public/community-users/x.jpg" width="300" loading="eager" decoding="sync" sizes="300px">',
      'index.html',
      options(),
    );
    expect(out).toContain('sizes="300px"');
    expect(out).toContain('<img src="/public/community-users/x.jpg" width="300" loading="eager" decoding="sync" sizes="300px"></picture>');
  });

  it('keeps query strings off the variant URLs and escapes them in attributes', () => {
    const out = rewriteImages('<img src="/public/community-users/my%20logo.jpg?v=1&amp;x=2">', 'index.html', options());
    expect(out).toContain('srcset="/public/community-users/my%20logo-480.avif 480w');
    expect(out).toContain('<img src="/public/community-users/my%20logo.jpg?v=1&amp;x=2" width="960"');
  });
});

describe('urls', () => {
  it('normalises baseurl', () => {
    expect(['', '/', null, 'docs', '/docs/', '/docs'].map(normaliseBaseurl)).toEqual(['', '', '', '/docs', '/docs', '/docs']);
  });

  it('resolves like a browser does', () => {
    const ctx = { pagePath: 'community.html', baseurl: '' };
    expect(resolveImageSrc('../public/community-users/x.jpg', ctx)).toBe('public/community-users/x.jpg');
    expect(resolveImageSrc('/public/a%20b.jpg', ctx)).toBe('public/a b.jpg');
    expect(resolveImageSrc('data:image/png;base64,AAAA', ctx)).toBeUndefined();
    expect(resolveImageSrc('https://example.org/x.jpg', ctx)).toBeUndefined();
  });

  it('names variants', () => {
    expect(variantPath('public/x/logo.jpg', 480, 'avif')).toBe('public/x/logo-480.avif');
    expect(variantPath('logo.v2.png', 960, 'webp')).toBe('logo.v2-960.webp');
    expect(variantUrl('../a/b c.jpg#frag', 480, 'webp')).toBe('../a/b%20c-480.webp');
  });
});
