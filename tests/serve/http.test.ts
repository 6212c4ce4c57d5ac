// HTTP behaviour of the preview server on an ephemeral port: baseurl, GitHub Pages lookup,
// 404 page, MIME types, HEAD, Range, ETag/no-cache, live-reload injection (response only) and
// every path traversal and symlink escape we could think of.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/serve/server.js';
import { createFakeBuilder } from './helpers/fake-builder.js';
import { rawRequest } from './helpers/http.js';

let tmp: string;
let dest: string;
let server: PreviewServer;
const PDF = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
const BIG = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 7) % 251));
const INDEX = '<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>';

function write(rel: string, content: string | Buffer): void {
  const p = path.join(dest, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-http-'));
  const source = path.join(tmp, 'src');
  dest = path.join(source, '_site');
  fs.mkdirSync(dest, { recursive: true });
  write('index.html', INDEX);
  write('about.html', '<html><body>About</body></html>');
  write('docs/index.html', '<html><body>Docs index</body></html>');
  write('docs/guide.html', '<html><body>Guide</body></html>');
  write('style.css', 'body { color: red }');
  write('img.webp', Buffer.from('RIFF....WEBP'));
  write('pic.avif', Buffer.from('....ftypavif'));
  write('font.woff2', Buffer.from('wOF2'));
  write('feed.xml', '<?xml version="1.0"?><feed/>');
  write('doc.pdf', PDF);
  write('404.html', '<html><body>Custom not found</body></html>');
  write('CNAME', 'example.org');
  write('video.mp4', BIG);
  fs.mkdirSync(path.join(dest, 'emptydir'));
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  fs.mkdirSync(path.join(tmp, 'outside-dir'));
  fs.writeFileSync(path.join(tmp, 'outside-dir', 'index.html'), 'OUTSIDE INDEX');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(dest, 'link-out.txt'));
  fs.symlinkSync(path.join(tmp, 'outside-dir'), path.join(dest, 'dir-out'));
  fs.symlinkSync(path.join(dest, 'about.html'), path.join(dest, 'link-in.html'));
  server = await startPreviewServer({ builder: createFakeBuilder(source), source, destination: dest, port: 0, skipInitialBuild: true, watch: false });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (target: string, headers?: Record<string, string>) => rawRequest(server.port, target, { headers });

describe('lookup', () => {
  it('serves the index of the root and of folders', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.toString()).toContain('<h1>Home</h1>');
    expect((await get('/docs/')).body.toString()).toContain('Docs index');
    expect((await get('/index.html')).status).toBe(200);
  });

  it('serves foo.html for foo, like GitHub Pages, keeping the query string on redirects', async () => {
    expect((await get('/about')).body.toString()).toContain('About');
    expect((await get('/docs/guide')).body.toString()).toContain('Guide');
    const r = await get('/docs?x=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/docs/?x=1');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const r = await get('/nope/nothing.html');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain('Custom not found');
    expect(r.body.toString()).toContain('data-kiln-livereload');
  });

  it('never lists a directory', async () => {
    const r = await get('/emptydir/');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain('Custom not found');
    expect((await get('/emptydir')).status).toBe(301);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const r = await rawRequest(server.port, '/', { method: 'POST', headers: { 'Content-Length': '0' } });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });
});

describe('DNS rebinding guard', () => {
  it('refuses requests naming the server by a foreign domain', async () => {
    const r = await get('/', { Host: `attacker.example:${server.port}` });
    expect(r.status).toBe(403);
    expect(r.body.toString()).not.toContain('Home');
  });
  it.each(['localhost', '127.0.0.1', '[::1]', 'site.localhost', '192.168.1.20'])('accepts %s', async (name) => {
    expect((await get('/', { Host: `${name}:${server.port}` })).status).toBe(200);
  });
});

