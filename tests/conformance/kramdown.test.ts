// kramdown's and kramdown-parser-gfm's own test suites (read from KRAMDOWN_TESTCASES /
// KRAMDOWN_GFM_TESTCASES, never committed): prints pass counts per folder and requires every case not
// listed in kramdown-excluded.ts to pass. With KRAMDOWN_RUBY_OUT (see kramdown-ruby-check.rb), excluded
// cases are compared with kramdown 2.4.0's own output instead. Skipped when the paths are unset.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failures, runSuite, summarize } from './kramdown-cases.js';

const kd = process.env.KRAMDOWN_TESTCASES;
const gfm = process.env.KRAMDOWN_GFM_TESTCASES;

describe('kramdown conformance', () => {
  it.skipIf(!kd || !existsSync(kd))('kramdown test cases', () => {
    const results = runSuite(kd!, 'kramdown');
    console.log(summarize(results));
    const bad = failures(results);
    for (const f of bad.slice(0, 10)) console.log(f);
    expect(results.length).toBeGreaterThan(100);
    expect(bad).toEqual([]);
    const vsRuby = results.filter((r) => !r.ok && r.matchesRuby24 === false && !/RougeHTMLFormatters/.test(r.excluded ?? ''));
    expect(vsRuby.map((r) => r.id)).toEqual([]);
  });

  it.skipIf(!gfm || !existsSync(gfm))('kramdown-parser-gfm test cases', () => {
    const results = runSuite(gfm!, 'gfm');
    console.log(summarize(results));
    const bad = failures(results);
    for (const f of bad.slice(0, 10)) console.log(f);
    expect(results.length).toBeGreaterThan(10);
    expect(bad).toEqual([]);
    expect(results.filter((r) => !r.ok && r.matchesRuby24 === false).map((r) => r.id)).toEqual([]);
  });
});
