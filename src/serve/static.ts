// Serves the destination over HTTP: baseurl prefix (`/` redirects to it), GitHub Pages lookup
// (resolve.ts), `404.html` with status 404, GET and HEAD, single Range requests, ETag with
// `Cache-Control: no-cache` so browsers always revalidate, and the live-reload client put into
// HTML responses (only into the response; the file on disk is never changed).
import type { IncomingMessage, ServerResponse } from 'node:http';
import fs, { type Stats } from 'node:fs';
import { contentTypeFor, isHtmlType } from './mime.js';
import { parseRange } from './range.js';
import { resolveInDestination } from './resolve.js';
import { baseurlSegments, encodeSegments, parseUrlPath, stripBaseurl } from './url-path.js';
import { CLIENT_JS, CLIENT_PATH, CLIENT_VERSION, injectIntoHtml } from './client.js';

export interface StaticOptions {
  /** The destination folder (read on each request: a full build swaps the folder). */
  root: () => string;
  baseurl: () => string;
  /** The script tag to put into HTML responses (`notFound` for 404 answers), or null for none. */
  injection: (page: { notFound: boolean }) => string | null;
  /** Extra response headers (Jekyll's `webrick.headers`). */
  headers?: () => Record<string, string>;
  /** Serve the live-reload client at CLIENT_PATH. */
  serveClient?: boolean;
}

const TEXT = 'text/plain; charset=utf-8';
/** Files up to this size are read in one call and sent as one buffer. */
const SMALL_FILE = 2 * 1024 * 1024;

/** `length` bytes of `fd` from `start` (fewer if the file is shorter). */
function readRange(fd: number, start: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, buf, got, length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/** FNV-1a, enough to tell two injected scripts apart in an ETag. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function etagFor(stat: Stats, injection: string | null): string {
  const base = `${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}-${stat.ino.toString(16)}`;
  // Strong for files served as they are (usable with If-Range, like nginx's); weak once the
  // live-reload script is added, since the bytes then depend on more than the file.
  return injection ? `W/"${base}-${shortHash(injection)}"` : `"${base}"`;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

function plain(res: ServerResponse, req: IncomingMessage, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text + '\n');
  res.writeHead(status, { 'Content-Type': TEXT, 'Content-Length': body.length, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function queryOf(url: string): string {
  const q = url.indexOf('?');
  return q >= 0 ? url.slice(q) : '';
}

export function createStaticHandler(options: StaticOptions) {
  async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<void> {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      // Removed between lookup and open (a rebuild in progress): answer as if it never existed.
      return notFound(req, res, status === 404);
    }
    let handed = false;
    try {
      // Size and ETag from the opened file, so a rebuild swapping it mid-request cannot mix two versions.
      const stat = fs.fstatSync(fd);
      const type = contentTypeFor(file);
      const injection = isHtmlType(type) ? options.injection({ notFound: status === 404 }) : null;
      const etag = etagFor(stat, injection);
      const headers: Record<string, string | number> = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        ETag: etag,
        'Last-Modified': stat.mtime.toUTCString(),
        'X-Content-Type-Options': 'nosniff',
        ...(options.headers?.() ?? {}),
      };
      if (status === 200 && etagMatches(req.headers['if-none-match'], etag)) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      if (injection) {
        const html = injectIntoHtml(readRange(fd, 0, stat.size).toString('utf8'), injection);
        const body = Buffer.from(html);
        res.writeHead(status, { ...headers, 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      headers['Accept-Ranges'] = 'bytes';
      let start = 0;
      let end = stat.size - 1;
      let code = status;
      const ifRange = req.headers['if-range'] as string | undefined;
      const rangeApplies = status === 200 && (!ifRange || etagMatches(ifRange, etag) || ifRange === headers['Last-Modified']);
      const range = rangeApplies ? parseRange(req.headers.range, stat.size) : { kind: 'none' as const };
      if (range.kind === 'unsatisfiable') {
        res.writeHead(416, { 'Content-Range': `bytes */${stat.size}`, 'Content-Type': TEXT, 'Content-Length': 0, ETag: etag });
        res.end();
        return;
      }
      if (range.kind === 'range') {
        start = range.start;
        end = range.end;
        code = 206;
        headers['Content-Range'] = `bytes ${start}-${end}/${stat.size}`;
      }
      const length = Math.max(0, end - start + 1);
      headers['Content-Length'] = length;
      res.writeHead(code, headers);
      if (req.method === 'HEAD' || length === 0) {
        res.end();
        return;
      }
      if (length <= SMALL_FILE) {
        res.end(readRange(fd, start, length));
        return;
      }
      // Large files (video, archives) are streamed rather than held in memory.
      const stream = fs.createReadStream('', { fd, start, end, autoClose: true });
      handed = true;
      stream.on('error', () => res.destroy());
      res.on('close', () => stream.destroy());
      stream.pipe(res);
    } finally {
      if (!handed) fs.closeSync(fd);
    }
  }

  function sendClient(req: IncomingMessage, res: ServerResponse): void {
    const body = Buffer.from(CLIENT_JS);
    const etag = `"${CLIENT_VERSION}"`;
    // The URL carries the version: browsers may keep it for good.
    const headers = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable', ETag: etag, 'X-Content-Type-Options': 'nosniff' };
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse, already404 = false): Promise<void> {
    if (!already404) {
      const page = resolveInDestination(options.root(), ['404.html'], false);
      if (page.kind === 'file') return sendFile(req, res, page.file, 404);
    }
    const injection = options.injection({ notFound: true });
    if (!injection) return plain(res, req, 404, 'Not found');
    // No 404.html (or no site yet, say after a failed first build): a minimal page that still
    // carries the live-reload client, so the error overlay shows and the page follows the next build.
    const body = Buffer.from(
      injectIntoHtml(`<!doctype html><html><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1><p>${escapeHtml(req.url ?? '/')} is not in the site.</p></body></html>`, injection),
    );
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return plain(res, req, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const url = req.url ?? '/';
    if (options.serveClient && url.split('?')[0] === CLIENT_PATH) return sendClient(req, res);
    const parsed = parseUrlPath(url);
    if (!parsed.ok) return plain(res, req, parsed.reason === 'malformed' ? 400 : 403, parsed.reason === 'malformed' ? 'Bad request' : 'Forbidden');

    const base = baseurlSegments(options.baseurl());
    const rest = stripBaseurl(parsed.segments, base);
    if (rest === null) {
      if (parsed.segments.length === 0) {
        res.writeHead(302, { Location: encodeSegments(base, true) + queryOf(url), 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      return notFound(req, res);
    }
    // `/base` without its slash: like a directory, send the browser to `/base/`.
    if (rest.length === 0 && base.length > 0 && !parsed.trailingSlash) {
      res.writeHead(301, { Location: encodeSegments(parsed.segments, true) + queryOf(url), 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const found = resolveInDestination(options.root(), rest, parsed.trailingSlash);
    switch (found.kind) {
      case 'file':
        return sendFile(req, res, found.file, 200);
      case 'redirect-slash':
        res.writeHead(301, { Location: encodeSegments(parsed.segments, true) + queryOf(url), 'Cache-Control': 'no-cache' });
        res.end();
        return;
      case 'forbidden':
        return plain(res, req, 403, 'Forbidden');
      case 'not-found':
        return notFound(req, res);
    }
  };
}
