// Robustness: the converter terminates and returns a string for arbitrary Markdown-like input
// (fast-check), and converts each pathological input quickly (no quadratic paths).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMarkdown } from '../../src/markdown/index.js';
import { PATHOLOGICAL } from './pathological.js';

const TOKENS = ['*', '**', '_', '`', '``', '[', ']', '(', ')', '!', '<', '>', '</', '/>', '"', "'", '\\', '|', '-', '=', '#', ':',
  '{:', '}', '$$', '~~', '~~~', '```', '^', '&', ';', '&amp;', '<div>', '</div>', '<span>', '</span>', '<!--', '-->', '{::comment}',
  '{:/}', '[^1]', '[^1]: ', '*[A]: ', '[a]: /u', ' ', '  ', '    ', '\t', '\n', '\n\n', '1. ', '- ', '> ', 'a', 'word', 'é', '«'];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 80 }).map((a) => a.join(''));

describe('markdown robustness', () => {
  it('terminates and returns a string on random Markdown-like input (GFM, Jekyll options)', () => {
    fc.assert(fc.property(markdownish, (src) => {
      const r = convertMarkdown(src);
      expect(typeof r.html).toBe('string');
      expect(Array.isArray(r.warnings)).toBe(true);
    }), { numRuns: 400 });
  });

  it('terminates on random input with the kramdown parser and block HTML parsing', () => {
    fc.assert(fc.property(markdownish, (src) => {
      expect(typeof convertMarkdown(src, { input: 'kramdown', parse_block_html: true }).html).toBe('string');
    }), { numRuns: 300 });
  });

  // The goal is under a second each (bench/markdown.ts reports the times); the assertion leaves room for
  // the shared, loaded machines tests run on.
  const limitMs = Number(process.env.KILN_MD_PATHO_LIMIT_MS ?? 4000);
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(`pathological: ${name}`, () => {
      const src = make();
      const t = performance.now();
      const r = convertMarkdown(src);
      const ms = performance.now() - t;
      expect(typeof r.html).toBe('string');
      expect(ms).toBeLessThan(limitMs);
    });
  }

  it('reports warnings with line numbers', () => {
    const r = convertMarkdown('Para\n\n<div markdown="1">\nunclosed\n\n[^missing] and [^x]\n', { input: 'GFM' });
    expect(r.warnings.some((w) => /no end tag for 'div'/i.test(w.message) && w.line === 3)).toBe(true);
    expect(r.warnings.some((w) => /Footnote definition for 'missing' not found/.test(w.message) && w.line === 6)).toBe(true);
  });
});
