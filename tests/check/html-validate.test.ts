// html-validate: default `html-validate:standard`, a site's `.htmlvalidate.json`, findings under
// data-proofer-ignore dropped, results cached by page content, worker threads on a cold run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import { lines, page, writeSite } from './helpers.js';

const bad = page('<p>one<div>two</div>\n<span id="x"></span><span id="x"></span>\n<div data-proofer-ignore><span id="y"></span><span id="y"></span></div>');

describe('html-validate', () => {
  it('reports standard rules at line:col, drops findings inside data-proofer-ignore', async () => {
    const dir = writeSite({ 'index.html': bad });
    const r = await runChecks(dir, { disableExternal: true, cacheDir: null, workers: 0 });
    expect(lines(r)).toEqual([
      'index.html:7 [html-validate > no-dup-id] Duplicate ID "x"',
    ]);
    // html-validate points at the attribute value.
    expect(r.failures[0].column).toBe(31);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("uses the site's .htmlvalidate.json", async () => {
    const dir = writeSite({ 'index.html': bad, '.htmlvalidate.json': JSON.stringify({ extends: ['html-validate:standard'], rules: { 'no-dup-id': 'off' } }) });
    const r = await runChecks(dir, { disableExternal: true, cacheDir: null, workers: 0 });
    expect(lines(r)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('caches results by page content and validates in workers on a cold run', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`p${i}.html`] = page(`<span id="d${i}"></span><span id="d${i}"></span>`);
    const dir = writeSite(files);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-hv-cache-'));
    const cold = await runChecks(dir, { disableExternal: true, cacheDir, workers: 2 });
    expect(cold.summary.htmlFromCache).toBe(0);
    expect(cold.summary.htmlWorkers).toBeGreaterThan(0);
    // Workers and the main thread share one queue: together they validated every page once.
    expect(cold.summary.htmlPagesByWorkers).toBeLessThanOrEqual(14);
    expect(cold.failures.length).toBe(14);
    const warm = await runChecks(dir, { disableExternal: true, cacheDir, workers: 2 });
    expect(warm.summary.htmlFromCache).toBe(14);
    expect(warm.summary.htmlWorkers).toBe(0);
    expect(lines(warm)).toEqual(lines(cold));
    // A changed page is validated again; the others still come from the cache.
    fs.writeFileSync(path.join(dir, 'p0.html'), page('<p>fine</p>'));
    const edited = await runChecks(dir, { disableExternal: true, cacheDir, workers: 2 });
    expect(edited.summary.htmlFromCache).toBe(13);
    expect(edited.failures.length).toBe(13);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });
});

describe('worker threads by default', () => {
  it('start from 3 cores on, leaving one core free, at most 3', async () => {
    const { defaultWorkers } = await import('../../src/check/html/runner.js');
    expect([1, 2, 3, 4, 8, 64].map((n) => defaultWorkers(n))).toEqual([0, 0, 1, 2, 3, 3]);
  });
});

describe('worker threads started early', () => {
  it('are stopped when the configuration turns out to be bad (no hanging process)', async () => {
    const files: Record<string, string> = { '.htmlvalidate.json': JSON.stringify({ extends: ['html-validate:no-such-preset'] }) };
    for (let i = 0; i < 14; i++) files[`p${i}.html`] = page(`<p>${i}</p>`);
    const dir = writeSite(files);
    await expect(runChecks(dir, { disableExternal: true, cacheDir: null, workers: 1 })).rejects.toThrow(/html-validate configuration: .*no-such-preset/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the key of a cache file from its first bytes', async () => {
    const { ValidationCache } = await import('../../src/check/html/cache.js');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-hv-key-')), 'html-validate.json');
    const cache = new ValidationCache(file, 'abc123');
    cache.set('h', []);
    cache.save();
    expect(ValidationCache.keyOf(file)).toBe('abc123');
    expect(ValidationCache.keyOf(file + '.missing')).toBeUndefined();
  });
});
