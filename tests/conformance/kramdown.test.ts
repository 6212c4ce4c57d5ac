// kramdown's and kramdown-parser-gfm's own test suites (read from KRAMDOWN_TESTCASES /
// KRAMDOWN_GFM_TESTCASES, never committed): prints pass counts per folder against the expected files and
// against the installed kramdown 2.4 (run through kramdown-ruby-check.rb when Ruby and kramdown are
// installed, or read from KRAMDOWN_RUBY_OUT), and lists every excluded or failing case with its reason.
// Requires: every case not listed in kramdown-excluded.ts passes against its file; no listed case passes
// (the list stays exact); and, with the oracle, kiln's output equals kramdown 2.4's on every case it
// converts and every listed case is one where kramdown 2.4 itself differs from the file.
// Skipped when the paths are unset.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failures, listExceptions, rubyFailures, rubyOracle, runSuite, summarize } from './kramdown-cases.js';

const kd = process.env.KRAMDOWN_TESTCASES;
const gfm = process.env.KRAMDOWN_GFM_TESTCASES;
let oracle: ReturnType<typeof rubyOracle> | undefined;
const getOracle = (): ReturnType<typeof rubyOracle> => (oracle ??= rubyOracle(kd && existsSync(kd) ? kd : undefined, gfm && existsSync(gfm) ? gfm : undefined));

function check(root: string, suite: 'kramdown' | 'gfm', minCases: number): void {
  const { dir, note } = getOracle();
  const results = runSuite(root, suite, dir);
  console.log(`${note}\n${summarize(results)}\nExcluded or failing cases:\n${listExceptions(results).join('\n')}`);
  for (const f of [...failures(results), ...rubyFailures(results)].slice(0, 10)) console.log(f);
  expect(results.length).toBeGreaterThan(minCases);
  expect(failures(results)).toEqual([]);
  expect(results.filter((r) => r.excluded && r.ok).map((r) => `${r.id} passes: remove it from kramdown-excluded.ts`)).toEqual([]);
  if (dir) {
    expect(rubyFailures(results)).toEqual([]);
    expect(results.filter((r) => r.excluded && r.ruby && 'html' in r.ruby && r.ruby.html === r.expected).map((r) => `${r.id}: kramdown 2.4 reproduces the file`)).toEqual([]);
  }
}

describe('kramdown conformance', () => {
  it.skipIf(!kd || !existsSync(kd))('kramdown test cases', () => check(kd!, 'kramdown', 100), 60_000);
  it.skipIf(!gfm || !existsSync(gfm))('kramdown-parser-gfm test cases', () => check(gfm!, 'gfm', 10), 60_000);
});
