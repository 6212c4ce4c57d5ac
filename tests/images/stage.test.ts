// The build stage: off without kiln.images (files untouched), otherwise matched static images are
// replaced by their outputs and HTML pages rewritten, everything else passed through as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../src/config/defaults.js';
import { createImageStage } from '../../src/images/index.js';
import { KilnError } from '../../src/util/errors.js';
import { memoryLogger } from '../../src/util/log.js';
import type { OutputFile } from '../../src/write/index.js';
import { writeBadInputs, writeImage } from './make.js';

let source: string;
beforeEach(() => {
  source = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stage-'));
});
afterEach(() => fs.rmSync(source, { recursive: true, force: true }));

const site = (kiln?: unknown): SiteConfig => ({ source, destination: path.join(source, '_site'), baseurl: '', url: 'https://example.org', ...(kiln ? { kiln } : {}) }) as unknown as SiteConfig;

describe('createImageStage', () => {
  it('is off by default', () => {
    expect(createImageStage(site())).toBeUndefined();
    expect(createImageStage(site({ check: {} }))).toBeUndefined();
  });

  it('replaces matched images and rewrites pages, leaving everything else as it was', async () => {
    await writeImage(path.join(source, 'public/logos/a.jpg'), 'jpeg', 600, 300);
    await writeImage(path.join(source, 'public/other/b.png'), 'png', 600, 300);
    const stage = createImageStage(site({ images: { include: ['public/logos/**'], widths: [200, 400] } }), { logger: memoryLogger(), progress: false })!;
    const page = '<!doctype html><h1>Users</h1><img src="/public/other/b.png"><img src="../public/logos/a.jpg" alt="A">\n';
    const plain = Buffer.from('<p>no images é</p>');
    const files: OutputFile[] = [
      { path: 'fr/users.html', content: page },
      { path: 'plain.html', content: plain },
      { path: 'feed.xml', content: '<img src="/public/logos/a.jpg">' },
      { path: 'public/logos/a.jpg', copyFrom: path.join(source, 'public/logos/a.jpg') },
      { path: 'public/other/b.png', copyFrom: path.join(source, 'public/other/b.png') },
    ];
    const warnings: string[] = [];
    const out = await stage(files, warnings);
    const byPath = new Map(out.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual(
      ['feed.xml', 'fr/users.html', 'plain.html', 'public/logos/a-200.avif', 'public/logos/a-200.webp', 'public/logos/a-400.avif', 'public/logos/a-400.webp', 'public/logos/a.jpg', 'public/other/b.png'].sort(),
    );
    expect(byPath.get('plain.html')).toBe(files[1]);
    expect(byPath.get('feed.xml')).toBe(files[2]);
    expect(byPath.get('public/other/b.png')).toBe(files[4]);
    expect(byPath.get('public/logos/a.jpg')!.copyFrom).toContain('.kiln-cache');
    const html = byPath.get('fr/users.html')!.content as string;
    expect(html).toBe(
      '<!doctype html><h1>Users</h1><img src="/public/other/b.png"><picture>' +
        '<source type="image/avif" srcset="../public/logos/a-200.avif 200w, ../public/logos/a-400.avif 400w" sizes="100vw">' +
        '<source type="image/webp" srcset="../public/logos/a-200.webp 200w, ../public/logos/a-400.webp 400w" sizes="100vw">' +
        '<img src="../public/logos/a.jpg" alt="A" width="400" height="200" loading="lazy" decoding="async"></picture>\n',
    );
    expect(warnings).toEqual([]);
  });

  it('reports bad images as warnings, or fails with strict', async () => {
    await writeBadInputs(path.join(source, 'img'));
    const files: OutputFile[] = [{ path: 'img/cmyk.jpg', copyFrom: path.join(source, 'img/cmyk.jpg') }];
    const warnings: string[] = [];
    const out = await createImageStage(site({ images: { include: ['img/**'] } }), { logger: memoryLogger(), progress: false })!(files, warnings);
    expect(out).toEqual(files);
    expect(warnings).toEqual([expect.stringMatching(/^img\/cmyk\.jpg is a CMYK image/)]);
    const strict = createImageStage(site({ images: { include: ['img/**'], strict: true } }), { logger: memoryLogger(), progress: false })!;
    await expect(strict(files)).rejects.toThrow(KilnError);
  });
});
