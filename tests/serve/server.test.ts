// The server around its builder: no rebuild loop from its own output, a failing first build
// still serves (with the error waiting for the browser), --skip-initial-build, a baseurl taken
// from the configuration and changed by a configuration edit, and builders that fail oddly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LIVERELOAD_PATH } from '../../src/serve/livereload.js';
import type { ServerMessage } from '../../src/serve/protocol.js';
import { startPreviewServer, type PreviewServer } from '../../src/serve/server.js';
import type { SiteBuilder } from '../../src/serve/types.js';
import { createFakeBuilder } from './helpers/fake-builder.js';
import { rawRequest } from './helpers/http.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let tmp: string;
let servers: PreviewServer[];

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-server-'));
  fs.writeFileSync(path.join(tmp, 'index.txt'), '<p>home</p>');
  servers = [];
});
afterEach(async () => {
  for (const s of servers) await s.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function start(opts: Parameters<typeof startPreviewServer>[0]): Promise<PreviewServer> {
  const s = await startPreviewServer({ port: 0, debounceMs: 10, ...opts });
  servers.push(s);
  return s;
}

function hello(server: PreviewServer): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${LIVERELOAD_PATH}`, { origin: `http://127.0.0.1:${server.port}` });
    ws.on('message', (d) => {
      ws.close();
      resolve(JSON.parse(String(d)));
    });
    ws.on('error', reject);
  });
}

describe('preview server and builder', () => {
  it('does not rebuild because of its own output in the destination', async () => {
    const builder = createFakeBuilder(tmp);
    const server = await start({ builder });
    expect(fs.existsSync(path.join(tmp, '_site', 'index.html'))).toBe(true);
    fs.writeFileSync(path.join(tmp, 'other.txt'), 'x');
    await sleep(100);
    await server.idle();
    await sleep(400);
    // One initial build, one rebuild for other.txt, and nothing caused by the files they wrote.
    expect(builder.calls.map((c) => c.kind)).toEqual(['build', 'rebuild']);
  });

  it('keeps serving when the first build fails, and greets browsers with the error', async () => {
    fs.writeFileSync(path.join(tmp, 'index.txt'), '{% oops\n');
    const builder = createFakeBuilder(tmp);
    const server = await start({ builder });
    const page = await rawRequest(server.port, '/');
    expect(page.status).toBe(404);
    expect(page.body.toString()).toContain('data-kiln-livereload');
    expect(await hello(server)).toMatchObject({ type: 'hello', error: { file: 'index.txt', line: 1 } });
    fs.writeFileSync(path.join(tmp, 'index.txt'), '<p>fixed</p>');
    const end = Date.now() + 5000;
    while ((await rawRequest(server.port, '/')).status !== 200 && Date.now() < end) await sleep(20);
    expect((await rawRequest(server.port, '/')).body.toString()).toContain('<p>fixed</p>');
    // The failed first build is retried as a full build.
    expect(builder.calls.map((c) => c.kind)).toEqual(['build', 'build']);
  });

  it('survives builders that throw synchronously or reject with a non-error', async () => {
    let mode: 'sync' | 'string' | 'ok' = 'sync';
    const builder: SiteBuilder = {
      config: { source: tmp, destination: path.join(tmp, '_site') },
      async build() {
        return { written: [] };
      },
      rebuild: ((paths: string[]) => {
        if (mode === 'sync') throw new Error('sync boom');
        if (mode === 'string') return Promise.reject('string boom');
        return Promise.resolve({ written: paths });
      }) as SiteBuilder['rebuild'],
      close() {},
    };
    const reports: unknown[] = [];
    const server = await start({ builder, onBuild: (r) => reports.push(r.error) });
    server.notify([path.join(tmp, 'a.txt')]);
    await server.idle();
    mode = 'string';
    server.notify([path.join(tmp, 'b.txt')]);
    await server.idle();
    expect(await hello(server)).toMatchObject({ error: { message: 'string boom' } });
    mode = 'ok';
    server.notify([path.join(tmp, 'c.txt')]);
    await server.idle();
    expect(reports.map((e) => (e instanceof Error ? e.message : e))).toEqual([undefined, 'sync boom', 'string boom', undefined]);
    expect('error' in (await hello(server))).toBe(false);
    expect((await rawRequest(server.port, '/x')).status).toBe(404);
  });

  it('--skip-initial-build serves the destination as it is', async () => {
    fs.mkdirSync(path.join(tmp, '_site'));
    fs.writeFileSync(path.join(tmp, '_site', 'index.html'), '<p>old build</p>');
    const builder = createFakeBuilder(tmp);
    const server = await start({ builder, skipInitialBuild: true, watch: false });
    expect(builder.calls).toEqual([]);
    expect((await rawRequest(server.port, '/')).body.toString()).toContain('old build');
  });

  it("takes the baseurl from the builder's configuration, and a new one after a configuration edit", async () => {
    let baseurl = '/one';
    const make = (): SiteBuilder => {
      const b = createFakeBuilder(tmp, { baseurl });
      return b;
    };
    const server = await start({ builder: make(), recreateBuilder: async () => make() });
    expect(server.url).toMatch(/\/one\/$/);
    expect((await rawRequest(server.port, '/one/')).status).toBe(200);
    baseurl = '/two';
    fs.writeFileSync(path.join(tmp, '_config.yml'), 'baseurl: /two\n');
    const end = Date.now() + 5000;
    while ((await rawRequest(server.port, '/two/')).status !== 200 && Date.now() < end) await sleep(20);
    expect((await rawRequest(server.port, '/two/')).status).toBe(200);
    expect((await rawRequest(server.port, '/one/')).status).toBe(404);
    expect(server.url).toMatch(/\/two\/$/);
  });

  it('refuses to start on a port in use, with a clear error', async () => {
    const first = await start({ builder: createFakeBuilder(tmp), watch: false });
    await expect(startPreviewServer({ builder: createFakeBuilder(tmp), port: first.port, watch: false, skipInitialBuild: true })).rejects.toThrow(/already in use/);
  });
});
