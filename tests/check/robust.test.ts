// Malformed markup never crashes `kiln check`: random tag soup (unclosed quotes, stray `<`,
// broken entities, odd URLs) goes through every check and html-validate, and every failure it
// reports still names its file and line.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import { writeSite } from './helpers.js';

const pieces = [
  '<a href="', '<a href=\'', '<a href=', '">', '\'>', '>', '</a>', '<img src="', '<img srcset="a.png 1x, , b.png 2x"', ' alt', '<script src="',
  '</script>', '<base href="', '<pre>', '</pre>', '<code>', '<div data-proofer-ignore>', '</div>', 'targ\n  ="_blank"', '#', '?q=1', '//x',
  'http://', 'https://ex ample.org', 'mailto:', 'tel:', 'javascript:', '%E9%', '&amp;', '&#xZZ;', '<!--', '-->', '<![CDATA[', ']]>', '\u200b',
  'id="x"', 'name="y"', '<meta property="og:image" content="', '<link rel="icon" href="', '\n', ' ', 'a', '/', '..', '<', '"', '\'', '=',
];

describe('robustness', () => {
  it('checks random tag soup without throwing, every failure at a file and line', async () => {
    const docs = fc.sample(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join('')), { numRuns: 150, seed: 20261128 });
    const files: Record<string, string> = {};
    docs.forEach((d, i) => { files[`p${i}.html`] = d; });
    const dir = writeSite(files);
    try {
      const report = await runChecks(dir, {
        checks: ['Links', 'Images', 'Scripts', 'Favicon', 'OpenGraph'], allowHashHref: false, disableExternal: true, cacheDir: null, workers: 0,
      });
      expect(report.summary.files).toBe(docs.length);
      for (const f of report.failures) {
        expect(f.file).toMatch(/^p\d+\.html$/);
        if (f.check !== 'Favicon') expect(f.line).toBeGreaterThan(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
