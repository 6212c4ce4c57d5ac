// The live-reload socket (own origin only, typed messages) and the rebuild loop behind it:
// edits reload pages, CSS-only builds swap styles, a failed build sends the overlay error while the
// last good page stays served, the next good build clears it, and builds never overlap.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { isOwnOrigin, messageForChanges, LIVERELOAD_PATH } from '../../src/serve/livereload.js';
import type { ServerMessage } from '../../src/serve/protocol.js';
import { createRebuildQueue } from '../../src/serve/rebuild-queue.js';
import { changedUrls, startPreviewServer, type PreviewServer } from '../../src/serve/server.js';
import type { BuildOutcome, SiteBuilder } from '../../src/serve/types.js';
import { createFakeBuilder, type FakeBuilder } from './helpers/fake-builder.js';
import { rawRequest } from './helpers/http.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('isOwnOrigin', () => {
  const own = { host: '127.0.0.1', pagePort: 4000 };
  it.each([
    ['http://127.0.0.1:4000', true],
    ['http://localhost:4000', true],
    ['http://[::1]:4000', true],
    ['http://127.0.0.1:4001', false],
    ['https://127.0.0.1:4000', false],
    ['http://evil.example:4000', false],
    ['null', false],
    ['', false],
  ])('%s → %s', (origin, ok) => expect(isOwnOrigin(origin, '127.0.0.1:4000', own)).toBe(ok));
  it('without an Origin header: refused', () => expect(isOwnOrigin(undefined, '127.0.0.1:4000', own)).toBe(false));
  it('on all interfaces, accepts the name the page was reached by, and only it', () => {
    const all = { host: '0.0.0.0', pagePort: 4000 };
    expect(isOwnOrigin('http://192.168.1.5:4000', '192.168.1.5:4000', all)).toBe(true);
    expect(isOwnOrigin('http://evil.example:4000', '192.168.1.5:4000', all)).toBe(false);
    expect(isOwnOrigin('http://localhost:4000', 'localhost:4000', all)).toBe(true);
  });
});

describe('messageForChanges and changedUrls', () => {
  it('swaps CSS when only stylesheets changed, patches pages when only pages (and CSS, feeds, maps) changed, reloads otherwise', () => {
    expect(messageForChanges(2, ['/css/a.css'], false)).toEqual({ type: 'css', buildId: 2, paths: ['/css/a.css'] });
    expect(messageForChanges(2, ['/css/a.css', '/index.html'], false)).toEqual({ type: 'update', buildId: 2, pages: ['/index.html'], css: ['/css/a.css'] });
    expect(messageForChanges(2, ['/a/index.html', '/b.htm', '/feed.xml', '/sitemap.xml', '/css/a.css.map', '/robots.txt'], false)).toEqual({
      type: 'update',
      buildId: 2,
      pages: ['/a/index.html', '/b.htm'],
      css: [],
    });
    // An image, a script or data a page may fetch: the page must load again.
    expect(messageForChanges(2, ['/index.html', '/logo.png'], false)).toEqual({ type: 'reload', buildId: 2, paths: ['/index.html', '/logo.png'] });
    expect(messageForChanges(2, ['/index.html', '/js/app.js'], false)?.type).toBe('reload');
    expect(messageForChanges(2, ['/explore.json'], false)?.type).toBe('reload');
    expect(messageForChanges(2, [], false)).toBeNull();
    expect(messageForChanges(2, [], true)).toEqual({ type: 'clear', buildId: 2 });
  });
  it('maps written outputs (absolute or relative) to URL paths under the baseurl', () => {
    const outcome: BuildOutcome = { written: ['/d/_site/css/a.css', 'about/index.html'], removed: ['old.html'] };
    expect(changedUrls(outcome, '/d/_site', '/blog')).toEqual(['/blog/about/index.html', '/blog/css/a.css', '/blog/old.html']);
    expect(changedUrls(outcome, '/d/_site', '')).toEqual(['/about/index.html', '/css/a.css', '/old.html']);
  });
});

