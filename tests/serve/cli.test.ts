// `kiln serve`'s flags (Jekyll's names) map onto serve() options; unset flags stay unset so the
// configuration decides. And serve() itself, on the real builder: config port, `url` pointing at
// the preview as `jekyll serve` sets it, the warning for all interfaces.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerServe } from '../../src/cli/serve.js';
import type { ServeOptions } from '../../src/serve/index.js';
import { memoryLogger } from '../../src/util/log.js';
import { rawRequest } from './helpers/http.js';

async function parse(args: string[]): Promise<ServeOptions> {
  let got: ServeOptions | undefined;
  const program = new Command('kiln').exitOverride();
  registerServe(program, async (o) => {
    got = o;
  });
  for (const c of program.commands) c.exitOverride();
  await program.parseAsync(['serve', ...args], { from: 'user' });
  return got!;
}

describe('kiln serve flags', () => {
  it('leaves everything the config decides unset by default, watching on', async () => {
    const o = await parse(['-s', '/site']);
    expect(o).toMatchObject({ source: '/site', watch: true });
    for (const k of ['port', 'host', 'livereload', 'livereloadPort', 'baseurl', 'future', 'drafts', 'skipInitialBuild', 'openUrl'] as const) expect(o[k]).toBeUndefined();
  });

  it('without -s, takes the source from the working directory\'s config (`source: src`) as jekyll serve does', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-src-'));
    fs.writeFileSync(path.join(root, '_config.yml'), 'source: src\n');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const o = await parse([]);
      expect(o.source).toBe(path.join(fs.realpathSync(root), 'src'));
      expect(o.destination).toBe(path.join(fs.realpathSync(root), '_site'));
      expect(o.configFiles).toEqual([path.join(fs.realpathSync(root), '_config.yml')]);
      expect((await parse(['-s', '/site'])).source).toBe('/site');
    } finally {
      process.chdir(cwd);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("accepts the rest of jekyll serve's flags: configuration ones reach the builder", async () => {
    const o = await parse(['--strict_front_matter', '--layouts', 'tpl', '-p', '_plugins,more', '--lsi', '--disable-disk-cache', '--profile', '--livereload-min-delay', '1', '--livereload-max-delay', '5', '--show-dir-listing']);
    expect(o.configOverrides).toEqual({ strict_front_matter: true, layouts_dir: 'tpl', plugins_dir: ['_plugins', 'more'], lsi: true, disable_disk_cache: true });
    expect((await parse([])).configOverrides).toEqual({});
  });

  it('refuses --ssl-cert/--ssl-key with a clear message and exit code 2 instead of serving HTTP silently', async () => {
    const writes: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (writes.push(String(s)), true)) as typeof process.stderr.write;
    try {
      let ran = false;
      const program = new Command('kiln').exitOverride();
      registerServe(program, async () => {
        ran = true;
      });
      await program.parseAsync(['serve', '--ssl-cert', 'c.pem', '--ssl-key', 'k.pem'], { from: 'user' });
      expect(ran).toBe(false);
      expect(process.exitCode).toBe(2);
      expect(writes.join('')).toMatch(/no HTTPS/);
    } finally {
      process.stderr.write = write;
      process.exitCode = undefined;
    }
  });

  it("maps Jekyll's short and long flags", async () => {
    const o = await parse(['-P', '4001', '-H', '0.0.0.0', '-l', '--livereload-port', '35730', '-o', '-b', '/blog', '--future', '--drafts', '--skip-initial-build', '--no-watch', '--config', '_config.yml, _dev.yml', '--livereload-ignore', 'feed.xml,assets/**']);
    expect(o).toMatchObject({
      port: 4001,
      host: '0.0.0.0',
      livereload: true,
      livereloadPort: 35730,
      openUrl: true,
      baseurl: '/blog',
      future: true,
      drafts: true,
      skipInitialBuild: true,
      watch: false,
      configFiles: ['_config.yml', '_dev.yml'],
      livereloadIgnore: ['feed.xml', 'assets/**'],
    });
    expect((await parse(['--port', '80', '--host', '::1', '--livereload', '--open-url', '--baseurl', '/x'])).port).toBe(80);
    expect((await parse(['--no-livereload'])).livereload).toBe(false);
    // The rest of `jekyll serve`'s usual flags are accepted too.
    expect(await parse(['-I', '-w', '--force_polling', '--limit_posts', '3', '-t', '--force', '--unpublished', '--safe'])).toMatchObject({
      watch: true,
      forcePolling: true,
      limitPosts: 3,
      trace: true,
      force: true,
      unpublished: true,
      safe: true,
    });
  });

  it('refuses a port that is not a number', async () => {
    await expect(parse(['-P', 'eighty'])).rejects.toThrow(/port/);
    await expect(parse(['-P', '70000'])).rejects.toThrow(/port/);
  });
});

