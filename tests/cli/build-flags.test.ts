// Every `jekyll build` flag is accepted by `kiln build`, so CI scripts written for Jekyll run
// unchanged: the ones with a meaning change the build (--layouts, --strict_front_matter, --profile,
// --watch), the others are accepted and say what kiln does instead (--lsi).
import { spawn } from 'node:child_process';
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

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-flags-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('kiln build accepts every jekyll build flag', () => {
  it('-I, --disable-disk-cache, -p and --force_polling build as usual', async () => {
    const dir = site('plain', { 'index.md': '---\n---\nhello\n' });
    expect(await main(['build', '-s', dir, '-q', '-I', '--disable-disk-cache', '-p', '_plugins,more', '--force_polling', '--no-watch'])).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site/index.html'), 'utf8')).toBe('<p>hello</p>\n');
  });

  it('--layouts picks the layouts folder', async () => {
    const dir = site('layouts', { 'tpl/page.html': '<main>{{ content }}</main>\n', 'index.html': '---\nlayout: page\n---\nbody\n' });
    expect(await main(['build', '-s', dir, '-q', '--layouts', 'tpl'])).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site/index.html'), 'utf8')).toBe('<main>body\n</main>\n');
  });

  it('--strict_front_matter turns a front matter error into a build error', async () => {
    const dir = site('strict', { 'index.html': '---\ntitle: [unclosed\n---\nbody\n' });
    expect(await main(['build', '-s', dir, '-q'])).toBe(0);
    expect(await main(['build', '-s', dir, '-q', '--strict_front_matter'])).toBe(1);
    expect(stripVTControlCharacters(stderr)).toMatch(/index\.html/);
  });

  it('--lsi warns that related_posts are the newest posts; --profile prints the stage times', async () => {
    const dir = site('lsi', { 'index.md': '---\n---\nhello\n' });
    expect(await main(['build', '-s', dir, '--lsi', '--profile'])).toBe(0);
    const out = stripVTControlCharacters(stdout + stderr);
    expect(out).toMatch(/--lsi: kiln has no latent semantic indexing/);
    expect(out).toMatch(/render: \d+\.\d ms/);
  });
});

describe('kiln build --watch', () => {
  it('builds, rebuilds on an edit, keeps the last good site on an error, stops on SIGINT', async () => {
    const dir = site('watch', { 'index.md': '---\ntitle: A\n---\nfirst\n' });
    // The CLI from its sources in a child process: --watch runs until it is stopped.
    const entry = path.resolve('src/cli/main.ts');
    const script = `import(${JSON.stringify(entry)}).then(async (m) => { process.exitCode = await m.main(['build', '-s', ${JSON.stringify(dir)}, '--watch']); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += String(d)));
    child.stderr.on('data', (d) => (log += String(d)));
    const until = async (test: () => boolean, what: string) => {
      for (let i = 0; i < 300 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!test()) throw new Error(`timed out waiting for ${what}:\n${log}`);
    };
    const out = () => { try { return fs.readFileSync(path.join(dir, '_site/index.html'), 'utf8'); } catch { return ''; } };
    try {
      await until(() => log.includes('Auto-regeneration: enabled'), 'the first build');
      expect(out()).toBe('<p>first</p>\n');
      fs.writeFileSync(path.join(dir, 'index.md'), '---\ntitle: A\n---\nsecond\n');
      await until(() => out() === '<p>second</p>\n', 'the rebuild');
      expect(log).toMatch(/Regenerating: 1 file\(s\) changed at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
      fs.writeFileSync(path.join(dir, 'index.md'), '---\ntitle: A\n---\n{% if %}\n');
      await until(() => /index\.md:4/.test(log), 'the error report');
      expect(out()).toBe('<p>second</p>\n');
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
  }, 30_000);
});
