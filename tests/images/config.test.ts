// `kiln.images` settings: off by default, defaults filled in, bad values rejected; include globs.
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY, imageConfigFromSite, resolveImageConfig } from '../../src/images/config.js';
import { globToRegExp } from '../../src/images/glob.js';
import { KilnError } from '../../src/util/errors.js';

describe('kiln.images', () => {
  it('is off unless configured', () => {
    expect(imageConfigFromSite({})).toBeNull();
    expect(imageConfigFromSite({ kiln: {} })).toBeNull();
    expect(imageConfigFromSite({ kiln: { images: false } })).toBeNull();
    expect(imageConfigFromSite({ kiln: { images: { enabled: false, include: ['x/**'] } } })).toBeNull();
  });

  it('fills in defaults', () => {
    const c = imageConfigFromSite({ kiln: { images: { include: ['public/community-users/**'] } } })!;
    expect(c.widths).toEqual([480, 960]);
    expect(c.formats).toEqual(['avif', 'webp']);
    expect(c.quality).toEqual(DEFAULT_QUALITY);
    expect(c.picture).toBe(true);
    expect(c.sizes).toBe('100vw');
    // The measured defaults (bench/results/images-tiles.md): WebP floor 25 with the worst-tile guard, AVIF effort 2.
    expect(DEFAULT_QUALITY.webp).toBe(25);
    expect(c.minSsim).toBe(0.95);
    expect(c.minTileSsim).toBe(0.88);
    expect(c.effort).toEqual({ avif: 2, webp: 4 });
    expect(resolveImageConfig({ min_tile_ssim: 0 })!.minTileSsim).toBe(0);
    expect(c.matches('public/community-users/a.jpg')).toBe(true);
    expect(c.matches('public/other/a.jpg')).toBe(false);
  });

  it('sorts widths, merges quality, accepts jpg for jpeg', () => {
    const c = resolveImageConfig({ widths: [960, 320, 960], formats: ['webp', 'jpg'], quality: { webp: 60 } })!;
    expect(c.widths).toEqual([320, 960]);
    expect(c.formats).toEqual(['webp', 'jpeg']);
    expect(c.quality).toEqual({ ...DEFAULT_QUALITY, webp: 60 });
  });

  it.each([
    [{ widths: [] }, /at least one width/],
    [{ widths: ['big'] }, /integer widths/],
    [{ formats: ['bmp'] }, /formats has "bmp"/],
    [{ quality: { webp: 0 } }, /quality.webp should be an integer from 1 to 100/],
    [{ quality: { tiff: 50 } }, /unknown format "tiff"/],
    [{ include: [3] }, /include should be a list/],
    ['yes', /kiln.images should be a mapping/],
  ])('rejects %j', (raw, message) => {
    expect(() => resolveImageConfig(raw)).toThrow(KilnError);
    expect(() => resolveImageConfig(raw)).toThrow(message);
  });
});

describe('globToRegExp', () => {
  const m = (glob: string, p: string) => globToRegExp(glob).test(p);
  it('matches like the usual globs', () => {
    expect(m('public/community-users/**', 'public/community-users/a.jpg')).toBe(true);
    expect(m('public/community-users/**', 'public/community-users/x/y.png')).toBe(true);
    expect(m('public/community-users/**', 'public/community-users-old/a.jpg')).toBe(false);
    expect(m('**/*.{jpg,png}', 'a.jpg')).toBe(true);
    expect(m('**/*.{jpg,png}', 'x/y/a.PNG')).toBe(true);
    expect(m('**/*.{jpg,png}', 'x/y/a.gif')).toBe(false);
    expect(m('img/*.jpg', 'img/a.jpg')).toBe(true);
    expect(m('img/*.jpg', 'img/sub/a.jpg')).toBe(false);
    expect(m('img/?.jpg', 'img/a.jpg')).toBe(true);
    expect(m('img/[ab].jpg', 'img/b.jpg')).toBe(true);
    expect(m('img/[!ab].jpg', 'img/b.jpg')).toBe(false);
    expect(m('public/logos', 'public/logos/a.jpg')).toBe(true);
    expect(m('/public/logos/', 'public/logos/a.jpg')).toBe(true);
    expect(m('public/logos', 'public/logos2/a.jpg')).toBe(false);
  });
});
