// An 86-megapixel image (13777×6225, like the largest logo of the real site) is processed with
// bounded memory: the peak RSS of a process handling it stays below one full decode (245 MiB of RGB
// pixels), thanks to sequential reads, JPEG shrink-on-load and no libvips operation cache.
// Measured here: JPEG +25 to +63 MiB over the process baseline; PNG (no shrink-on-load) +140 MiB with 2
// libvips threads, most of it libvips' resampling buffers for a 14× reduction.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const W = 13777;
const H = 6225;
const FULL_DECODE_MB = (W * H * 3) / 2 ** 20;
let site: string;

beforeAll(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-huge-'));
  const base = sharp({ create: { width: W, height: H, channels: 3, background: '#4a6fa5' } }).composite([
    { input: { create: { width: 4000, height: 2000, channels: 3, background: '#f0c040' } }, top: 1000, left: 2000 },
  ]);
  await base.clone().jpeg({ quality: 80 }).toFile(path.join(site, 'huge.jpg'));
  await base.clone().png({ compressionLevel: 1 }).toFile(path.join(site, 'huge.png'));
}, 120_000);
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

function runChild(file: string): { baselineMB: number; peakMB: number; files: string[]; warnings: string[] } {
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'huge-child.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, site, file], { encoding: 'utf8', env: { ...process.env, UV_THREADPOOL_SIZE: '4' } });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

describe('an 86-megapixel image', () => {
  it.each(['huge.jpg', 'huge.png'])('%s is processed with bounded memory', (file) => {
    const r = runChild(file);
    const stem = file.replace(/\.\w+$/, '');
    expect(r.warnings).toEqual([]);
    expect(r.files.sort()).toEqual([file, `${stem}-480.webp`, `${stem}-960.webp`].sort());
    const growthMB = r.peakMB - r.baselineMB;
    // Half a full decode for JPEG: measured +25 to +64 MiB here, so the bound leaves room for noise
    // while still failing if the whole image were ever decoded into memory.
    expect(growthMB).toBeLessThan(file.endsWith('.jpg') ? FULL_DECODE_MB / 2 : FULL_DECODE_MB * 0.7);
  }, 120_000);
});
