// Loader and runner for kramdown's and kramdown-parser-gfm's own test cases (`*.text` → `*.html` with
// `*.options` or a folder-wide `options` file), applied the way their test_files.rb do.
// Direct report: `KRAMDOWN_TESTCASES=… KRAMDOWN_GFM_TESTCASES=… npx tsx tests/conformance/kramdown-cases.ts [--show N]`.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { convertMarkdown } from '../../src/markdown/index.js';
import { EXCLUDED } from './kramdown-excluded.js';

export interface CaseResult {
  suite: 'kramdown' | 'gfm';
  id: string;
  folder: string;
  ok: boolean;
  excluded?: string;
  /** For excluded cases, when KRAMDOWN_RUBY_OUT holds kramdown 2.4's own output: whether we match it. */
  matchesRuby24?: boolean;
  expected: string;
  actual: string;
  error?: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.text')) out.push(p);
  }
  return out;
}

/** A test case's options: Ruby-YAML keys like `:auto_ids` become `auto_ids`. */
function loadOptions(textFile: string): Record<string, unknown> {
  let file = textFile.replace(/\.text$/, '.options');
  if (!existsSync(file)) file = join(dirname(textFile), 'options');
  if (!existsSync(file)) return { auto_ids: false, footnote_nr: 1 };
  const data = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) out[k.replace(/^:/, '')] = typeof v === 'string' && v.startsWith(':') ? v.slice(1) : v;
  return out;
}

/** kramdown's test suite patches Rouge's formatter to end `</code></pre>` with a newline. */
function testFormatterPatch(html: string): string {
  return html.replace(/<\/code><\/pre><\/div>/g, '</code></pre>\n</div>');
}

export function runSuite(root: string, suite: 'kramdown' | 'gfm', rubyOut = process.env.KRAMDOWN_RUBY_OUT): CaseResult[] {
  const results: CaseResult[] = [];
  for (const textFile of walk(root)) {
    const htmlFile = textFile.replace(/\.text$/, '.html');
    if (!existsSync(htmlFile)) continue;
    const id = relative(root, textFile).replace(/\.text$/, '');
    const folder = dirname(id);
    const options = loadOptions(textFile);
    if (suite === 'gfm') options.input = 'GFM';
    else options.input ??= 'kramdown';
    const expected = readFileSync(htmlFile, 'utf8');
    const excluded = EXCLUDED[`${suite}:${id}`];
    try {
      let actual = convertMarkdown(readFileSync(textFile, 'utf8'), options).html;
      if (suite === 'kramdown') actual = testFormatterPatch(actual);
      let matchesRuby24: boolean | undefined;
      const rubyFile = rubyOut ? join(rubyOut, suite, id + '.html') : '';
      if (excluded && rubyOut && existsSync(rubyFile)) matchesRuby24 = actual === readFileSync(rubyFile, 'utf8');
      results.push({ suite, id, folder, ok: actual === expected, excluded, matchesRuby24, expected, actual });
    } catch (e) {
      results.push({ suite, id, folder, ok: false, excluded, expected, actual: '', error: String((e as Error).stack ?? e) });
    }
  }
  return results;
}

export function summarize(results: CaseResult[]): string {
  const byFolder = new Map<string, [number, number, number]>();
  for (const r of results) {
    const f = `${r.suite}:${r.folder}`;
    const e = byFolder.get(f) ?? [0, 0, 0];
    if (r.ok) e[0]++;
    if (r.excluded && !r.ok) e[2]++;
    e[1]++;
    byFolder.set(f, e);
  }
  const lines = [...byFolder].map(([f, [ok, n, ex]]) => `${f.padEnd(48)} ${ok}/${n}${ex ? ` (${ex} excluded)` : ''}`);
  for (const suite of ['kramdown', 'gfm'] as const) {
    const rs = results.filter((r) => r.suite === suite);
    if (!rs.length) continue;
    const ok = rs.filter((r) => r.ok).length;
    const counted = rs.filter((r) => r.ok || !r.excluded).length;
    lines.push(`TOTAL ${suite}: ${ok}/${rs.length} pass (${ok}/${counted} excluding ${rs.length - counted} listed exclusions)`);
    const vs = rs.filter((r) => !r.ok && r.matchesRuby24 !== undefined);
    if (vs.length) lines.push(`  excluded ${suite} cases byte-identical to kramdown 2.4's own output: ${vs.filter((r) => r.matchesRuby24).length}/${vs.length}`);
  }
  return lines.join('\n');
}

function firstDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}\n  expected: ${JSON.stringify(a[i])}\n  actual:   ${JSON.stringify(b[i])}`;
  }
  return 'identical';
}

export function failures(results: CaseResult[], includeExcluded = false): string[] {
  return results.filter((r) => !r.ok && (includeExcluded || !r.excluded)).map((r) => `--- ${r.suite}:${r.id}: ${r.error ? r.error.split('\n').slice(0, 3).join('\n') : firstDiff(r.expected, r.actual)}`);
}

if (process.argv[1] && process.argv[1].endsWith('kramdown-cases.ts')) {
  const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 10);
  const all = process.argv.includes('--all');
  const results: CaseResult[] = [];
  if (process.env.KRAMDOWN_TESTCASES) results.push(...runSuite(process.env.KRAMDOWN_TESTCASES, 'kramdown'));
  if (process.env.KRAMDOWN_GFM_TESTCASES) results.push(...runSuite(process.env.KRAMDOWN_GFM_TESTCASES, 'gfm'));
  for (const f of failures(results, all).slice(0, show)) console.log(f);
  console.log(summarize(results));
}
