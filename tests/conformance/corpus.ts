// Real-site corpus helper: pairs NNN.md / NNN.html dumped from Jekyll's kramdown converter
// (see tests/conformance/README.md), compared with convertMarkdown under Jekyll's default options.
// Run directly for a report: `KILN_MD_CORPUS=/work/scratch/md-corpus npx tsx tests/conformance/corpus.ts [--show N]`.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertMarkdown } from '../../src/markdown/index.js';

export interface CorpusResult {
  name: string;
  ok: boolean;
  expected: string;
  actual: string;
  error?: string;
}

export function runCorpus(dir: string): CorpusResult[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return names.map((f) => {
    const name = f.slice(0, -3);
    const md = readFileSync(join(dir, f), 'utf8');
    const expected = readFileSync(join(dir, name + '.html'), 'utf8');
    try {
      const actual = convertMarkdown(md).html;
      return { name, ok: actual === expected, expected, actual };
    } catch (e) {
      return { name, ok: false, expected, actual: '', error: String((e as Error).stack ?? e) };
    }
  });
}

/** First differing line, with a little context. */
export function firstDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}\n  expected: ${JSON.stringify(a[i])}\n  actual:   ${JSON.stringify(b[i])}`;
  }
  return 'identical';
}

if (process.argv[1] && process.argv[1].endsWith('corpus.ts')) {
  const dir = process.env.KILN_MD_CORPUS ?? '/work/scratch/md-corpus';
  const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 5);
  const results = runCorpus(dir);
  const bad = results.filter((r) => !r.ok);
  for (const r of bad.slice(0, show)) console.log(`--- ${r.name}: ${r.error ?? firstDiff(r.expected, r.actual)}`);
  console.log(`real-site pairs identical: ${results.length - bad.length}/${results.length}`);
}
