// External links against a local HTTP server on 127.0.0.1: 200, 301 chains, 404, 429 with
// Retry-After, 500, slow answers, timeouts, fragments present or not, HEAD refused, the cache.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, lines, page } from './helpers.js';

let server: http.Server;
let base = '';
const hits = new Map<string, number>();
let retryAfterFirstAt = 0;
let retryAfterSecondAt = 0;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(`${req.method} ${url}`, (hits.get(`${req.method} ${url}`) ?? 0) + 1);
    const n = [...hits.entries()].filter(([k]) => k.endsWith(' ' + url)).reduce((a, [, v]) => a + v, 0);
    switch (url.split('?')[0]) {
      case '/ok':
      case '/anchors': res.writeHead(200, { 'content-type': 'text/html' }).end('<p id="here">x</p>'); return;
      case '/r1': res.writeHead(301, { location: '/r2' }).end(); return;
      case '/r2': res.writeHead(301, { location: '/ok' }).end(); return;
      case '/doc.pdf': res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'); return;
      case '/loop': res.writeHead(302, { location: '/loop' }).end(); return;
      case '/missing': res.writeHead(404, 'Not Found').end(); return;
      case '/boom': res.writeHead(500, 'Internal Server Error').end(); return;
      case '/busy':
        if (n === 1) { retryAfterFirstAt = Date.now(); res.writeHead(429, { 'retry-after': '1' }).end(); return; }
        retryAfterSecondAt = Date.now();
        res.writeHead(200).end('ok');
        return;
      case '/slow': setTimeout(() => res.writeHead(200).end('late'), 300); return;
      case '/gate':
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => { inFlight--; res.writeHead(200).end('ok'); }, 80);
        return;
      case '/unavailable':
        if (n === 1) { res.writeHead(503, { 'retry-after': new Date(Date.now() + 2000).toUTCString() }).end(); return; }
        res.writeHead(200).end('ok');
        return;
      case '/hang': setTimeout(() => res.writeHead(200).end('too late'), 3000); return;
      case '/nohead':
        if (req.method === 'HEAD') { res.writeHead(405, 'Method Not Allowed').end(); return; }
        res.writeHead(200).end('ok');
        return;
      default: res.writeHead(404, 'Not Found').end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

const fast = { timeoutMs: 1000, retries: 2, backoffMs: 50, maxRetryAfterMs: 5000, concurrency: 4, perHostConcurrency: 2, maxRedirects: 10, cacheTtlMs: 0, userAgent: 'kiln-test' };