describe('rebuild queue', () => {
  function recordingBuilder(opts: { failOn?: (paths: string[]) => boolean; delayMs?: number } = {}) {
    const calls: string[] = [];
    let active = 0;
    let overlapped = false;
    const builder: SiteBuilder = {
      config: {},
      async build() {
        calls.push('build');
        return { written: ['index.html'] };
      },
      async rebuild(paths) {
        active++;
        if (active > 1) overlapped = true;
        calls.push('rebuild:' + paths.map((p) => path.basename(p)).join(','));
        await sleep(opts.delayMs ?? 0);
        active--;
        if (opts.failOn?.(paths)) throw new Error('boom');
        return { written: paths.map((p) => path.basename(p)) };
      },
      close() {
        calls.push('close');
      },
    };
    return { builder, calls, overlapped: () => overlapped };
  }

  it('merges changes that arrive during a build into one next build, never overlapping', async () => {
    const r = recordingBuilder({ delayMs: 50 });
    const q = createRebuildQueue({ builder: r.builder, isConfigChange: () => false, onBuilt: () => {} });
    q.add(['/s/a.md']);
    await sleep(10);
    q.add(['/s/b.md']);
    q.add(['/s/c.md']);
    await q.idle();
    expect(r.calls).toEqual(['rebuild:a.md', 'rebuild:b.md,c.md']);
    expect(r.overlapped()).toBe(false);
  });

  it('a config change makes a fresh builder and runs a full build', async () => {
    const first = recordingBuilder();
    const second = recordingBuilder();
    const q = createRebuildQueue({ builder: first.builder, recreateBuilder: async () => second.builder, isConfigChange: (p) => p.endsWith('_config.yml'), onBuilt: () => {} });
    q.add(['/s/_config.yml', '/s/a.md']);
    await q.idle();
    expect(first.calls).toEqual(['close']);
    expect(second.calls).toEqual(['build']);
    expect(q.builder).toBe(second.builder);
  });

  it('reports a failure, waits for the next change, then retries with the failed paths too', async () => {
    const r = recordingBuilder({ failOn: (paths) => paths.some((p) => p.endsWith('bad.md')) && !paths.some((p) => p.endsWith('fix.md')) });
    const reports: { error?: unknown; changed: string[] }[] = [];
    const q = createRebuildQueue({ builder: r.builder, isConfigChange: () => false, onBuilt: (rep) => reports.push(rep) });
    q.add(['/s/bad.md']);
    await q.idle();
    expect(reports).toHaveLength(1);
    expect((reports[0].error as Error).message).toBe('boom');
    q.add(['/s/fix.md']);
    await q.idle();
    expect(r.calls).toEqual(['rebuild:bad.md', 'rebuild:bad.md,fix.md']);
    expect(reports[1].error).toBeUndefined();
  });
});

