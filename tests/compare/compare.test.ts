// Site comparison: HTML equivalent modulo whitespace and attribute order, raw text kept in pre/code,
// other text folded, binaries byte-equal; missing/extra/differing listed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFile, compareSites, formatComparison, sitesMatch } from '../../src/compare/index.js';

const b = (s: string) => Buffer.from(s);

describe('compareFile', () => {
  it('folds whitespace and sorts attributes in HTML', () => {
    const v = compareFile('a.html', b('<p class="x"  id="y">Hello\n  world</p>'), b('<p id="y" class="x">Hello world</p>\n'));
    expect(v).toEqual({ identical: false, equivalent: true });
  });
  it('keeps whitespace significant inside pre and code', () => {
    const v = compareFile('a.html', b('<pre><code>a  b</code></pre>'), b('<pre><code>a b</code></pre>'));
    expect(v.equivalent).toBe(false);
    expect(v.hint).toEqual({ reference: 'a  b', ours: 'a b' });
  });
  it('folds whitespace in XML and other text, compares binaries by bytes', () => {
    expect(compareFile('feed.xml', b('<a>\n  x</a>'), b('<a> x</a>')).equivalent).toBe(true);
    expect(compareFile('x.png', b('\x00\x01 a'), b('\x00\x01  a')).equivalent).toBe(false);
  });
});

describe('compareSites', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-compare-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const site = (name: string, files: Record<string, string>) => {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, name, rel), text);
    }
    return path.join(root, name);
  };
  it('counts equivalent, identical, missing, extra and differing files', () => {
    const ref = site('ref', { 'index.html': '<p>a</p>', 'b/index.html': '<p>b</p>', 'c.css': 'a{}', 'gone.txt': 'x' });
    const out = site('out', { 'index.html': '<p>a</p>', 'b/index.html': '<p>B</p>', 'c.css': 'a{}\n', 'new.txt': 'y' });
    const c = compareSites(ref, out);
    expect(c).toMatchObject({ referenceFiles: 4, ourFiles: 4, equivalent: 2, byteIdentical: 1, missing: ['gone.txt'], extra: ['new.txt'] });
    expect(c.differing.map((d) => d.file)).toEqual(['b/index.html']);
    expect(sitesMatch(c)).toBe(false);
    expect(formatComparison(c)).toMatch(/equivalent 2\/4 \(byte-identical 1\), missing 1, extra 1, differing 1$/);
  });
});