describe('external links', () => {
  it('reports 404 and 500, follows 301 chains, retries 429 after Retry-After, times out, checks fragments', async () => {
    const links = ['ok', 'r1', 'missing', 'boom', 'busy', 'slow', 'hang', 'ok#here', 'ok#absent', 'nohead']
      .map((p) => `<a href="${base}/${p}">${p}</a>`).join('\n');
    const r = await check({ 'index.html': page(links), 'again.html': page(`<a href="${base}/missing">again</a>`) }, { disableExternal: false, enforceHttps: false, external: fast });
    expect(lines(r)).toEqual([
      `again.html:6 [Links > External] External link ${base}/missing failed: Not Found`,
      `index.html:8 [Links > External] External link ${base}/missing failed: Not Found`,
      `index.html:9 [Links > External] External link ${base}/boom failed: Internal Server Error`,
      `index.html:12 [Links > External] External link ${base}/hang failed: got a time out (response code 0)`,
      `index.html:14 [Links > External] External link ${base}/ok#absent failed: ${base}/ok exists, but the hash 'absent' does not`,
    ]);
    expect(r.failures.find((f) => f.message.includes('/missing'))?.status).toBe(404);
    // Each URL once: /missing appears in two pages but is requested once with HEAD (then GET).
    expect(hits.get('HEAD /missing')).toBe(1);
    // 429 then success, after waiting the Retry-After second.
    expect(retryAfterSecondAt - retryAfterFirstAt).toBeGreaterThanOrEqual(900);
    // HEAD refused with 405, GET accepted: no failure.
    expect(hits.get('GET /nohead')).toBe(1);
  });

  it('gives up on endless redirects', async () => {
    const r = await check({ 'index.html': page(`<a href="${base}/loop">loop</a>`) }, { disableExternal: false, enforceHttps: false, external: { ...fast, retries: 0, maxRedirects: 3 } });
    expect(lines(r)).toEqual([
      `index.html:6 [Links > External] External link ${base}/loop failed with something very wrong.\nIt's possible the client couldn't connect to the server, or perhaps the request timed out.\nSometimes, making too many requests at once also breaks things.\nEither way, the return message from the server is: more than 3 redirects`,
    ]);
    expect(hits.get('HEAD /loop')).toBe(4);
  });

  it('--only-4xx keeps only 4xx failures', async () => {
    const links = ['missing', 'boom', 'hang'].map((p) => `<a href="${base}/${p}">${p}</a>`).join('\n');
    const r = await check({ 'index.html': page(links) }, { disableExternal: false, enforceHttps: false, only4xx: true, external: fast });
    expect(lines(r)).toEqual([`index.html:6 [Links > External] External link ${base}/missing failed: Not Found`]);
  });

  it('caches successful results for the time-to-live, and checks failures again', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cache-'));
    const files = { 'index.html': page(`<a href="${base}/ok?cached=1">ok</a>\n<a href="${base}/missing?cached=1">m</a>`) };
    const opts = { disableExternal: false, enforceHttps: false, cacheDir, external: { ...fast, cacheTtlMs: 60_000 } };
    const first = await check(files, opts);
    const before = hits.get('HEAD /ok?cached=1');
    const second = await check(files, opts);
    expect(hits.get('HEAD /ok?cached=1')).toBe(before);
    expect(second.summary.externalFromCache).toBe(1);
    expect(lines(second)).toEqual(lines(first));
    expect(lines(first)).toEqual([`index.html:7 [Links > External] External link ${base}/missing?cached=1 failed: Not Found`]);
    const cache = JSON.parse(fs.readFileSync(path.join(cacheDir, 'links.json'), 'utf8'));
    expect(cache.external[`${base}/ok?cached=1`].found).toBe(true);
    expect(cache.external[`${base}/missing?cached=1`].found).toBe(false);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    const links = Array.from({ length: 8 }, (_, i) => `<a href="${base}/gate?n${i}=1">${i}</a>`).join('\n');
    maxInFlight = 0;
    const r = await check({ 'index.html': page(links) }, { disableExternal: false, enforceHttps: false, external: { ...fast, concurrency: 8, perHostConcurrency: 2 } });
    expect(lines(r)).toEqual([]);
    expect(maxInFlight).toBe(2);
    expect(r.summary.externalLinks).toBe(8);
  });

  it('requests a page once for all the fragments linked in it', async () => {
    const r = await check({ 'index.html': page(`<a href="${base}/anchors#here">1</a>\n<a href="${base}/anchors#absent">2</a>\n<a href="${base}/anchors#here">3</a>\n<a href="${base}/anchors">4</a>`) },
      { disableExternal: false, enforceHttps: false, external: fast });
    expect(lines(r)).toEqual([`index.html:7 [Links > External] External link ${base}/anchors#absent failed: ${base}/anchors exists, but the hash 'absent' does not`]);
    expect(hits.get('GET /anchors')).toBe(1);
    expect(hits.get('HEAD /anchors')).toBe(1);
  });

  it('takes fragments of non-HTML answers (a PDF page) on trust', async () => {
    const r = await check({ 'index.html': page(`<a href="${base}/doc.pdf#page=2">pdf</a>`) }, { disableExternal: false, enforceHttps: false, external: fast });
    expect(lines(r)).toEqual([]);
    expect(hits.get('GET /doc.pdf')).toBe(1);
  });

  it('checks one URL per path and set of query keys, as html-proofer does', async () => {
    const r = await check({ 'index.html': page(`<a href="${base}/ok?page=1">1</a>\n<a href="${base}/ok?page=2">2</a>\n<a href="${base}/ok?page=3&sort=a">3</a>`) }, { disableExternal: false, enforceHttps: false, external: fast });
    expect(lines(r)).toEqual([]);
    expect(hits.get('HEAD /ok?page=1')).toBe(1);
    expect(hits.get('HEAD /ok?page=2')).toBeUndefined();
    expect(hits.get('HEAD /ok?page=3&sort=a')).toBe(1);
  });

  it('retries a 503 after its Retry-After date', async () => {
    const t0 = Date.now();
    const r = await check({ 'index.html': page(`<a href="${base}/unavailable">u</a>`) }, { disableExternal: false, enforceHttps: false, external: fast });
    expect(lines(r)).toEqual([]);
    expect(hits.get('HEAD /unavailable')).toBe(2);
    // HTTP dates have whole seconds: the wait is between 1 and 2 s.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('--disable-external makes no request', async () => {
    const before = hits.get('HEAD /ok?off=1') ?? 0;
    const r = await check({ 'index.html': page(`<a href="${base}/ok?off=1">x</a>`) }, { enforceHttps: false });
    expect(lines(r)).toEqual([]);
    expect(hits.get('HEAD /ok?off=1') ?? 0).toBe(before);
  });
});

describe('cache and Retry-After units', () => {
  it('trusts found results until the time-to-live runs out, never failures', async () => {
    const { LinkCache } = await import('../../src/check/external/cache.js');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-lc-')), 'links.json');
    const day = 24 * 3600_000;
    const then = new LinkCache(file, day, 1_000_000);
    then.set('https://a.example/', { found: true, status: 200, message: 'OK' });
    then.set('https://b.example/', { found: false, status: 404, message: 'x' });
    then.save();
    expect(new LinkCache(file, day, 1_000_000 + day - 1).fresh('https://a.example/')?.status).toBe(200);
    expect(new LinkCache(file, day, 1_000_000 + day + 1).fresh('https://a.example/')).toBeUndefined();
    expect(new LinkCache(file, day, 1_000_000).fresh('https://b.example/')).toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', async () => {
    const { retryAfterMs } = await import('../../src/check/external/request.js');
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