describe('isAllInterfaces (the bind warning)', () => {
  it('is true for the wildcard addresses only', async () => {
    const { isAllInterfaces } = await import('../../src/serve/index.js');
    expect(['0.0.0.0', '::', '[::]'].map(isAllInterfaces)).toEqual([true, true, true]);
    expect(['127.0.0.1', 'localhost', '::1', '192.168.1.2'].map(isAllInterfaces)).toEqual([false, false, false, false]);
  });
});

const hasBuilder = fs.existsSync(path.resolve(__dirname, '../../src/site/build.ts'));

describe.skipIf(!hasBuilder)('serve() with the real builder', () => {
  it('builds, serves on the port given and sets url to the preview', async () => {
    const { serve } = await import('../../src/serve/index.js');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-cli-'));
    fs.writeFileSync(path.join(tmp, '_config.yml'), 'title: T\nurl: https://example.org\nport: 1\n');
    fs.writeFileSync(path.join(tmp, 'index.html'), '---\n---\n<p>{{ site.url }}</p>\n');
    const logger = memoryLogger();
    // A free port, then given explicitly (the flag wins over `port: 1` in the config).
    const probe = (await import('node:net')).createServer();
    const port = await new Promise<number>((r) => probe.listen(0, '127.0.0.1', () => r((probe.address() as { port: number }).port)));
    await new Promise((r) => probe.close(r));
    const server = await serve({ source: tmp, port, watch: false, logger });
    try {
      const r = await rawRequest(server.port, '/');
      expect(r.status).toBe(200);
      expect(r.body.toString()).toContain(`<p>http://localhost:${port}</p>`);
      expect(logger.messages.some((m) => m.level === 'warn')).toBe(false);
      expect(logger.messages.some((m) => /Server address: http:\/\/127\.0\.0\.1:/.test(m.message))).toBe(true);
      // Nothing was injected into the file on disk.
      expect(fs.readFileSync(path.join(tmp, '_site', 'index.html'), 'utf8')).not.toContain('kiln-livereload');
    } finally {
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a broken _config.yml while serving shows the error and keeps the last good site; the fix rebuilds', async () => {
    const { serve } = await import('../../src/serve/index.js');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-config-'));
    fs.writeFileSync(path.join(tmp, '_config.yml'), 'title: First\n');
    fs.writeFileSync(path.join(tmp, 'index.html'), '---\n---\n<p>{{ site.title }}</p>\n');
    const server = await serve({ source: tmp, port: 0, logger: memoryLogger() });
    const waitFor = async (check: () => Promise<boolean> | boolean) => {
      const end = Date.now() + 10_000;
      while (!(await check()) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      return check();
    };
    try {
      expect((await rawRequest(server.port, '/')).body.toString()).toContain('<p>First</p>');
      fs.writeFileSync(path.join(tmp, '_config.yml'), 'title: [unclosed\n');
      expect(await waitFor(() => server.hub?.error !== undefined)).toBe(true);
      expect(server.hub!.error!.file).toMatch(/_config\.yml$/);
      expect((await rawRequest(server.port, '/')).body.toString()).toContain('<p>First</p>');
      fs.writeFileSync(path.join(tmp, '_config.yml'), 'title: Second\n');
      // The error is cleared when the build has finished (the page may show the fix a moment earlier).
      expect(await waitFor(() => server.hub!.error === undefined)).toBe(true);
      expect((await rawRequest(server.port, '/')).body.toString()).toContain('<p>Second</p>');
    } finally {
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
