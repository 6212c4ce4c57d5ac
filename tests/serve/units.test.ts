// The small pure pieces of the preview server, pinned case by case: request paths, ranges, MIME
// types, script injection, allowed hosts, overlay errors.
import { describe, expect, it } from 'vitest';
import { clientScriptTag, injectIntoHtml } from '../../src/serve/client.js';
import { isAllowedHost } from '../../src/serve/host-check.js';
import { contentTypeFor } from '../../src/serve/mime.js';
import { toOverlayError } from '../../src/serve/protocol.js';
import { parseRange } from '../../src/serve/range.js';
import { baseurlSegments, encodeSegments, parseUrlPath, stripBaseurl } from '../../src/serve/url-path.js';
import { codeFrame, KilnError } from '../../src/util/errors.js';

describe('parseUrlPath', () => {
  it.each([
    ['/', [], true],
    ['/a/b.html', ['a', 'b.html'], false],
    ['/a/b/', ['a', 'b'], true],
    ['/a%20b/c%C3%A9.html?x=1#f', ['a b', 'cé.html'], false],
    ['//a///b', ['a', 'b'], false],
    ['http://host:4000/a/b?x', ['a', 'b'], false],
    ['/%252e%252e/x', ['%2e%2e', 'x'], false],
    ['/...', ['...'], false],
    ['/a..b', ['a..b'], false],
  ])('%s → %j', (url, segments, trailingSlash) => {
    expect(parseUrlPath(url)).toEqual({ ok: true, segments, trailingSlash });
  });
  it.each([
    ['/..', 'traversal'],
    ['/a/../b', 'traversal'],
    ['/./a', 'traversal'],
    ['/%2e%2e/a', 'traversal'],
    ['/%2E./a', 'traversal'],
    ['/a%2fb', 'traversal'],
    ['/a%2Fb', 'traversal'],
    ['/a%5cb', 'traversal'],
    ['/a\\b', 'traversal'],
    ['/C:/x', 'traversal'],
    ['/c%3A/x', 'traversal'],
    ['/a%00b', 'malformed'],
    ['/%', 'malformed'],
    ['/%zz', 'malformed'],
    ['/%c0%ae', 'malformed'],
    ['a/b', 'malformed'],
    ['*', 'malformed'],
  ])('%s is refused (%s)', (url, reason) => {
    expect(parseUrlPath(url)).toEqual({ ok: false, reason });
  });
});

describe('baseurl helpers', () => {
  it('splits, strips and re-encodes', () => {
    expect(baseurlSegments('/blog/')).toEqual(['blog']);
    expect(baseurlSegments('')).toEqual([]);
    expect(baseurlSegments(undefined)).toEqual([]);
    expect(stripBaseurl(['blog', 'a.html'], ['blog'])).toEqual(['a.html']);
    expect(stripBaseurl(['blogs', 'a.html'], ['blog'])).toBeNull();
    expect(stripBaseurl([], ['blog'])).toBeNull();
    expect(encodeSegments(['a b', 'é'], true)).toBe('/a%20b/%C3%A9/');
    expect(encodeSegments([], true)).toBe('/');
  });
});

describe('parseRange', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['bytes=0-9', { kind: 'range', start: 0, end: 9 }],
    ['bytes=90-', { kind: 'range', start: 90, end: 99 }],
    ['bytes=-10', { kind: 'range', start: 90, end: 99 }],
    ['bytes=-1000', { kind: 'range', start: 0, end: 99 }],
    ['bytes=50-5000', { kind: 'range', start: 50, end: 99 }],
    ['BYTES = 1-2', { kind: 'range', start: 1, end: 2 }],
    ['bytes=100-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=5-1', { kind: 'none' }],
    ['bytes=0-1,3-4', { kind: 'none' }],
    ['items=0-1', { kind: 'none' }],
    ['bytes=-', { kind: 'none' }],
    ['bytes=a-b', { kind: 'none' }],
  ])('%s of 100 bytes → %j', (header, result) => expect(parseRange(header, 100)).toEqual(result));
  it('an empty file satisfies no range', () => expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' }));
});

