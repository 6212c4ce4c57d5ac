// The image pipeline on generated images: every source format, orientation, alpha, every bad input,
// strict mode, the cache (hit, miss, prune, damaged, deleted), variant collisions and idempotence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImagePipeline, resolveImageConfig, type ImagePipelineOptions, type ImageRunResult } from '../../src/images/index.js';
import { KilnError } from '../../src/util/errors.js';
import { memoryLogger } from '../../src/util/log.js';
import { image, writeBadInputs, writeImage, writeRotatedJpeg } from './make.js';

let root: string;
let source: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-images-'));
  source = path.join(root, 'site');
  fs.mkdirSync(source);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const config = (extra: Record<string, unknown> = {}) => resolveImageConfig({ include: ['img/**'], widths: [100, 200], formats: ['avif', 'webp'], ...extra })!;

function pipeline(extra: Record<string, unknown> = {}, options: Partial<ImagePipelineOptions> = {}) {
  const logger = memoryLogger();
  const p = createImagePipeline(config(extra), { source, logger, progress: false, ...options });
  return { p, logger };
}

function imagePaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(source, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out;
}

async function run(extra: Record<string, unknown> = {}, options: Partial<ImagePipelineOptions> = {}) {
  const { p, logger } = pipeline(extra, options);
  const result = await p.process(imagePaths().filter((f) => p.matches(f)));
  return { p, logger, result };
}

/** Bytes of every output file, by path. */
function outputBytes(result: ImageRunResult): Record<string, Buffer> {
  return Object.fromEntries(result.files.map((f) => [f.path, f.copyFrom ? fs.readFileSync(f.copyFrom) : Buffer.from(f.content as Buffer)]));
}

const cacheEntries = () => {
  const dir = path.join(source, '.kiln-cache', 'images');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /^[0-9a-f]{40}$/.test(n)) : [];
};

describe('formats', () => {
  it.each(['jpeg', 'png', 'webp', 'avif', 'gif'] as const)('optimises a %s at its URL and makes AVIF and WebP variants', async (format) => {
    const ext = format === 'jpeg' ? 'jpg' : format;
    await writeImage(path.join(source, `img/a.${ext}`), format, 400, 200);
    const { result, logger } = await run();
    expect(logger.messages.filter((m) => m.level === 'warn')).toEqual([]);
    const bytes = outputBytes(result);
    expect(Object.keys(bytes).sort()).toEqual([`img/a-100.avif`, `img/a-100.webp`, `img/a-200.avif`, `img/a-200.webp`, `img/a.${ext}`].sort());
    const original = await sharp(bytes[`img/a.${ext}`]).metadata();
    expect(original.format).toBe(format === 'avif' ? 'heif' : format);
    expect([original.width, original.height]).toEqual([200, 100]); // capped at the largest width
    for (const [file, width] of [['img/a-100.avif', 100], ['img/a-200.webp', 200]] as const) {
      const m = await sharp(bytes[file]).metadata();
      expect(m.format).toBe(file.endsWith('avif') ? 'heif' : 'webp');
      expect(m.width).toBe(width);
      expect(m.height).toBe(width / 2);
    }
  });

  it('does not upscale: a small image gets variants at its own width', async () => {
    await writeImage(path.join(source, 'img/small.png'), 'png', 150, 50);
    const { result } = await run();
    expect(result.files.map((f) => f.path).sort()).toEqual(['img/small-100.avif', 'img/small-100.webp', 'img/small-150.avif', 'img/small-150.webp', 'img/small.png']);
  });

  it('applies EXIF orientation and strips metadata', async () => {
    await writeRotatedJpeg(path.join(source, 'img/turned.jpg'), 300, 150); // displayed 150×300
    const { result } = await run();
    const bytes = outputBytes(result);
    const m = await sharp(bytes['img/turned.jpg']).metadata();
    expect([m.width, m.height]).toEqual([150, 300]);
    expect(m.orientation).toBeUndefined();
    expect(m.exif).toBeUndefined();
    const v = await sharp(bytes['img/turned-100.webp']).metadata();
    expect([v.width, v.height]).toEqual([100, 200]);
  });

  it('keeps transparency in PNG, AVIF and WebP', async () => {
    await writeImage(path.join(source, 'img/alpha.png'), 'png', 400, 200, true);
    const { result } = await run();
    const bytes = outputBytes(result);
    for (const file of ['img/alpha.png', 'img/alpha-200.webp', 'img/alpha-200.avif']) {
      const { data, info } = await sharp(bytes[file]).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(info.channels).toBe(4);
      const alphaAt = (x: number, y: number) => data[(y * info.width + x) * 4 + 3];
      expect(alphaAt(10, 10)).toBeGreaterThan(240);
      expect(alphaAt(info.width - 10, 10)).toBeLessThan(15);
    }
  });

  it('only processes files matching include and not exclude', async () => {
    await writeImage(path.join(source, 'img/a.png'), 'png', 300, 100);
    await writeImage(path.join(source, 'img/skip/b.png'), 'png', 300, 100);
    await writeImage(path.join(source, 'other/c.png'), 'png', 300, 100);
    const { p } = pipeline({ exclude: ['img/skip/**'] });
    expect(['img/a.png', 'img/skip/b.png', 'other/c.png'].filter((f) => p.matches(f))).toEqual(['img/a.png']);
  });
});

