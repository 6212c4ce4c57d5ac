// Markdown benchmark: throughput of src/markdown on the real site's Markdown (the Liquid-rendered inputs
// Jekyll passed to kramdown, from KILN_MD_CORPUS; else the raw .md files of KILN_REAL_SITE), against
// kramdown itself (Ruby, Jekyll's converter, timed in the same run) and markdown-it for reference; plus
// the time of each pathological input. Writes bench/results/markdown.md.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { clearHighlightCache, convertMarkdown } from '../src/markdown/index.js';
import { PATHOLOGICAL } from '../tests/markdown/pathological.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(benchDir, 'results', 'markdown.md');
fs.mkdirSync(path.dirname(out), { recursive: true });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function loadDocs(): { docs: string[]; source: string } | null {
  const corpus = process.env.KILN_MD_CORPUS ?? '/work/scratch/md-corpus';
  if (fs.existsSync(corpus)) {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.md')).sort();
    if (files.length) return { docs: files.map((f) => fs.readFileSync(path.join(corpus, f), 'utf8')), source: `${files.length} Liquid-rendered inputs from ${corpus}` };
  }
  const site = process.env.KILN_REAL_SITE ?? '/work/scratch/site-src';
  if (!fs.existsSync(site)) return null;
  const docs: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === '_site' || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|markdown)$/.test(e.name)) docs.push(fs.readFileSync(p, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
    }
  };
  walk(site);
  return { docs, source: `${docs.length} raw .md files of ${site} (front matter stripped, Liquid not rendered)` };
}

// Prints "<median wall ms> <median CPU ms> <first-pass wall ms> <first-pass CPU ms>".
const RUBY = `
require 'jekyll'
require 'json'
docs = JSON.parse(File.read(ARGV[0]))
runs = Integer(ARGV[1])
conv = Jekyll::Converters::Markdown::KramdownParser.new(Jekyll::Configuration.from({}))
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
c0 = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
docs.each { |d| conv.convert(d) } # first pass, also the warm-up
cold_wall = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0) * 1000
cold_cpu = (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - c0) * 1000
walls = []
cpus = []
runs.times do
  t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  c = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
  docs.each { |d| conv.convert(d) }
  walls << (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t) * 1000
  cpus << (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - c) * 1000
end
puts "#{walls.sort[walls.size / 2]} #{cpus.sort[cpus.size / 2]} #{cold_wall} #{cold_cpu}"
`;

/** Median wall and CPU time (ms) of `runs` calls of `fn`, after `warm` unmeasured ones. */
function measure(fn: () => void, runs: number, warm: number): { wall: number; cpu: number } {
  for (let i = 0; i < warm; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    walls.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const lines: string[] = ['## Markdown (kramdown-compatible converter)', ''];
// Context for the figures: on a shared machine wall times (and to a lesser degree CPU times) grow with load.
const loadAtStart = os.loadavg()[0]!;
const loaded = loadDocs();
if (!loaded) {
  lines.push('Skipped: neither the Markdown corpus (KILN_MD_CORPUS) nor the real site (KILN_REAL_SITE) is present.');
} else {
  const { docs, source } = loaded;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const RUNS = 21;
  // V8 needs about ten passes over the corpus before its optimising compilers are done (measured: CPU per
  // pass falls from ~290 ms to a steady ~23 ms by pass 10, and compiler threads count in process CPU time);
  // Ruby has no JIT here, its first pass is its warm-up. Throughput compares the two steady states; the cold
  // first pass is reported separately below.
  const WARM = 20;
  // Each pass starts with an empty highlight cache, as one build does (repeats within a pass, e.g. an
  // excerpt and its post, still hit it — as they do in a build).
  const pass = (): void => {
    clearHighlightCache();
    for (const d of docs) convertMarkdown(d);
  };
  const cold = measure(pass, 1, 0);
  const kiln = measure(pass, RUNS, WARM);
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });
  const mdit = measure(() => {
    for (const d of docs) md.render(d);
  }, RUNS, WARM);
  let ruby: { wall: number; cpu: number } | null = null;
  let rubyCold: { wall: number; cpu: number } | null = null;
  let rubyNote = '';
  try {
    const tmp = path.join(fs.mkdtempSync(path.join((process.env.TMPDIR ?? '/tmp'), 'kiln-md-')), 'docs.json');
    fs.writeFileSync(tmp, JSON.stringify(docs));
    const [w, c, cw, cc] = execFileSync('ruby', ['-e', RUBY, tmp, '5'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 }).trim().split(' ').map(Number);
    ruby = { wall: w!, cpu: c! };
    rubyCold = { wall: cw!, cpu: cc! };
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  } catch (e) {
    rubyNote = `kramdown (Ruby) not measured: ${String((e as Error).message).split('\n')[0]}`;
  }
  const mb = bytes / 1e6;
  const row = (name: string, m: { wall: number; cpu: number }): string =>
    `| ${name} | ${m.wall.toFixed(1)} ms | ${m.cpu.toFixed(1)} ms | ${(mb / (m.cpu / 1000)).toFixed(1)} MB/s |`;
  lines.push(`Input: ${source}, ${(bytes / 1024).toFixed(0)} KB in all. Medians of ${RUNS} runs (kiln, markdown-it, after ${WARM} warm-up runs: V8's compilers settle after about ten) / 5 runs (Ruby, no JIT, after one), one process each. On this shared machine CPU time is the steadier figure; throughput is computed from it.`, '');
  lines.push('| Converter | Wall | CPU | Throughput (CPU) |', '| --- | ---: | ---: | ---: |');
  lines.push(row('kiln src/markdown (kramdown-compatible)', kiln));
  if (ruby) lines.push(row('kramdown 2.4 + parser-gfm (Ruby, via Jekyll 4.3.1 converter)', ruby));
  lines.push(row('markdown-it 15 (CommonMark, not kramdown-compatible; reference only)', mdit));
  lines.push('');
  if (ruby) lines.push(`kiln is **${(ruby.cpu / kiln.cpu).toFixed(1)}×** kramdown by CPU time (${(ruby.wall / kiln.wall).toFixed(1)}× by wall time); goal ≥ 10×.`);
  else lines.push(rubyNote);
  lines.push('', `First (cold) pass over the same documents — what a one-shot build pays: kiln ${cold.wall.toFixed(1)} ms wall / ${cold.cpu.toFixed(1)} ms CPU` +
    (rubyCold ? `, kramdown ${rubyCold.wall.toFixed(1)} ms wall / ${rubyCold.cpu.toFixed(1)} ms CPU (**${(rubyCold.cpu / cold.cpu).toFixed(1)}×** by CPU).` : '.') +
    ' Most of kiln\'s cold cost is V8 warming up (interpreted code, regexp compilation, lexer construction in src/highlight).');
}

lines.push('', `Machine: ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} when the run started, ${os.loadavg()[0]!.toFixed(1)} at the end of the corpus measurements.`);
lines.push('', '### Pathological inputs', '', 'Each converted once (goal: under a second; the machine is shared, so treat times as upper bounds).', '');
lines.push('| Input | Size | Wall | CPU |', '| --- | ---: | ---: | ---: |');
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const src = make();
  const m = measure(() => convertMarkdown(src), 1, 0);
  lines.push(`| ${name} | ${(src.length / 1024).toFixed(0)} KB | ${m.wall.toFixed(0)} ms | ${m.cpu.toFixed(0)} ms |`);
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.join('\n'));