describe('content types', () => {
  it.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/img.webp', 'image/webp'],
    ['/pic.avif', 'image/avif'],
    ['/font.woff2', 'font/woff2'],
    ['/feed.xml', 'application/xml; charset=utf-8'],
    ['/doc.pdf', 'application/pdf'],
    ['/CNAME', 'text/plain; charset=utf-8'],
  ])('%s is %s', async (url, type) => {
    const r = await get(url);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(type);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('live-reload injection', () => {
  it('adds the client to HTML responses only, before </body>, and never to the file', async () => {
    const r = await get('/');
    const html = r.body.toString();
    expect(html).toMatch(/<script src="\/__kiln\/client\.js\?v=\w+" data-kiln-livereload data-kiln-config="[^"<>]*"><\/script><\/body>/);
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe(INDEX);
    expect((await get('/style.css')).body.toString()).toBe('body { color: red }');
    expect((await get('/feed.xml')).body.toString()).not.toContain('kiln');
  });
});

describe('the client script', () => {
  it('is served as same-origin JavaScript, cacheable for good (its URL is versioned)', async () => {
    const tag = /src="(\/__kiln\/client\.js\?v=\w+)"/.exec((await get('/')).body.toString());
    expect(tag).not.toBeNull();
    const r = await get(tag![1]);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['cache-control']).toContain('immutable');
    expect(r.body.toString()).toContain('__kilnLiveReload');
    expect((await get(tag![1], { 'If-None-Match': r.headers.etag })).status).toBe(304);
  });
});

describe('HEAD, ETag and caching', () => {
  it('HEAD sends the headers of GET without a body', async () => {
    const g = await get('/doc.pdf');
    const h = await rawRequest(server.port, '/doc.pdf', { method: 'HEAD' });
    expect(h.status).toBe(200);
    expect(h.body.length).toBe(0);
    expect(h.headers['content-length']).toBe(String(PDF.length));
    expect(h.headers.etag).toBe(g.headers.etag);
    const hh = await rawRequest(server.port, '/', { method: 'HEAD' });
    expect(hh.body.length).toBe(0);
    expect(Number(hh.headers['content-length'])).toBeGreaterThan(INDEX.length);
  });

  it('revalidates with no-cache and answers 304 to a matching If-None-Match', async () => {
    const first = await get('/style.css');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.etag).toMatch(/^"[0-9a-f-]+"$/);
    const again = await get('/style.css', { 'If-None-Match': first.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const page = await get('/');
    expect(page.headers.etag).toMatch(/^W\//);
    expect((await get('/', { 'If-None-Match': page.headers.etag })).status).toBe(304);
  });

  it('changes the ETag when the file changes', async () => {
    const before = (await get('/about')).headers.etag;
    await new Promise((r) => setTimeout(r, 20));
    write('about.html', '<html><body>About, longer now</body></html>');
    const after = await get('/about', { 'If-None-Match': before });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before);
  });
});

describe('Range requests', () => {
  it('serves a byte range with 206 and Content-Range', async () => {
    const r = await get('/doc.pdf', { Range: 'bytes=10-19' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 10-19/${PDF.length}`);
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.body).toEqual(PDF.subarray(10, 20));
  });

  it('serves open-ended and suffix ranges', async () => {
    const open = await get('/doc.pdf', { Range: 'bytes=990-' });
    expect(open.status).toBe(206);
    expect(open.body).toEqual(PDF.subarray(990));
    const suffix = await get('/doc.pdf', { Range: 'bytes=-5' });
    expect(suffix.headers['content-range']).toBe(`bytes 995-999/${PDF.length}`);
    expect(suffix.body).toEqual(PDF.subarray(995));
    const clipped = await get('/doc.pdf', { Range: 'bytes=998-5000' });
    expect(clipped.body).toEqual(PDF.subarray(998));
  });

  it('streams large files, whole or in part', async () => {
    const all = await get('/video.mp4');
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toBe('video/mp4');
    expect(all.body.equals(BIG)).toBe(true);
    const part = await get('/video.mp4', { Range: 'bytes=1000-3000000' });
    expect(part.status).toBe(206);
    expect(part.body.equals(BIG.subarray(1000, 3000001))).toBe(true);
    const tail = await get('/video.mp4', { Range: 'bytes=-100' });
    expect(tail.body.equals(BIG.subarray(BIG.length - 100))).toBe(true);
  });

  it('answers 416 to a range past the end', async () => {
    const r = await get('/doc.pdf', { Range: 'bytes=5000-6000' });
    expect(r.status).toBe(416);
    expect(r.headers['content-range']).toBe(`bytes */${PDF.length}`);
  });

  it('sends the whole file for several ranges or a stale If-Range', async () => {
    expect((await get('/doc.pdf', { Range: 'bytes=0-1,5-6' })).status).toBe(200);
    const etag = (await get('/doc.pdf')).headers.etag;
    expect((await get('/doc.pdf', { Range: 'bytes=0-1', 'If-Range': etag })).status).toBe(206);
    expect((await get('/doc.pdf', { Range: 'bytes=0-1', 'If-Range': '"stale"' })).status).toBe(200);
  });
});

describe('path traversal and escapes', () => {
  const attempts = [
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/docs/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/docs%2f..%2f..%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/\\..\\secret.txt',
    '/docs\\..\\..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/%00/../secret.txt',
    '/index.html%00.css',
    '/C:/Windows/win.ini',
    '/%c0%ae%c0%ae/secret.txt',
    '/%252e%252e/secret.txt',
  ];
  it.each(attempts)('refuses %s', async (target) => {
    const r = await get(target);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body.toString()).not.toContain('TOP SECRET');
  });

  it('treats a doubly-encoded name as a literal name, not as ..', async () => {
    expect((await get('/%252e%252e/secret.txt')).status).toBe(404);
  });

  it('does not escape through absolute-form or // targets', async () => {
    for (const t of [`http://127.0.0.1:${server.port}/../secret.txt`, '//etc/passwd', `//${tmp}/secret.txt`]) {
      const r = await get(t);
      expect(r.body.toString()).not.toContain('TOP SECRET');
      expect(r.body.toString()).not.toContain('root:');
    }
  });

  it('refuses symlinks leading outside the destination, follows those inside', async () => {
    const file = await get('/link-out.txt');
    expect(file.status).toBe(403);
    expect(file.body.toString()).not.toContain('TOP SECRET');
    const dir = await get('/dir-out/');
    expect(dir.status).toBe(403);
    expect(dir.body.toString()).not.toContain('OUTSIDE');
    expect((await get('/dir-out/index.html')).status).toBe(403);
    expect((await get('/dir-out')).status).toBe(403);
    expect((await get('/link-in.html')).body.toString()).toContain('About');
  });
});

describe('baseurl', () => {
  let based: PreviewServer;
  beforeAll(async () => {
    based = await startPreviewServer({ builder: createFakeBuilder(path.dirname(dest)), destination: dest, baseurl: '/blog', port: 0, skipInitialBuild: true, watch: false, livereload: false });
  });
  afterAll(() => based.close());

  it('redirects / to the baseurl and serves the site under it', async () => {
    const root = await rawRequest(based.port, '/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/blog/');
    const bare = await rawRequest(based.port, '/blog');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/blog/');
    const home = await rawRequest(based.port, '/blog/');
    expect(home.status).toBe(200);
    expect(home.body.toString()).toBe(INDEX);
    expect((await rawRequest(based.port, '/blog/about')).body.toString()).toContain('About');
    expect(based.url).toBe(`http://127.0.0.1:${based.port}/blog/`);
  });

  it('answers 404 outside the baseurl', async () => {
    const r = await rawRequest(based.port, '/about.html');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain('Custom not found');
    expect(r.body.toString()).not.toContain('kiln-livereload');
  });
});

describe('without a 404.html (or before the first good build)', () => {
  let empty: string;
  let bare: PreviewServer;
  let noReload: PreviewServer;
  beforeAll(async () => {
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-empty-'));
    const opts = { builder: createFakeBuilder(empty), destination: path.join(empty, '_site'), port: 0, skipInitialBuild: true, watch: false };
    bare = await startPreviewServer(opts);
    noReload = await startPreviewServer({ ...opts, livereload: false });
  });
  afterAll(async () => {
    await bare.close();
    await noReload.close();
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('answers 404 with a small HTML page carrying the live-reload client, the URL escaped', async () => {
    const r = await rawRequest(bare.port, '/%3Cscript%3Ex');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = r.body.toString();
    expect(html).toContain('data-kiln-livereload');
    expect(html).toContain('/%3Cscript%3Ex is not in the site');
    expect((await rawRequest(bare.port, '/')).status).toBe(404);
  });

  it('answers plain text when live reload is off', async () => {
    const r = await rawRequest(noReload.port, '/x');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
  });
});
