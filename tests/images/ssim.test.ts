// SSIM, and the pipeline raising an encoder's quality until an output reaches kiln.images.min_ssim.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImagePipeline, resolveImageConfig } from '../../src/images/index.js';
import { ssim, ssimOf, ssimReference } from '../../src/images/ssim.js';
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
    const unchecked = await run({ min_ssim: 0 });
    expect(unchecked.quality).toBe(2);
    expect(unchecked.ssim).toBeUndefined();
    expect(unchecked.size).toBeLessThan(checked.size);
  });
});
