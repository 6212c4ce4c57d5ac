// Real-site conformance: every Markdown conversion Jekyll did for the real site (dumped as NNN.md/NNN.html
// pairs, see tests/conformance/README.md) must come out byte-identical. Skipped when KILN_MD_CORPUS is unset.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstDiff, runCorpus } from './corpus.js';

const dir = process.env.KILN_MD_CORPUS;

describe.skipIf(!dir || !existsSync(dir))('real-site Markdown corpus', () => {
  it('converts every pair byte-identical to Jekyll/kramdown', () => {
    const results = runCorpus(dir!);
    const bad = results.filter((r) => !r.ok);
    console.log(`real-site pairs identical: ${results.length - bad.length}/${results.length}`);
    for (const r of bad.slice(0, 10)) console.log(`${r.name}: ${r.error ?? firstDiff(r.expected, r.actual)}`);
    expect(results.length).toBeGreaterThan(0);
    expect(bad.map((r) => r.name)).toEqual([]);
  });
});
