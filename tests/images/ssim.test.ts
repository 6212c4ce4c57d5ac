// SSIM (mean and worst tile), and the pipeline raising an encoder's quality until an output reaches
// kiln.images.min_ssim and min_tile_ssim, then bisecting it back down to the lowest faithful quality.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImagePipeline, resolveImageConfig } from '../../src/images/index.js';
import { greyPixels, SSIM_TILE, ssim, ssimOf, ssimReference, ssimScore, ssimScoreOf } from '../../src/images/ssim.js';
import { memoryLogger } from '../../src/util/log.js';
import sharp from 'sharp';

function pattern(w: number, h: number, f: (x: number, y: number) => number): Uint8Array {
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = Math.max(0, Math.min(255, Math.round(f(x, y))));
  return out;
}

describe('ssim', () => {
  const w = 64;
  const h = 48;
  const base = pattern(w, h, (x, y) => 128 + 100 * Math.sin(x / 3) * Math.cos(y / 5));
  it('is 1 for identical images and drops with distortion', () => {
    expect(ssim(base, base, w, h)).toBeCloseTo(1, 10);
    let seed = 1;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
    const slight = pattern(w, h, (x, y) => base[y * w + x] + 4 * rnd());
    const heavy = pattern(w, h, (x, y) => base[y * w + x] + 80 * rnd());
    const s1 = ssim(base, slight, w, h);
    const s2 = ssim(base, heavy, w, h);
    expect(s1).toBeLessThan(1);
    expect(s1).toBeGreaterThan(0.95);
    expect(s2).toBeLessThan(s1);
    expect(s2).toBeLessThan(0.8);
  });
  it('gives the same value with a prepared reference, also against a candidate one row shorter', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
    const ref = { data: Buffer.from(base), width: w, height: h };
    const prepared = ssimReference(ref);
    for (const amount of [0, 5, 40]) {
      const cand = { data: Buffer.from(pattern(w, h, (x, y) => base[y * w + x] + amount * rnd())), width: w, height: h };
      expect(prepared.compare(cand)).toBeCloseTo(ssimOf(ref, cand), 12);
      const shorter = { ...cand, height: h - 1 };
      expect(prepared.compare(shorter)).toBeCloseTo(ssim(base, cand.data, w, h - 1), 12);
    }
    expect(() => prepared.compare({ data: Buffer.alloc(10 * h), width: 10, height: h })).toThrow(/widths differ/);
  });
  it('is symmetric and insensitive to a small uniform shift in brightness', () => {
    const brighter = pattern(w, h, (x, y) => base[y * w + x] + 3);
    expect(ssim(base, brighter, w, h)).toBeCloseTo(ssim(brighter, base, w, h), 12);
    expect(ssim(base, brighter, w, h)).toBeGreaterThan(0.99);
  });
});

describe('worst tile', () => {
  const w = 320;
  const h = 192;
  const base = pattern(w, h, (x, y) => 128 + 100 * Math.sin(x / 3) * Math.cos(y / 5));
  it('drops for damage confined to one tile while the mean stays high', () => {
    // One 40 × 40 patch flattened to its mean grey: 2.6 % of the image.
    const damaged = pattern(w, h, (x, y) => (x >= 100 && x < 140 && y >= 60 && y < 100 ? 128 : base[y * w + x]));
    const s = ssimScore(base, damaged, w, h);
    expect(s.mean).toBeGreaterThan(0.95);
    expect(s.worstTile).toBeLessThan(0.8);
    expect(s.mean - s.worstTile).toBeGreaterThan(0.15);
    expect(s.mean).toBeCloseTo(ssim(base, damaged, w, h), 12);
  });
  it('equals the mean for uniform damage spread evenly, and is never above the mean', () => {
    const shifted = pattern(w, h, (x, y) => base[y * w + x] * 0.9 + 12);
    const s = ssimScore(base, shifted, w, h);
    expect(s.worstTile).toBeLessThanOrEqual(s.mean + 1e-12);
    expect(s.mean - s.worstTile).toBeLessThan(0.01);
    expect(ssimScore(base, base, w, h)).toEqual({ mean: 1, worstTile: 1 });
  });
  it('is the mean for an image smaller than a tile, and matches the prepared reference', () => {
    const sw = SSIM_TILE - 8;
    const small = pattern(sw, 40, (x, y) => base[y * w + x]);
    const noisy = pattern(sw, 40, (x, y) => small[y * sw + x] + ((x * 7 + y * 13) % 11) - 5);
    const s = ssimScore(small, noisy, sw, 40);
    expect(s.worstTile).toBeCloseTo(s.mean, 12);
    const ref = { data: Buffer.from(base), width: w, height: h };
    const cand = { data: Buffer.from(pattern(w, h, (x, y) => (x < 64 && y < 64 ? 0 : base[y * w + x]))), width: w, height: h };
    const prepared = ssimReference(ref).score(cand);
    const direct = ssimScoreOf(ref, cand);
    expect(prepared.mean).toBeCloseTo(direct.mean, 12);
    expect(prepared.worstTile).toBeCloseTo(direct.worstTile, 12);
  });
});

