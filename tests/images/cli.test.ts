// `kiln images`: --dry-run reports and writes nothing; a real run fills the cache and updates the
// images of a previous kiln build in place; off without kiln.images.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { imagesCommand } from '../../src/cli/images.js';
import { KilnError } from '../../src/util/errors.js';
import { writeSite } from '../../src/write/index.js';
import { writeImage } from './make.js';

let source: string;
beforeEach(async () => {
  source = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-images-cli-'));
  fs.writeFileSync(path.join(source, '_config.yml'), 'kiln:\n  images:\n    include: ["public/logos/**"]\n    widths: [100, 200]\n');
  await writeImage(path.join(source, 'public/logos/a.jpg'), 'jpeg', 500, 250);
  await writeImage(path.join(source, 'public/other/b.jpg'), 'jpeg', 500, 250);
  await writeImage(path.join(source, '_drafts/c.jpg'), 'jpeg', 500, 250);
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(source, { recursive: true, force: true });
});

const flags = (extra: Record<string, unknown> = {}) => ({ source, progress: false, quiet: false, ...extra });

function captureStdout(): string[] {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return out;
}

describe('kiln images', () => {
  it('--dry-run reports the savings of the included images and writes nothing', async () => {
    const out = captureStdout();
    expect(await imagesCommand(flags({ dryRun: true }))).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/public\/logos\/a\.jpg {2}[\d.]+ kB → [\d.]+ kB \(-\d+%\), 4 variants/);
    expect(text).not.toContain('other/b.jpg');
    expect(text).not.toContain('c.jpg');
    expect(text).toMatch(/Would write 5 files/);
    expect(fs.existsSync(path.join(source, '.kiln-cache'))).toBe(false);
    expect(fs.existsSync(path.join(source, '_site'))).toBe(false);
  });

  it('fills the cache, and updates a previous build in place', async () => {
    captureStdout();
    const dest = path.join(source, '_site');
    await writeSite(dest, [
      { path: 'index.html', content: '<img src="/public/logos/a.jpg">' },
      { path: 'public/logos/a.jpg', copyFrom: path.join(source, 'public/logos/a.jpg') },
    ], { source });
    expect(await imagesCommand(flags())).toBe(0);
    expect(fs.readdirSync(path.join(source, '.kiln-cache', 'images')).length).toBeGreaterThan(1);
    expect(fs.readdirSync(path.join(dest, 'public/logos')).sort()).toEqual(['a-100.avif', 'a-100.webp', 'a-200.avif', 'a-200.webp', 'a.jpg']);
    expect(fs.statSync(path.join(dest, 'public/logos/a.jpg')).size).toBeLessThan(fs.statSync(path.join(source, 'public/logos/a.jpg')).size);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('<img src="/public/logos/a.jpg">');
  });

  it('says image optimisation is off without kiln.images', async () => {
    fs.writeFileSync(path.join(source, '_config.yml'), 'title: x\n');
    await expect(imagesCommand(flags())).rejects.toThrow(KilnError);
    await expect(imagesCommand(flags())).rejects.toThrow(/Image optimisation is off/);
  });
});
