// The command line's contract: version, help, usage errors exit 2 with usage on stderr, build
// errors exit 1 with `file:line` on stderr. Runs the CLI in-process through main().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let stderr = '';
let stdout = '';
beforeEach(() => {
  stderr = '';
  stdout = '';
  process.exitCode = undefined;
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cli-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('kiln CLI', () => {
  it('prints its version', async () => {
    expect(await main(['--version'])).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints help with every command', async () => {
    expect(await main(['help'])).toBe(0);
    for (const cmd of ['build', 'serve', 'check', 'images', 'compare']) expect(stdout).toContain(cmd);
  });

  it('exits 2 with usage on stderr for an unknown command or flag, or no command', async () => {
    expect(await main(['frobnicate'])).toBe(2);
    expect(stderr).toMatch(/unknown command/);
    stderr = '';
    expect(await main(['build', '--no-such-flag'])).toBe(2);
    expect(stderr).toMatch(/unknown option/);
    stderr = '';
    expect(await main([])).toBe(2);
    expect(stderr).toMatch(/Usage: kiln/);
  });

  it('exits 1 naming the file and line on a build error, leaving no destination', async () => {
    const src = path.join(root, 'bad');
    fs.mkdirSync(src, { recursive: true });
    fs.writeFileSync(path.join(src, 'index.md'), '---\ntitle: Hi\n---\n\n{% if page.title %}\nnever closed\n');
    const dest = path.join(root, 'bad-out');
    expect(await main(['build', '-s', src, '-d', dest, '-q'])).toBe(1);
    expect(stderr).toMatch(/index\.md:\d+/);
    expect(stderr).toMatch(/^> 5 \| \{% if page\.title %\}$/m); // the file's line number, front matter counted
    expect(fs.existsSync(dest)).toBe(false);
  });

  it('builds a site', async () => {
    const src = path.join(root, 'ok');
    fs.mkdirSync(src, { recursive: true });
    fs.writeFileSync(path.join(src, 'index.md'), '---\ntitle: Hi\n---\n# {{ page.title }}\n');
    const dest = path.join(root, 'ok-out');
    expect(await main(['build', '-s', src, '-d', dest, '-q'])).toBe(0);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toContain('<h1 id="hi">Hi</h1>');
  });

  it('build --check reports a broken internal link and exits 1', async () => {
    const src = path.join(root, 'checked');
    fs.mkdirSync(src, { recursive: true });
    fs.writeFileSync(path.join(src, '_config.yml'), 'kiln:\n  check:\n    disable_external: true\n    validate_html: false\n');
    fs.writeFileSync(path.join(src, 'index.html'), '---\n---\n<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><a href="/missing.html">x</a></body></html>\n');
    const dest = path.join(root, 'checked-out');
    expect(await main(['build', '-s', src, '-d', dest, '-q', '--check', '--format', 'json'])).toBe(1);
    const report = JSON.parse(stdout) as { failures: { file: string; url: string }[] };
    expect(report.failures.map((f) => f.url)).toEqual(['/missing.html']);
  });

  it('build --strict turns an image kiln.images cannot optimise into a build error', async () => {
    const src = path.join(root, 'strict');
    fs.mkdirSync(path.join(src, 'img'), { recursive: true });
    fs.writeFileSync(path.join(src, '_config.yml'), 'kiln:\n  images:\n    include: ["img/**"]\n    widths: [100]\n    formats: [webp]\n');
    fs.writeFileSync(path.join(src, 'img', 'empty.jpg'), '');
    fs.writeFileSync(path.join(src, 'index.html'), '<p>hi</p>\n');
    const dest = path.join(root, 'strict-out');
    expect(await main(['build', '-s', src, '-d', dest])).toBe(0);
    expect(stripVTControlCharacters(stderr)).toMatch(/Warning: img\/empty\.jpg is empty/); // coloured on CI
    expect(fs.readFileSync(path.join(dest, 'img', 'empty.jpg')).length).toBe(0); // the original, unchanged
    stderr = '';
    const strictDest = path.join(root, 'strict-out-2');
    expect(await main(['build', '-s', src, '-d', strictDest, '-q', '--strict'])).toBe(1);
    expect(stderr).toMatch(/empty\.jpg/);
    expect(fs.existsSync(strictDest)).toBe(false);
  });
});