describe('min_ssim', () => {
  let source: string;
  beforeEach(() => {
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-ssim-'));
  });
  afterEach(() => fs.rmSync(source, { recursive: true, force: true }));

  it('raises the quality of an output below the target, and keeps it when the check is off', async () => {
    // Fine detail (noise) is what a very low quality loses.
    fs.mkdirSync(path.join(source, 'img'));
    await sharp({ create: { width: 400, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .png()
      .toFile(path.join(source, 'img/a.png'));
    const run = async (extra: Record<string, unknown>) => {
      const config = resolveImageConfig({ include: ['img/**'], widths: [200], formats: ['webp'], quality: { webp: 2 }, ...extra })!;
      const r = await createImagePipeline(config, { source, logger: memoryLogger(), progress: false, cacheDir: path.join(source, `.cache-${Object.keys(extra).length}`) }).process(['img/a.png']);
      return r.reports[0].variants[0];
    };
    const checked = await run({});
    expect(checked.quality).toBeGreaterThan(2);
    expect(checked.ssim).toBeGreaterThanOrEqual(0.95);
    const unchecked = await run({ min_ssim: 0, min_tile_ssim: 0 });
    expect(unchecked.quality).toBe(2);
    expect(unchecked.ssim).toBeUndefined();
    expect(unchecked.size).toBeLessThan(checked.size);
  });
});

describe('min_tile_ssim and the quality search', () => {
  let source: string;
  beforeEach(() => {
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-tile-'));
    fs.mkdirSync(path.join(source, 'img'));
  });
  afterEach(() => fs.rmSync(source, { recursive: true, force: true }));

  /** A white page with one small patch of fine detail (like a line of small text): what a low quality smears. */
  async function page(file: string) {
    const w = 480;
    const h = 240;
    const d = Buffer.alloc(w * h * 3, 255);
    let seed = 5;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let y = 40; y < 104; y++) for (let x = 40; x < 104; x++) d.fill(Math.round(90 + 140 * rnd()), (y * w + x) * 3, (y * w + x) * 3 + 3);
    await sharp(d, { raw: { width: w, height: h, channels: 3 } }).png().toFile(file);
  }
  const run = async (extra: Record<string, unknown>, cache: string) => {
    const config = resolveImageConfig({ include: ['img/**'], widths: [480], formats: ['webp'], quality: { webp: 2 }, ...extra })!;
    const r = await createImagePipeline(config, { source, logger: memoryLogger(), progress: false, cacheDir: path.join(source, cache) }).process(['img/page.png']);
    return r.reports[0].variants[0];
  };

  it('raises the quality of an output whose worst tile is below min_tile_ssim although its mean passes', async () => {
    await page(path.join(source, 'img/page.png'));
    const meanOnly = await run({ min_tile_ssim: 0 }, '.a');
    expect(meanOnly.quality).toBe(2);
    expect(meanOnly.ssim).toBeGreaterThan(0.95);
    expect(meanOnly.tileSsim).toBeLessThan(0.95);
    const guarded = await run({ min_tile_ssim: 0.97 }, '.b');
    expect(guarded.quality).toBeGreaterThan(2);
    expect(guarded.tileSsim).toBeGreaterThanOrEqual(0.97);
    expect(guarded.size).toBeGreaterThan(meanOnly.size);
    // The cache keeps both measures: a warm run reports what the cold one measured.
    const warm = await run({ min_tile_ssim: 0.97 }, '.b');
    expect(warm).toEqual(guarded);
  });

  it('bisects back to the lowest faithful WebP quality: one less fails the check', async () => {
    await page(path.join(source, 'img/page.png'));
    const chosen = await run({ min_tile_ssim: 0.97 }, '.c');
    // The pipeline's master at 480 px, encoded one quality lower, measured the same way.
    const src = fs.readFileSync(path.join(source, 'img/page.png'));
    const master = await sharp(src).autoOrient().resize({ width: 480, withoutEnlargement: true }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const raw = { width: master.info.width, height: master.info.height, channels: master.info.channels as 3 };
    const reference = ssimReference(await greyPixels(master.data, raw));
    const at = async (q: number) => reference.score(await greyPixels(await sharp(master.data, { raw }).webp({ quality: q, effort: 4, smartSubsample: true }).toBuffer()));
    const same = await at(chosen.quality!);
    expect(same.worstTile).toBeCloseTo(chosen.tileSsim!, 4);
    const below = await at(chosen.quality! - 1);
    expect(below.mean >= 0.95 && below.worstTile >= 0.97).toBe(false);
  });

  it('rejects a min_tile_ssim outside 0…1', () => {
    expect(() => resolveImageConfig({ min_tile_ssim: 1 })).toThrow(/min_tile_ssim/);
    expect(() => resolveImageConfig({ min_tile_ssim: 'high' })).toThrow(/min_tile_ssim/);
    expect(resolveImageConfig({})!.minTileSsim).toBeGreaterThan(0);
  });
});
