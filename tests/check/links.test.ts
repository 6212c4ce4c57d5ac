// html-proofer 5's Links check and internal validator, one fixture per behaviour and option.
import { describe, expect, it } from 'vitest';
import { check, lines, page } from './helpers.js';
import { defaultOptions } from '../../src/check/options.js';

describe('Links', () => {
  it('resolves internal links as html-proofer: .html assumed, directory index, root, relative', async () => {
    const r = await check({
      'index.html': page(`<a href="/about">a</a>\n<a href="blog/">b</a>\n<a href="/blog">c</a>\n<a href="./about.html">d</a>\n<a href="/missing">e</a>\n<a href="../outside.html">f</a>`),
      'about.html': page('about'),
      'blog/index.html': page('blog'),
    });
    expect(lines(r)).toEqual([
      'index.html:10 [Links > Internal] internally linking to /missing, which does not exist',
      'index.html:11 [Links > Internal] internally linking to ../outside.html, which does not exist',
    ]);
  });

  it('reports directories linked without their slash when redirects are not followed', async () => {
    const files = { 'index.html': page('<a href="/blog">1</a>\n<a href="/blog/">2</a>'), 'blog/index.html': page('b') };
    expect(lines(await check(files))).toEqual([]);
    const r = await check(files, { external: { ...defaultOptions().external, maxRedirects: 0 } });
    expect(lines(r)).toEqual(['index.html:6 [Links] internally linking to a directory /blog without trailing slash']);
  });

  it('finds files in dot-folders too (which the page walk skips)', async () => {
    const r = await check({
      'index.html': page('<a href="/.well-known/security.txt">s</a>\n<a href="/.well-known/gone.txt">g</a>'),
      '.well-known/security.txt': 'x',
      '.hidden.html': page('<a href="/nope">not checked: dot-files are not pages</a>'),
    });
    expect(lines(r)).toEqual(['index.html:7 [Links > Internal] internally linking to /.well-known/gone.txt, which does not exist']);
  });

  it('checks internal fragments against id and name, case-sensitive, #top allowed', async () => {
    const r = await check({
      'index.html': page(`<h2 id="Intro">x</h2><a name="old"></a>\n<a href="#Intro">1</a>\n<a href="#intro">2</a>\n<a href="#top">3</a>\n<a href="other.html#sec">4</a>\n<a href="other.html#nope">5</a>\n<a href="#old">6</a>\n<a href="file.pdf#page=2">7</a>`),
      'other.html': page('<p id="sec">s</p>'),
      'file.pdf': '%PDF',
    });
    expect(lines(r)).toEqual([
      "index.html:6 [Links] 'a' tag is missing a reference",
      "index.html:8 [Links > Internal] internally linking to #intro; the file exists, but the hash 'intro' does not",
      "index.html:11 [Links > Internal] internally linking to other.html#nope; the file exists, but the hash 'nope' does not",
      "index.html:13 [Links > Internal] internally linking to file.pdf#page=2; the file exists, but the hash 'page=2' does not",
    ]);
  });

  it('reports bare # only without --allow-hash-href, and missing href unless --allow-missing-href', async () => {
    const files = { 'index.html': page('<a href="#">top</a>\n<a>no href</a>') };
    expect(lines(await check(files, { allowHashHref: true }))).toEqual(["index.html:7 [Links] 'a' tag is missing a reference"]);
    expect(lines(await check(files, { allowHashHref: false, allowMissingHref: true }))).toEqual([
      'index.html:6 [Links] linking to internal hash #, which points to nowhere',
    ]);
  });

  it('checks mailto:, tel:, invalid and protocol-relative URLs', async () => {
    const r = await check({
      'index.html': page('<a href="mailto:">1</a>\n<a href="mailto:not-an-address">2</a>\n<a href="mailto:a@example.org">3</a>\n<a href="tel:">4</a>\n<a href="//cdn.example.org/x.js">5</a>\n<a href="http://exa mple.org/">6</a>\n<a href="javascript:void(0)">7</a>'),
    });
    expect(lines(r)).toEqual([
      'index.html:6 [Links] mailto: contains no email address',
      'index.html:7 [Links] mailto:not-an-address contains an invalid email address',
      'index.html:9 [Links] tel: contains no phone number',
      'index.html:10 [Links] //cdn.example.org/x.js is a protocol-relative URL, use explicit https:// instead',
      'index.html:11 [Links] http://exa mple.org/ is an invalid URL',
    ]);
    const lenient = await check({ 'index.html': page('<a href="mailto:">1</a>') }, { ignoreEmptyMailto: true });
    expect(lines(lenient)).toEqual([]);
  });

  it('reports http:// links under --enforce-https (html-proofer 5 default) only', async () => {
    const files = { 'index.html': page('<a href="http://example.org/">x</a>\n<a href="https://example.org/">y</a>') };
    expect(lines(await check(files))).toEqual(['index.html:6 [Links] http://example.org/ is not an HTTPS link']);
    expect(lines(await check(files, { enforceHttps: false }))).toEqual([]);
  });

  it('ignores data-proofer-ignore on the element or an ancestor, and code/pre/tt contents', async () => {
    const r = await check({
      'index.html': page('<a href="/nope1" data-proofer-ignore>1</a>\n<div data-proofer-ignore><p><a href="/nope2">2</a></p></div>\n<pre><a href="/nope3">3</a></pre><code><img src="x.png"></code><tt><a href="/nope4">4</a></tt>\n<a href="/nope5">5</a>'),
    });
    expect(lines(r)).toEqual(['index.html:9 [Links > Internal] internally linking to /nope5, which does not exist']);
  });

  it('honours --ignore-urls (exact and /regex/), --swap-urls and --ignore-files', async () => {
    const files = {
      'index.html': page('<a href="/a-gone">1</a>\n<a href="/old/b">2</a>\n<a href="/old/c">3</a>'),
      'c.html': page('c'),
      'skip/x.html': page('<a href="/broken">x</a>'),
    };
    const r = await check(files, { ignoreUrls: ['/a-gone', /^\/old\/b/], swapUrls: [[/^\/old\//g, '/']], ignoreFiles: [/skip\//] });
    expect(lines(r)).toEqual([]);
    const r2 = await check(files, { swapUrls: [[/^\/old\//g, '/']] });
    expect(lines(r2)).toEqual([
      'index.html:6 [Links > Internal] internally linking to /a-gone, which does not exist',
      'index.html:7 [Links > Internal] internally linking to /b, which does not exist',
      'skip/x.html:6 [Links > Internal] internally linking to /broken, which does not exist',
    ]);
  });

  it('honours --assume-extension, --directory-index-file and <base href>', async () => {
    const files = {
      'index.html': page('<a href="/docs/">1</a>\n<a href="/page">2</a>'),
      'docs/default.htm': 'x',
      'page.htm': 'x',
    };
    expect(lines(await check(files, { assumeExtension: '.htm', directoryIndexFiles: ['default.htm'] }))).toEqual([]);
    expect(lines(await check(files)).length).toBe(2);
    const based = await check({ 'sub/index.html': page('<a href="target.html">t</a>', '<base href="/docs/">'), 'docs/target.html': 'x' });
    expect(lines(based)).toEqual([]);
  });

  it('reports a swallowed quote at file:line without crashing', async () => {
    const r = await check({
      'index.html': page('<p>At the Shadok, <a href="https://www.openstreetmap.org/?mlat=48.5#map=14/48.5/7.7 targ\n  ="_blank">Strasbourg</a></p>'),
    });
    expect(lines(r)).toEqual([
      `index.html:6 [Markup] malformed attribute '_blank"' on <a> (the value of href="…s://www.openstreetmap.org/?mlat=48.5#map=14/48.5/7.7 targ =" probably swallowed a quote)`,
    ]);
    expect(r.failures[0].column).toBe(19);
  });
});

describe('a single page', () => {
  it('checks one file, resolving root links against its folder (html-proofer check_file)', async () => {
    const { writeSite } = await import('./helpers.js');
    const { runChecks } = await import('../../src/check/index.js');
    const dir = writeSite({ 'one.html': page('<a href="/two.html">2</a>\n<a href="/three.html">3</a>'), 'two.html': page('2'), 'other.html': page('<a href="/nope">x</a>') });
    const r = await runChecks(`${dir}/one.html`, { validateHtml: false, disableExternal: true, cacheDir: null });
    expect(lines(r)).toEqual(['one.html:7 [Links > Internal] internally linking to /three.html, which does not exist']);
    expect(r.summary.files).toBe(1);
  });
});

describe('snippets for source lookup', () => {
  it("quote the failing element's start tag as written (up to its first > or line end)", async () => {
    const r = await check({ 'index.html': page('<p>see <a class="x"\n href="/gone">gone</a> and <img src="/nope.png" alt="n"></p>') });
    expect(r.failures.map((f) => [f.check, f.snippet])).toEqual([
      ['Links > Internal', '<a class="x"'],
      ['Images', '<img src="/nope.png" alt="n">'],
    ]);
  });
});
