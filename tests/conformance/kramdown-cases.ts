// Loader and runner for kramdown's and kramdown-parser-gfm's own test cases (`*.text` → `*.html` with
// `*.options` or a folder-wide `options` file), applied the way their test_files.rb do. Each case is counted
// twice: against its expected file, and against the installed kramdown 2.4 (Jekyll 4.3's converter, our
// real oracle; the suites come from a newer kramdown checkout), whose output kramdown-ruby-check.rb writes.
// Direct report: `KRAMDOWN_TESTCASES=… KRAMDOWN_GFM_TESTCASES=… npx tsx tests/conformance/kramdown-cases.ts [--show N]`.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { convertMarkdown, defineRougeFormatter } from '../../src/markdown/index.js';
import { EXCLUDED } from './kramdown-excluded.js';

/** What the installed kramdown 2.4 does with a case. */
export type RubyResult = { html: string } | { error: string };

export interface CaseResult {
  suite: 'kramdown' | 'gfm';
  id: string;
  folder: string;
  /** kiln's output equals the expected file. */
  ok: boolean;
  /** Reason from kramdown-excluded.ts when the case is listed there. */
  excluded?: string;
  /** kramdown 2.4's own result, when the oracle ran. */
  ruby?: RubyResult;
  /** kiln's output equals kramdown 2.4's (undefined when the oracle did not run or raised). */
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

// kramdown's test_files.rb defines this Rouge formatter (an HTMLLegacy subclass wrapping its output in a
// div); block/06_codeblock/rouge/multiple selects it with `formatter: RougeHTMLFormatters`.
defineRougeFormatter('RougeHTMLFormatters', (html) => `<div class="custom-class">${html}</div>`);

const RUBY_CHECK = join(dirname(fileURLToPath(import.meta.url)), 'kramdown-ruby-check.rb');

/**
 * kramdown 2.4's output of every case: KRAMDOWN_RUBY_OUT when set, else kramdown-ruby-check.rb run now
 * when Ruby with kramdown and kramdown-parser-gfm is installed; null (oracle skipped) otherwise.
 */
export function rubyOracle(kd: string | undefined, gfm: string | undefined): { dir: string | null; note: string } {
  const given = process.env.KRAMDOWN_RUBY_OUT;
  if (given) return existsSync(given) ? { dir: given, note: `kramdown 2.4 output read from ${given}` } : { dir: null, note: `KRAMDOWN_RUBY_OUT=${given} does not exist` };
  try {
    execFileSync('ruby', ['-e', 'require "kramdown"; require "kramdown-parser-gfm"'], { stdio: 'ignore' });
  } catch {
    return { dir: null, note: 'kramdown 2.4 oracle skipped: ruby with kramdown and kramdown-parser-gfm is not installed' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kiln-kramdown-'));
  execFileSync('ruby', [RUBY_CHECK, kd ?? '', gfm ?? '', dir], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  const version = execFileSync('ruby', ['-e', 'require "kramdown"; require "kramdown-parser-gfm"; print Kramdown::VERSION, " / parser-gfm ", Kramdown::Parser::GFM::VERSION'], { encoding: 'utf8' });
  return { dir, note: `kramdown ${version} run on every case now (kramdown-ruby-check.rb)` };
}

function readRuby(rubyOut: string | null | undefined, suite: string, id: string): RubyResult | undefined {
  if (!rubyOut) return undefined;
  const base = join(rubyOut, suite, id);
  if (existsSync(base + '.html')) return { html: readFileSync(base + '.html', 'utf8') };
  if (existsSync(base + '.error')) return { error: readFileSync(base + '.error', 'utf8') };
  return undefined;
}

export function runSuite(root: string, suite: 'kramdown' | 'gfm', rubyOut: string | null = process.env.KRAMDOWN_RUBY_OUT ?? null): CaseResult[] {
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
    const ruby = readRuby(rubyOut, suite, id);
    try {
      let actual = convertMarkdown(readFileSync(textFile, 'utf8'), options).html;
      if (suite === 'kramdown') actual = testFormatterPatch(actual);
      const matchesRuby24 = ruby && 'html' in ruby ? actual === ruby.html : undefined;
      results.push({ suite, id, folder, ok: actual === expected, excluded, ruby, matchesRuby24, expected, actual });
    } catch (e) {
      results.push({ suite, id, folder, ok: false, excluded, ruby, matchesRuby24: ruby && 'html' in ruby ? false : undefined, expected, actual: '', error: String((e as Error).stack ?? e) });
    }
  }
  return results;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

/** Pass counts per folder, against the files and against kramdown 2.4, then totals. */
export function summarize(results: CaseResult[]): string {
  const oracle = results.some((r) => r.ruby !== undefined);
  const byFolder = new Map<string, CaseResult[]>();
  for (const r of results) {
    const f = `${r.suite}:${r.folder}`;
    byFolder.set(f, [...(byFolder.get(f) ?? []), r]);
  }
  const col = (rs: CaseResult[]): string => {
    const file = `${rs.filter((r) => r.ok).length}/${rs.length}`;
    if (!oracle) return file;
    const withOut = rs.filter((r) => r.matchesRuby24 !== undefined);
    return `${file.padEnd(8)} ${`${withOut.filter((r) => r.matchesRuby24).length}/${withOut.length}`}`;
  };
  const lines = [`${'folder'.padEnd(44)} ${'files'.padEnd(8)}${oracle ? ' kramdown 2.4' : ''}`];
  for (const [f, rs] of byFolder) lines.push(`${f.padEnd(44)} ${col(rs)}`);
  for (const suite of ['kramdown', 'gfm'] as const) {
    const rs = results.filter((r) => r.suite === suite);
    if (!rs.length) continue;
    const ok = rs.filter((r) => r.ok).length;
    const listed = rs.filter((r) => !r.ok && r.excluded).length;
    let line = `TOTAL ${suite}: files ${ok}/${rs.length} (${pct(ok, rs.length)}); ${ok}/${rs.length - listed} (${pct(ok, rs.length - listed)}) without the ${listed} listed cases`;
    if (oracle) {
      const withOut = rs.filter((r) => r.matchesRuby24 !== undefined);
      const same = withOut.filter((r) => r.matchesRuby24).length;
      const raised = rs.filter((r) => r.ruby && 'error' in r.ruby).length;
      line += `; kramdown 2.4 ${same}/${withOut.length} (${pct(same, withOut.length)})${raised ? `, ${raised} case${raised > 1 ? 's' : ''} on which kramdown 2.4 raises not counted` : ''}`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Every case that fails against its file or against kramdown 2.4, or is listed as excluded, with its reason. */
export function listExceptions(results: CaseResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const rubyFailed = r.matchesRuby24 === false;
    const rubyRaises = r.ruby !== undefined && 'error' in r.ruby;
    if (r.ok && !r.excluded && !rubyFailed && !rubyRaises) continue;
    const vsRuby = r.ruby === undefined ? 'kramdown 2.4 not run' : 'error' in r.ruby ? `kramdown 2.4 raises (${r.ruby.error})` :
      `kramdown 2.4 output ${r.ruby.html === r.expected ? '= file' : '≠ file'}, kiln ${r.matchesRuby24 ? '= kramdown 2.4' : '≠ kramdown 2.4'}`;
    const reason = r.excluded ?? (!r.ok ? 'NOT LISTED: unexpected failure' : rubyFailed ? 'differs from kramdown 2.4' : rubyRaises ? 'not counted against kramdown 2.4, which raises on it' : '');
    out.push(`${r.suite}:${r.id}  [file: ${r.ok ? 'pass' : 'fail'}; ${vsRuby}]${reason ? `\n    ${reason}` : ''}`);
  }
  return out;
}

function firstDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}\n  expected: ${JSON.stringify(a[i])}\n  actual:   ${JSON.stringify(b[i])}`;
  }
  return 'identical';
}

/** Cases failing against their file (all, or only those not listed in kramdown-excluded.ts), with the first difference. */
export function failures(results: CaseResult[], includeExcluded = false): string[] {
  return results.filter((r) => !r.ok && (includeExcluded || !r.excluded)).map((r) => `--- ${r.suite}:${r.id}: ${r.error ? r.error.split('\n').slice(0, 3).join('\n') : firstDiff(r.expected, r.actual)}`);
}

/** Cases whose kiln output differs from kramdown 2.4's, with the first difference. */
export function rubyFailures(results: CaseResult[]): string[] {
  return results.filter((r) => r.matchesRuby24 === false).map((r) => `--- ${r.suite}:${r.id} vs kramdown 2.4: ${r.error ? r.error.split('\n')[0] : firstDiff((r.ruby as { html: string }).html, r.actual)}`);
}

if (process.argv[1] && process.argv[1].endsWith('kramdown-cases.ts')) {
  const show = Number(process.argv[process.argv.indexOf('--show') + 1] || 10);
  const all = process.argv.includes('--all');
  const kd = process.env.KRAMDOWN_TESTCASES;
  const gfm = process.env.KRAMDOWN_GFM_TESTCASES;
  const { dir, note } = rubyOracle(kd, gfm);
  const results: CaseResult[] = [];
  if (kd) results.push(...runSuite(kd, 'kramdown', dir));
  if (gfm) results.push(...runSuite(gfm, 'gfm', dir));
  for (const f of [...failures(results, all), ...rubyFailures(results)].slice(0, show)) console.log(f);
  console.log(note);
  console.log(summarize(results));
  console.log('Excluded or failing cases:\n' + listExceptions(results).join('\n'));
}
