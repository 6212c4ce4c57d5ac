// scan.ts against its reference, htmlparser2 12's Parser: the same start tags (names, decoded
// attributes, offsets), end tags (implied ones too, with their offsets) and script text — on
// hand-picked broken markup, on random markup built from the pieces that trip tokenizers, and on
// every page of the real site's build when it is present.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceEvents, scannerEvents } from './scan-reference.js';
import { decodeAttribute } from '../../src/check/dom/decode.js';

const same = (html: string) => expect(scannerEvents(html)).toEqual(referenceEvents(html));

const CASES = [
  '<a href="x">y</a>', '<A HREF=x ID=Top>y</A>', '<a href="/test>A test link</a>\n</body>', '<a href=x/>t', '<img src=a.png/>',
  '<p><div>x</div></p>', '</p>', '</br>', '<form><form id=f2><input name=q></form></form>', '<ul><li>a<li id=b>c</ul>',
  '<table><tr><td>a<td>b<tr><th>c</table>', '<svg><image href=x /><clipPath id=c/></clipPath><title/>t</svg><image src=y>',
  '<math><mi><script>var a="</scr"+"ipt>";</script></mi></math>', '<script>if (a < b && c) {}</SCRIPT >x', '<script/>content</script>',
  '<style>a<b{}</style><title>&amp; <b></title><textarea><a href=z></textarea>', '<iframe><a href=inside></iframe>', '<plaintext><a href=q>',
  '<!-- a --!> <a id=x> --> <!--> <a id=y> <!---> <a id=z> <!-- --- --> <!----!-x --!> <a id=w>', '<!doctype html><!DOCTYPE><!DOCTYPx><!x><!><!-x>',
  '<![CDATA[ <a id=c> ]]><svg><![CDATA[<a id=d>]]></svg>', '<?xml version="1.0"?><a id=pi>', '</ a><a id=s>', '</1><a id=t>', '</><a id=u>',
  '< a><a id=v><<a id=w>', '<a href="x" target="_blank"">', '<a href="…targ\n="_blank">t</a>', '<a b = "c" d=\'e\' f g=h>',
  '<a href="?a=1&amp;b=2&lang=fr&copy&copy=1&#38;&#x26;&#0;&#128;&notit;&amp">', '<a title="&nbsp;&lt;&gt;&quot;&apos;&Amp;&hellip;">',
  '<a href=x', '<a href="x', '<a href', '<a ', '<!-- x', '<![CDATA[ x', '<!doctype', '</a', '</a x', '<', '</', '<!', '<!-', 'text &amp; <',
  '<div data-proofer-ignore><p>a<div>b</div></div>', '<a id=1 name=2 1=one>x</a>', '<a __proto__=x hasOwnProperty=y>',
  '<svg><foreignObject><p>x</p></foreignObject><desc><a id=q></desc></svg>', '<html><head><link href=a><script src=b></script><body>',
];

describe('scan.ts matches htmlparser2', () => {
  it.each(CASES)('%j', (html) => same(html));

  it('on random markup', () => {
    const piece = fc.constantFrom(
      '<a', '<A', '<p', '<div', '<li', '<td', '<tr', '<table', '<form', '<svg', '<math', '<mi', '<title', '<image', '<img', '<br', '<script',
      '<style', '<textarea', '<iframe', '<clippath', '<foreignobject', '</a>', '</p>', '</br>', '</div>', '</svg>', '</script>', '</SCRIPT',
      '</title>', '</form>', '</', '<!--', '-->', '--!>', '<!', '<![CDATA[', ']]>', '<!doctype', '<?', '>', '/>', '/', ' ', '\n', '=', '"',
      "'", 'href', ' id=', ' name=', ' data-proofer-ignore', 'x', '&amp;', '&', '&#38;', '&copy', '&lt', ';', '#', 'targ', '<',
      '<xmp', '<noembed', '<noframes', '<plaintext', '<StYlE', '</style', '\t', '&#x4', '1', '&#', 'desc', '<mo', '</mi>', '</math>',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => { same(pieces.join('')); }), { numRuns: Number(process.env.KILN_FUZZ_RUNS ?? 3000) });
  });

  const built = process.env.KILN_REAL_SITE_BUILD ?? '/work/scratch/site-jekyll';
  it.skipIf(!fs.existsSync(path.join(built, 'index.html')))('on every page of the real site build', () => {
    const pages = (fs.readdirSync(built, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const rel of pages) same(fs.readFileSync(path.join(built, rel), 'utf8'));
  });
});

describe('decodeAttribute', () => {
  it('decodes as HTML attribute values are decoded', () => {
    expect(decodeAttribute('a&amp;b&lt;&#38;&#x41;')).toBe('a&b<&A');
    expect(decodeAttribute('?x=1&lang=fr')).toBe('?x=1&lang=fr');
    expect(decodeAttribute('&copy 2024')).toBe('© 2024');
    expect(decodeAttribute('&copy=1')).toBe('&copy=1');
    expect(decodeAttribute('&hellip;&#128;')).toBe('…€');
    expect(decodeAttribute('& &# &;')).toBe('& &# &;');
  });
});