describe('bad inputs', () => {
  const expected: Record<string, RegExp> = {
    'empty.jpg': /empty/,
    'truncated.jpg': /cannot be decoded/,
    'corrupt.png': /cannot be decoded/,
    'text.jpg': /cannot be decoded/,
    'cmyk.jpg': /CMYK/,
    'deep.png': /16-bit/,
    'animated.gif': /animated/,
    'vector.svg': /SVG/,
  };

  it('warns naming each file, copies the original unchanged and goes on', async () => {
    await writeBadInputs(path.join(source, 'img'));
    await writeImage(path.join(source, 'img/good.jpg'), 'jpeg', 300, 150);
    const { result, logger } = await run({ include: ['img/**'] });
    const warnings = logger.messages.filter((m) => m.level === 'warn').map((m) => m.message);
    for (const [name, reason] of Object.entries(expected)) {
      const w = warnings.find((m) => m.startsWith(`img/${name} `));
      expect(w, name).toMatch(reason);
      expect(w).toMatch(/copied unchanged/);
      const out = result.files.filter((f) => f.path.startsWith(`img/${name.replace(/\.\w+$/, '')}`));
      expect(out, name).toEqual([{ path: `img/${name}`, copyFrom: path.join(source, 'img', name) }]);
    }
    // the good image next to them is still processed
    expect(result.files.some((f) => f.path === 'img/good-200.avif')).toBe(true);
  });

  it('serves a file whose extension lies unchanged, with a warning, and still makes variants', async () => {
    await writeBadInputs(path.join(source, 'img'));
    const { result, logger } = await run();
    expect(logger.messages.find((m) => m.message.startsWith('img/png-named.jpg'))?.message).toMatch(/content is PNG but its extension says JPEG/);
    const out = result.files.filter((f) => f.path.startsWith('img/png-named'));
    expect(out.find((f) => f.path === 'img/png-named.jpg')).toEqual({ path: 'img/png-named.jpg', copyFrom: path.join(source, 'img/png-named.jpg') });
    expect(out.map((f) => f.path)).toContain('img/png-named-200.webp');
  });

  it('makes bad inputs an error with strict, naming every file', async () => {
    await writeBadInputs(path.join(source, 'img'));
    const err = await run({}, { strict: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KilnError);
    for (const name of Object.keys(expected)) expect((err as KilnError).message).toContain(`img/${name}`);
  });

  it('rejects images above the pixel limit with a clear message', async () => {
    await writeImage(path.join(source, 'img/big.png'), 'png', 400, 300);
    const { result, logger } = await run({ max_pixels: 100_000 });
    expect(logger.messages.find((m) => m.level === 'warn')?.message).toMatch(/img\/big\.png is 400×300 = 120,000 pixels, above the limit of 100,000/);
    expect(result.files).toEqual([{ path: 'img/big.png', copyFrom: path.join(source, 'img/big.png') }]);
  });
});

describe('cache', () => {
  it('misses cold, hits warm with identical bytes and no image work', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    await writeImage(path.join(source, 'img/b.png'), 'png', 300, 200);
    const cold = await run();
    expect(cold.result.stats.fromCache).toBe(0);
    const warm = await run();
    expect(warm.result.stats.fromCache).toBe(2);
    expect(warm.result.reports.every((r) => r.status === 'cached')).toBe(true);
    expect(outputBytes(warm.result)).toEqual(outputBytes(cold.result));
  });

  it('is idempotent: a rebuild from an empty cache writes identical bytes', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    await writeImage(path.join(source, 'img/b.png'), 'png', 300, 200, true);
    const first = outputBytes((await run()).result);
    fs.rmSync(path.join(source, '.kiln-cache'), { recursive: true });
    const second = outputBytes((await run()).result);
    expect(second).toEqual(first);
  });

  it('misses when the content or the options change, and prunes unused entries', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    await run();
    const before = cacheEntries();
    expect(before).toHaveLength(1);
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 210);
    const changed = await run();
    expect(changed.result.stats.fromCache).toBe(0);
    expect(changed.result.pruned).toBe(1);
    const after = cacheEntries();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    const requality = await run({ quality: { webp: 60 } });
    expect(requality.result.stats.fromCache).toBe(0);
    fs.rmSync(path.join(source, 'img/a.jpg'));
    const gone = await run();
    expect(gone.result.files).toEqual([]);
    expect(cacheEntries()).toEqual([]);
  });

  it('does not prune when asked not to (incremental rebuilds)', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    await writeImage(path.join(source, 'img/b.jpg'), 'jpeg', 300, 200);
    await run();
    const { p } = pipeline();
    const r = await p.process(['img/a.jpg'], { prune: false });
    expect(r.pruned).toBe(0);
    expect(cacheEntries()).toHaveLength(2);
  });

  it('rebuilds a damaged entry instead of serving it', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    const cold = outputBytes((await run()).result);
    const [entry] = cacheEntries();
    const dir = path.join(source, '.kiln-cache', 'images', entry);
    const victim = fs.readdirSync(dir).find((f) => f.endsWith('.webp'))!;
    const data = fs.readFileSync(path.join(dir, victim));
    data[data.length >> 1] ^= 0xff; // same size, different bytes
    fs.writeFileSync(path.join(dir, victim), data);
    const again = await run();
    expect(again.result.stats.fromCache).toBe(0);
    expect(outputBytes(again.result)).toEqual(cold);
  });

  it('detects damage even when the file mtime is put back', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    const cold = outputBytes((await run()).result);
    const [entry] = cacheEntries();
    const dir = path.join(source, '.kiln-cache', 'images', entry);
    const victim = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.avif'))!);
    const stat = fs.statSync(victim);
    const data = fs.readFileSync(victim);
    data[data.length - 3] ^= 0x55;
    fs.writeFileSync(victim, data);
    fs.utimesSync(victim, stat.atime, stat.mtime); // ctime still moves: the stamp no longer matches
    const again = await run();
    expect(again.result.stats.fromCache).toBe(0);
    expect(outputBytes(again.result)).toEqual(cold);
  });

  it('accepts a restored cache whose files have new times but the same bytes', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    await run();
    const copy = path.join(root, 'cache-copy');
    fs.cpSync(path.join(source, '.kiln-cache'), copy, { recursive: true });
    fs.rmSync(path.join(source, '.kiln-cache'), { recursive: true });
    fs.cpSync(copy, path.join(source, '.kiln-cache'), { recursive: true });
    expect((await run()).result.stats.fromCache).toBe(1);
  });

  it('encodes identical files once and serves both', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    fs.copyFileSync(path.join(source, 'img/a.jpg'), path.join(source, 'img/copy.jpg'));
    const { result } = await run();
    expect(cacheEntries()).toHaveLength(1);
    const bytes = outputBytes(result);
    expect(bytes['img/copy-200.webp'].equals(bytes['img/a-200.webp'])).toBe(true);
    expect(Object.keys(bytes)).toHaveLength(10);
  });

  it('survives deleted files, a garbage meta.json and a garbage source memo', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    await writeImage(path.join(source, 'img/b.jpg'), 'jpeg', 300, 200);
    const cold = outputBytes((await run()).result);
    const root = path.join(source, '.kiln-cache', 'images');
    const [e1, e2] = cacheEntries();
    fs.rmSync(path.join(root, e1, fs.readdirSync(path.join(root, e1)).find((f) => f.endsWith('.avif'))!));
    fs.writeFileSync(path.join(root, e2, 'meta.json'), '{ not json');
    fs.writeFileSync(path.join(root, 'sources.json'), '[1,2');
    const again = await run();
    expect(again.result.stats.fromCache).toBe(0);
    expect(outputBytes(again.result)).toEqual(cold);
    expect((await run()).result.stats.fromCache).toBe(2);
  });

  it('notices a changed file even when its size and mtime are the same', async () => {
    // Uncompressed PNGs of the same dimensions have the same size whatever their pixels.
    const file = path.join(source, 'img/a.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const plain = { compressionLevel: 0, adaptiveFiltering: false } as const;
    fs.writeFileSync(file, await image(300, 200).png(plain).toBuffer());
    const first = outputBytes((await run()).result);
    const stat = fs.statSync(file);
    const negated = await image(300, 200).negate().png(plain).toBuffer();
    expect(negated.length).toBe(stat.size);
    fs.writeFileSync(file, negated);
    fs.utimesSync(file, stat.atime, stat.mtime);
    const r = await run();
    expect(r.result.stats.fromCache).toBe(0);
    expect(outputBytes(r.result)['img/a-200.webp'].equals(first['img/a-200.webp'])).toBe(false);
  });

  it('still builds when the cache cannot be written, with a warning', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    const cold = outputBytes((await run()).result);
    fs.rmSync(path.join(source, '.kiln-cache'), { recursive: true });
    fs.writeFileSync(path.join(source, '.kiln-cache'), 'a file where the cache folder should be');
    const { result, logger } = await run();
    expect(logger.messages.some((m) => m.level === 'warn' && /Could not write the image cache/.test(m.message))).toBe(true);
    expect(outputBytes(result)).toEqual(cold);
  });

  it('writes nothing in a dry run, not even the cache', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    const { result } = await run({}, { dryRun: true });
    expect(result.reports[0].after).toBeGreaterThan(0);
    expect(result.files.every((f) => f.content !== undefined)).toBe(true);
    expect(fs.existsSync(path.join(source, '.kiln-cache'))).toBe(false);
  });
});

describe('variants next to existing files', () => {
  it('never overwrites a file the site already has', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    const { p, logger } = pipeline();
    const r = await p.process(['img/a.jpg'], { reserved: new Set(['img/a-100.webp']) });
    expect(r.files.map((f) => f.path)).not.toContain('img/a-100.webp');
    expect(r.warnings.join('\n')).toMatch(/img\/a-100\.webp exists in the site/);
    expect(logger.messages.length).toBeGreaterThan(0);
    expect(p.rewriteHtml('<img src="/img/a.jpg">', 'index.html')).toContain('srcset="/img/a-200.webp 200w"');
  });
});

describe('summary', () => {
  it('logs one line with counts, sizes and time', async () => {
    await writeImage(path.join(source, 'img/a.jpg'), 'jpeg', 400, 200);
    const { logger } = await run();
    const info = logger.messages.filter((m) => m.level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0].message).toMatch(/^Images: 1 image; [\d.]+ kB → [\d.]+ kB at their URLs \+ 4 variants \([\d.]+ kB\), \d+ ms$/);
  });
});