describe('live reload through the server', () => {
  let tmp: string;
  let source: string;
  let builder: FakeBuilder;
  let server: PreviewServer;

  beforeEach(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-lr-'));
    source = path.join(tmp, 'site');
    fs.mkdirSync(source);
    fs.writeFileSync(path.join(source, 'index.txt'), '<p>first</p>');
    fs.writeFileSync(path.join(source, 'style.css'), 'p { color: red }');
    builder = createFakeBuilder(source);
    server = await startPreviewServer({ builder, port: 0, debounceMs: 10 });
  });

  afterEach(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  function connect(origin = `http://127.0.0.1:${server.port}`): Promise<{ ws: WebSocket; messages: ServerMessage[]; next: (type: string) => Promise<ServerMessage> }> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}${LIVERELOAD_PATH}`, { origin });
      const messages: ServerMessage[] = [];
      const waiters: { type: string; resolve: (m: ServerMessage) => void }[] = [];
      ws.on('message', (data) => {
        const m = JSON.parse(String(data)) as ServerMessage;
        messages.push(m);
        const i = waiters.findIndex((w) => w.type === m.type);
        if (i >= 0) waiters.splice(i, 1)[0].resolve(m);
      });
      const next = (type: string) =>
        new Promise<ServerMessage>((res, rej) => {
          const seen = messages.find((m) => m.type === type && !(m as { taken?: boolean }).taken);
          if (seen) {
            (seen as { taken?: boolean }).taken = true;
            return res(seen);
          }
          const t = setTimeout(() => rej(new Error(`no ${type} message; got ${JSON.stringify(messages)}`)), 5000);
          waiters.push({ type, resolve: (m) => { clearTimeout(t); (m as { taken?: boolean }).taken = true; res(m); } });
        });
      ws.on('open', () => resolve({ ws, messages, next }));
      ws.on('error', reject);
    });
  }

  it('refuses sockets from another origin or with none', async () => {
    await expect(connect('http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(`http://127.0.0.1:${server.port + 1}`)).rejects.toThrow(/403/);
    const noOrigin = new WebSocket(`ws://127.0.0.1:${server.port}${LIVERELOAD_PATH}`);
    await expect(new Promise((res, rej) => { noOrigin.on('open', res); noOrigin.on('error', rej); })).rejects.toThrow(/403/);
    const ok = await connect();
    ok.ws.close();
  });

  it('greets with hello, then sends update for a page edit, css for a stylesheet edit and reload for an image', async () => {
    const c = await connect();
    const hello = await c.next('hello');
    expect(hello).toMatchObject({ type: 'hello' });
    fs.writeFileSync(path.join(source, 'index.txt'), '<p>second</p>');
    const update = await c.next('update');
    expect(update).toMatchObject({ type: 'update', pages: ['/index.html'], css: [] });
    expect((update as { buildId: number }).buildId).toBeGreaterThan((hello as { buildId: number }).buildId);
    fs.writeFileSync(path.join(source, 'logo.png'), 'png');
    expect(await c.next('reload')).toMatchObject({ type: 'reload', paths: ['/logo.png'] });
    fs.writeFileSync(path.join(source, 'style.css'), 'p { color: blue }');
    expect(await c.next('css')).toMatchObject({ type: 'css', paths: ['/style.css'] });
    c.ws.close();
  });

  it('on a failed build: error message with file:line and frame, last good page still served, fix clears it', async () => {
    const c = await connect();
    await c.next('hello');
    fs.writeFileSync(path.join(source, 'index.txt'), '<p>ok</p>\n<p>{% broken</p>\n');
    const err = await c.next('error');
    expect(err).toMatchObject({ type: 'error', error: { file: 'index.txt', line: 2, column: 4 } });
    expect((err as { error: { frame: string } }).error.frame).toContain('> 2 | <p>{% broken</p>');
    // The server is alive and serves the last good page.
    const page = await rawRequest(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<p>first</p>');
    // A client connecting now learns about the error straight away.
    const late = await connect();
    expect(await late.next('hello')).toMatchObject({ error: { file: 'index.txt', line: 2 } });
    fs.writeFileSync(path.join(source, 'index.txt'), '<p>fixed</p>\n');
    await c.next('update');
    expect((await rawRequest(server.port, '/')).body.toString()).toContain('<p>fixed</p>');
    const fresh = await connect();
    const hello = await fresh.next('hello');
    expect('error' in hello).toBe(false);
    for (const x of [c, late, fresh]) x.ws.close();
  });

  it('--livereload-ignore keeps matching outputs from reloading the browser', async () => {
    await server.close();
    server = await startPreviewServer({ builder, port: 0, debounceMs: 10, livereloadIgnore: ['drafts/**', '*.css'] });
    const c = await connect();
    await c.next('hello');
    fs.mkdirSync(path.join(source, 'drafts'));
    fs.writeFileSync(path.join(source, 'drafts', 'x.txt'), 'draft');
    fs.writeFileSync(path.join(source, 'style.css'), 'p { color: green }');
    await sleep(300);
    await server.idle();
    expect(c.messages.map((m) => m.type)).toEqual(['hello']);
    fs.writeFileSync(path.join(source, 'index.txt'), '<p>third</p>');
    expect(await c.next('update')).toMatchObject({ pages: ['/index.html'] });
    c.ws.close();
  });

  it('livereloadPatch: false sends reload where pages would be patched', async () => {
    await server.close();
    server = await startPreviewServer({ builder, port: 0, debounceMs: 10, livereloadPatch: false });
    const c = await connect();
    await c.next('hello');
    fs.writeFileSync(path.join(source, 'index.txt'), '<p>fourth</p>');
    expect(await c.next('reload')).toMatchObject({ type: 'reload', paths: ['/index.html'] });
    expect(c.messages.some((m) => m.type === 'update')).toBe(false);
    c.ws.close();
  });

  it('a config change triggers a full build', async () => {
    fs.writeFileSync(path.join(source, '_config.yml'), 'title: x\n');
    const start = Date.now();
    while (!builder.calls.some((c, i) => i > 0 && c.kind === 'build') && Date.now() - start < 3000) await sleep(10);
    expect(builder.calls.filter((c) => c.kind === 'build')).toHaveLength(2);
  });
});

describe('live reload on its own port (--livereload-port)', () => {
  it('serves the socket there, accepts the page origin only, and tells the client which port', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-lrport-'));
    fs.writeFileSync(path.join(tmp, 'index.txt'), '<p>x</p>');
    const server = await startPreviewServer({ builder: createFakeBuilder(tmp), port: 0, livereloadPort: 0, watch: false });
    try {
      expect(server.livereloadPort).toBeGreaterThan(0);
      expect(server.livereloadPort).not.toBe(server.port);
      const html = (await rawRequest(server.port, '/index.html')).body.toString();
      expect(html).toContain(`&quot;port&quot;:${server.livereloadPort}`);
      const open = (origin: string, port: number) =>
        new Promise<string>((resolve, reject) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}${LIVERELOAD_PATH}`, { origin });
          ws.on('message', (d) => {
            ws.close();
            resolve(JSON.parse(String(d)).type);
          });
          ws.on('error', reject);
        });
      expect(await open(`http://127.0.0.1:${server.port}`, server.livereloadPort!)).toBe('hello');
      await expect(open(`http://127.0.0.1:${server.livereloadPort}`, server.livereloadPort!)).rejects.toThrow(/403/);
      // The page port no longer upgrades.
      await expect(open(`http://127.0.0.1:${server.port}`, server.port)).rejects.toThrow();
    } finally {
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