describe('contentTypeFor', () => {
  it.each([
    ['a/b.HTML', 'text/html; charset=utf-8'],
    ['x.js', 'text/javascript; charset=utf-8'],
    ['x.svg', 'image/svg+xml'],
    ['x.jpeg', 'image/jpeg'],
    ['x.mp4', 'video/mp4'],
    ['x.webm', 'video/webm'],
    ['x.json', 'application/json; charset=utf-8'],
    ['x.ico', 'image/x-icon'],
    ['x.woff', 'font/woff'],
    ['x.wasm', 'application/wasm'],
    ['CNAME', 'text/plain; charset=utf-8'],
    ['.htaccess', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
    ['x.unknownext', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});

describe('injectIntoHtml', () => {
  const tag = '<script>x</script>';
  it('goes before the last </body>', () => {
    expect(injectIntoHtml('<body><p>a</p></body></html>', tag)).toBe('<body><p>a</p><script>x</script></body></html>');
    expect(injectIntoHtml('<BODY></BODY>', tag)).toBe('<BODY><script>x</script></BODY>');
    expect(injectIntoHtml('<body><pre>&lt;/body></pre></body>', tag)).toBe('<body><pre>&lt;/body></pre><script>x</script></body>');
  });
  it('else after <head>, not after <header>', () => {
    expect(injectIntoHtml('<html><head lang="x"><title>t</title>', tag)).toBe('<html><head lang="x"><script>x</script><title>t</title>');
    expect(injectIntoHtml('<header>h</header>', tag)).toBe('<header>h</header><script>x</script>');
  });
  it('else at the end', () => expect(injectIntoHtml('<p>fragment', tag)).toBe('<p>fragment<script>x</script>'));
  it('the client tag cannot be broken out of by its configuration', () => {
    const t = clientScriptTag({ path: '/"></script><script>alert(1)//', port: null, buildId: 1 });
    expect(t.match(/<\/script>/g)).toHaveLength(1);
    expect(t.match(/"/g)).toHaveLength(4);
    const attr = /data-kiln-config="([^"]*)"/.exec(t)![1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(JSON.parse(attr).path).toBe('/"></script><script>alert(1)//');
  });
});

describe('isAllowedHost', () => {
  it.each([
    ['localhost:4000', true],
    ['LOCALHOST', true],
    ['127.0.0.1:4000', true],
    ['[::1]:4000', true],
    ['10.0.0.5:4000', true],
    ['blog.localhost:4000', true],
    ['example.org', false],
    ['localhost.example.org', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, ok) => expect(isAllowedHost(host, '127.0.0.1')).toBe(ok));
  it('accepts the bound host name and extra names', () => {
    expect(isAllowedHost('devbox:4000', 'devbox')).toBe(true);
    expect(isAllowedHost('preview.example.org', '0.0.0.0', ['.example.org'])).toBe(true);
    expect(isAllowedHost('example.com', '0.0.0.0', ['.example.org'])).toBe(false);
  });
});

describe('toOverlayError', () => {
  it('keeps a KilnError’s location, frame and chain', () => {
    const text = 'a\n{% if %}\nc';
    const err = new KilnError('bad tag', { file: '_layouts/x.html', line: 2, column: 4, frame: codeFrame(text, 2, 4), chain: ['index.md:1'] });
    expect(toOverlayError(err)).toEqual({ message: 'bad tag', file: '_layouts/x.html', line: 2, column: 4, frame: codeFrame(text, 2, 4), chain: ['index.md:1'] });
  });
  it('gives an unexpected crash its stack as frame, and copes with non-errors', () => {
    const o = toOverlayError(new TypeError('x is undefined'));
    expect(o.message).toBe('x is undefined');
    expect(o.frame).toMatch(/at /);
    expect(toOverlayError('just a string')).toEqual({ message: 'just a string' });
  });
});
