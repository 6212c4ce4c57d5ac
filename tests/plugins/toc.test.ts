// jekyll-toc's HTML round trip and lists against the real gem: every case of toc-cases.json was run
// through jekyll-toc 0.18.0 on Nokogiri/libxml2 2.9.14 by toc-golden.rb (toc-expected.json). Each
// must give the same bytes: the fragment written back (Nokogiri's inner_html), the list
// (build_toc) and the whole `toc` filter output — or fail where the gem fails.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlFragment } from '../../src/plugins/toc-html-parse.js';
import { fragmentInnerHtml } from '../../src/plugins/toc-html-serialize.js';
import { generateTocId, TocParser, tocConfig } from '../../src/plugins/toc.js';

interface Case { name: string; html: string; config?: unknown }
interface Expected { name: string; inner_html: string; build_toc?: string; toc?: string; error?: string }

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'toc-cases.json'), 'utf8')) as Case[];
const expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'toc-expected.json'), 'utf8')) as Expected[];

describe('jekyll-toc against the gem', () => {
  it('has an expected result for every case', () => {
    expect(expected.map((e) => e.name)).toEqual(cases.map((c) => c.name));
  });
  cases.forEach((c, i) => {
    const e = expected[i]!;
    it(c.name, () => {
      expect(fragmentInnerHtml(parseHtmlFragment(c.html)), 'inner_html').toBe(e.inner_html);
      if (e.error !== undefined) {
        expect(() => new TocParser(c.html, c.config ?? {}).toc()).toThrow(e.error.split('\n')[0]);
        return;
      }
      expect(new TocParser(c.html, c.config ?? {}).buildToc(), 'build_toc').toBe(e.build_toc);
      expect(new TocParser(c.html, c.config ?? {}).toc(), 'toc').toBe(e.toc);
    });
  });
});

describe('jekyll-toc pieces', () => {
  it('makes ids as Helper#generate_toc_id', () => {
    expect(generateTocId('Hello, World!')).toBe('hello-world');
    expect(generateTocId('Ça va?')).toBe('%C3%A7a-va');
    expect(generateTocId('snake_case and-dash')).toBe('snake_case-and-dash');
  });
  it('reads the config over the defaults; a non-hash is ignored', () => {
    expect(tocConfig({ min_level: 2, max_level: 3 }).levels).toEqual([2, 3]);
    expect(tocConfig('yes').levels).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tocConfig({ ordered_list: true }).orderedList).toBe(true);
  });
});
