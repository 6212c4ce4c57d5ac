// The per-output choice of encoding: a few-colour, flat logo gets a lossless WebP and an exact palette
// PNG (every pixel kept); a photo-like noisy image is never tried losslessly and stays lossy; the
// colour count that gates the lossless candidates stops early.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImagePipeline, DEFAULT_QUALITY, resolveImageConfig } from '../../src/images/index.js';
import { countColours } from '../../src/images/colours.js';
import { memoryLogger } from '../../src/util/log.js';

/** A flat-colour logo: a block, a hard-edged disc and thin 1-px strokes (like text) on white; 4 colours. */
function flatLogo(w: number, h: number) {
  const d = Buffer.alloc(w * h * 3, 255);
  const palette = [[29, 78, 137], [242, 158, 76], [34, 34, 34]];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let c = -1;
      if (x > w * 0.05 && x < w * 0.35 && y > h * 0.1 && y < h * 0.9) c = 0;
      if ((x - w * 0.6) ** 2 + (y - h / 2) ** 2 < (h * 0.3) ** 2) c = 1;
      if (y > h * 0.1 && y < h * 0.9 && x > w * 0.75 && x < w * 0.95 && (x % 4 === 0 || y % 5 === 0)) c = 2;
      if (c >= 0) d.set(palette[c], (y * w + x) * 3);
    }
  }
  return sharp(d, { raw: { width: w, height: h, channels: 3 } });
}

const pixelsOf = (input: Buffer) => sharp(input).removeAlpha().raw().toBuffer();

describe('countColours', () => {
  it('counts distinct colours, alpha included, and stops past the limit', () => {
    const rgb = Uint8Array.from([1, 2, 3, 1, 2, 3, 4, 5, 6, 255, 255, 255]);
    expect(countColours(rgb, 3, 10)).toBe(3);
    expect(countColours(rgb, 3, 2)).toBe(3); // limit + 1: "more than 2"
    const rgba = Uint8Array.from([9, 9, 9, 255, 9, 9, 9, 0, 9, 9, 9, 255]);
    expect(countColours(rgba, 4, 10)).toBe(2);
    const noisy = Uint8Array.from({ length: 3 * 100_000 }, (_, i) => (i * 2654435761) >>> 24);
    expect(countColours(noisy, 3, 256)).toBe(257);
  });
});

describe('lossless or lossy, per output', () => {
  let source: string;
  beforeEach(() => {
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-choice-'));
    fs.mkdirSync(path.join(source, 'img'));
  });
  afterEach(() => fs.rmSync(source, { recursive: true, force: true }));

  const run = async () => {
    const config = resolveImageConfig({ include: ['img/**'], widths: [200, 400], formats: ['avif', 'webp'] })!;
    const p = createImagePipeline(config, { source, logger: memoryLogger(), progress: false });
    const files = fs.readdirSync(path.join(source, 'img')).map((f) => `img/${f}`);
    return p.process(files);
  };
  const bytesOf = (r: Awaited<ReturnType<typeof run>>, out: string) => {
    const f = r.files.find((x) => x.path === out)!;
    return f.copyFrom ? fs.readFileSync(f.copyFrom) : Buffer.from(f.content as Buffer);
  };

  it('serves a flat-colour logo as lossless WebP and an exact palette PNG, smaller than lossy', async () => {
    await flatLogo(400, 200).png().toFile(path.join(source, 'img/logo.png'));
    const r = await run();
    const report = r.reports[0];
    const webp400 = report.variants.find((v) => v.format === 'webp' && v.width === 400)!;
    expect(webp400.mode).toBe('lossless');
    const source400 = await pixelsOf(fs.readFileSync(path.join(source, 'img/logo.png')));
    expect((await pixelsOf(bytesOf(r, 'img/logo-400.webp'))).equals(source400)).toBe(true);
    // Smaller than the lossy search's answer at the same width (encoded here at its lowest quality).
    const lossy = await flatLogo(400, 200).webp({ quality: DEFAULT_QUALITY.webp, effort: 4, smartSubsample: true }).toBuffer();
    expect(webp400.size).toBeLessThan(lossy.length);
    // The original URL: a palette PNG with the very same pixels, smaller than the source PNG.
    const original = bytesOf(r, 'img/logo.png');
    expect((await sharp(original).metadata()).isPalette).toBe(true);
    expect((await pixelsOf(original)).equals(source400)).toBe(true);
    expect(original.length).toBeLessThan(report.before);
    // Every output still meets the SSIM floor.
    for (const v of report.variants) if (v.ssim !== undefined) expect(v.ssim).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps a photo-like noisy image lossy (no lossless candidate is even tried)', async () => {
    await sharp({ create: { width: 400, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
      .blur(1.2)
      .png()
      .toFile(path.join(source, 'img/photo.png'));
    const r = await run();
    const variants = r.reports[0].variants;
    expect(variants).toHaveLength(4);
    for (const v of variants) {
      expect(v.mode).toBe('lossy');
      expect(v.ssim).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('chooses the same encodings, byte for byte, on a second build from an empty cache', async () => {
    await flatLogo(400, 200).png().toFile(path.join(source, 'img/logo.png'));
    const first = await run();
    const a = Object.fromEntries(first.files.map((f) => [f.path, bytesOf(first, f.path)]));
    fs.rmSync(path.join(source, '.kiln-cache'), { recursive: true, force: true });
    const second = await run();
    expect(second.stats.fromCache).toBe(0);
    for (const f of second.files) expect(bytesOf(second, f.path).equals(a[f.path])).toBe(true);
  });
});
