// Benchmark of `kiln check`: on the real site's Jekyll build, links + images + scripts with
// --disable-external (the CI's arguments) against html-proofer (Debian's 3.19) on the same folder,
// side by side; then html-validate cold (empty cache, worker threads) and warm (cache hit) apart.
// html-proofer 3.19 crashes on the page with a swallowed quote, so both tools run on a hard-linked
// copy where that one attribute is repaired. Writes bench/results/check.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../src/check/index.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const resultsFile = path.join(benchDir, 'results', 'check.md');
const RUNS = Number(process.env.KILN_BENCH_RUNS ?? 5);
/** Worker threads for the forced-workers html-validate run (the default starts none on 2 cores). */
const BENCH_WORKERS = Math.max(1, Math.min(3, os.availableParallelism() - 1));

function write(md: string): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, md.trim() + '\n');
  console.log(md);
}

function findBuiltSite(): string | null {
  const candidates = [process.env.KILN_REAL_SITE_BUILD, '/work/scratch/site-jekyll'].filter(Boolean) as string[];
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? null;
}

interface Finding { file: string; line: number; message: string }

/** Failures from html-proofer 3.19's output (`- path` then `  *  message (line N)`). */
function parseProofer319(output: string, dirName: string): Finding[] {
  const out: Finding[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    const f = /^- (.*)$/.exec(line);
    if (f) { file = f[1].startsWith(dirName + '/') ? f[1].slice(dirName.length + 1) : f[1]; continue; }
    const m = /^  \*  (.*) \(line (\d+)\)$/.exec(line);
    if (m) out.push({ file, line: Number(m[2]), message: m[1] });
  }
  return out;
}

/** Why kiln (html-proofer 5's rules) and html-proofer 3.19 disagree on a failure. */
function explain(f: Finding & { check?: string }, side: 'kiln' | 'proofer'): string {
  if (side === 'kiln' && f.message.endsWith("tag is missing a reference")) {
    return "html-proofer 5 reports an `<a>` whose href is empty or absent (allow_missing_href is false by default); 3.19 skipped those in HTML5 documents and `<a id>` placeholders";
  }
  if (side === 'kiln' && f.check === 'Markup') return "kiln's own malformed-attribute check (html-proofer 5 has none; 3.19 crashes on the geOcom page)";
  if (side === 'kiln' && /is not an HTTPS link|uses the http scheme/.test(f.message)) return 'html-proofer 5 enforces HTTPS by default; 3.19 does not';
  return 'unexplained';
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x: number) => `${Math.round(x)} ms`;

/** A hard-linked copy of the site (instant, no extra space) with html-proofer 3.19's crash repaired. */
function preparedCopy(site: string): { dir: string; repaired: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-check-'));
  const cp = spawnSync('cp', ['-al', site + '/.', dir]);
  if (cp.status !== 0) spawnSync('cp', ['-a', site + '/.', dir]);
  const repaired: string[] = [];
  for (const rel of ['fr/geocom2026/index.html']) {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const fixed = text.replace(/ targ\n(\s*)="_blank">/g, '" target="_blank"\n$1>');
    if (fixed !== text) {
      fs.unlinkSync(file); // break the hard link before writing
      fs.writeFileSync(file, fixed);
      repaired.push(rel);
    }
  }
  return { dir, repaired };
}

/** Bundles the `kiln check` entry to one ES module so it runs on plain node, like the built CLI. */
async function bundleCli(): Promise<string[] | null> {
  try {
    const esbuild = await import('esbuild');
    const outdir = path.join(root, 'node_modules', '.cache', 'kiln-bench');
    // Code splitting keeps the lazy imports (html-validate, the config loader) lazy, as in dist/.
    await esbuild.build({
      entryPoints: { 'check-cli': path.join(root, 'tests/check/tools/cli.ts') },
      bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
      outdir, outExtension: { '.js': '.mjs' }, logLevel: 'silent',
    });
    return [process.execPath, path.join(outdir, 'check-cli.mjs')];
  } catch {
    return null;
  }
}

const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time, and CPU time (user + system, via GNU time when present: the machine is shared). */
function time(cmd: string[], cwd: string): { ms: number; cpuMs: number; status: number | null; stdout: string } {
  const argv = GNU_TIME ? [GNU_TIME, '-f', 'KILN-CPU %U %S', ...cmd] : cmd;
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const cpu = /KILN-CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, status: r.status, stdout: r.stdout };
}

async function main(): Promise<void> {
  const site = findBuiltSite();
  if (!site) {
    write('## check\n\nSkipped: no built real site (set KILN_REAL_SITE_BUILD, or build it to /work/scratch/site-jekyll).');
    return;
  }
  const { dir, repaired } = preparedCopy(site);
  const parent = path.dirname(dir);
  const name = path.basename(dir);
  try {
    const hasProofer = spawnSync('htmlproofer', ['--version'], { encoding: 'utf8' });
    const prooferVersion = hasProofer.status === 0 ? hasProofer.stdout.trim() : null;
    const cli = await bundleCli();
    const kilnCmd = [...(cli ?? [process.execPath, '--import', 'tsx', path.join(root, 'tests/check/tools/cli.ts')]),
      'check', name, '--allow_hash_href', '--only_4xx', '--ignore_files', '/blog/201[0-7]/', '--disable-external', '--no-validate-html', '--no-cache', '--format', 'json'];
    // html-proofer 3.19 spells the same options differently.
    const prooferCmd = ['htmlproofer', name, '--allow-hash-href', '--only-4xx', '--file-ignore', '/blog\\/201[0-7]/', '--disable-external'];

    const kiln: number[] = [];
    const proofer: number[] = [];
    const kilnCpu: number[] = [];
    const prooferCpu: number[] = [];
    const inProcess: number[] = [];
    const inProcessCpu: number[] = [];
    const floors = Array.from({ length: RUNS }, () => time([process.execPath, '-e', '0'], parent));
    const nodeFloor = { ms: median(floors.map((f) => f.ms)), cpuMs: median(floors.map((f) => f.cpuMs)) };
    let kilnFailures = 0;
    let files = 0;
    time(kilnCmd, parent); // warm the OS file cache for both
    for (let i = 0; i < RUNS; i++) {
      const k = time(kilnCmd, parent);
      kiln.push(k.ms);
      kilnCpu.push(k.cpuMs);
      const json = JSON.parse(k.stdout) as { summary: { failures: number; files: number } };
      kilnFailures = json.summary.failures;
      files = json.summary.files;
      if (prooferVersion) {
        const p = time(prooferCmd, parent);
        proofer.push(p.ms);
        prooferCpu.push(p.cpuMs);
      }
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await runChecks(dir, { allowHashHref: true, only4xx: true, ignoreFiles: [/\/blog\/201[0-7]\//], disableExternal: true, validateHtml: false, cacheDir: null });
      const c = process.cpuUsage(c0);
      // The first in-process run pays for loading and JIT warm-up like the process above; the
      // others are what `kiln build --check` or `kiln serve` pay.
      if (i > 0 || RUNS === 1) {
        inProcess.push(performance.now() - t0);
        inProcessCpu.push((c.user + c.system) / 1000);
      }
    }

    // html-validate alone, each run a fresh process (what a user sees): cold with the default
    // settings (empty cache), then warm on that cache; and cold with worker threads forced on.
    const htmlArgs = (extra: string[]) => [...(cli ?? [process.execPath, '--import', 'tsx', path.join(root, 'tests/check/tools/cli.ts')]),
      'check', name, '--checks', '', '--no-markup', '--ignore_files', '/blog/201[0-7]/', '--disable-external', '--format', 'json', ...extra];
    type Summary = { htmlWorkers: number; htmlPagesByWorkers: number; htmlFromCache: number; failures: number };
    const summaryOf = (stdout: string) => (JSON.parse(stdout) as { summary: Summary }).summary;
    const cold = { ms: [] as number[], cpu: [] as number[] };
    const threaded = { ms: [] as number[], cpu: [] as number[], byWorkers: [] as number[] };
    const warm = { ms: [] as number[], cpu: [] as number[] };
    let defaultWorkers = 0;
    let htmlFailures = 0;
    let warmFromCache = 0;
    const htmlRuns = Math.max(1, Math.min(RUNS, 3));
    for (let i = 0; i < htmlRuns; i++) {
      const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-hv-'));
      try {
        const withWorkers = () => {
          const t = time(htmlArgs(['--no-cache', '--workers', String(BENCH_WORKERS)]), parent);
          threaded.ms.push(t.ms);
          threaded.cpu.push(t.cpuMs);
          threaded.byWorkers.push(summaryOf(t.stdout).htmlPagesByWorkers);
        };
        if (i % 2 === 1) withWorkers();
        const c = time(htmlArgs(['--cache-dir', cacheDir]), parent);
        cold.ms.push(c.ms);
        cold.cpu.push(c.cpuMs);
        defaultWorkers = summaryOf(c.stdout).htmlWorkers;
        htmlFailures = summaryOf(c.stdout).failures;
        const w = time(htmlArgs(['--cache-dir', cacheDir]), parent);
        warm.ms.push(w.ms);
        warm.cpu.push(w.cpuMs);
        warmFromCache = summaryOf(w.stdout).htmlFromCache;
        if (i % 2 === 0) withWorkers();
      } finally {
        fs.rmSync(cacheDir, { recursive: true, force: true });
      }
    }

    // Side by side: kiln on the real (unrepaired) build, html-proofer 3.19 on the repaired copy.
    const prooferRun = prooferVersion ? spawnSync(prooferCmd[0], prooferCmd.slice(1), { cwd: parent, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }) : null;
    const theirs = prooferRun ? parseProofer319(prooferRun.stdout + prooferRun.stderr, name) : [];
    const ours = (await runChecks(site, { allowHashHref: true, only4xx: true, ignoreFiles: [/\/blog\/201[0-7]\//], disableExternal: true, validateHtml: false, cacheDir: null }))
      .failures.map((f) => ({ file: f.file, line: f.line ?? 0, message: f.message, check: f.check }));
    const key = (f: Finding) => `${f.file}:${f.line}:${f.message}`;
    const theirKeys = new Set(theirs.map(key));
    const ourKeys = new Set(ours.map(key));
    const kilnOnly = ours.filter((f) => !theirKeys.has(key(f)));
    const prooferOnly = theirs.filter((f) => !ourKeys.has(key(f)));
    const both = ours.length - kilnOnly.length;
    const esc = (x: string) => x.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const diffRows = [
      ...kilnOnly.map((f) => `| kiln only | ${f.file}:${f.line} | ${esc(f.message)} | ${explain(f, 'kiln')} |`),
      ...prooferOnly.map((f) => `| 3.19 only | ${f.file}:${f.line} | ${esc(f.message)} | ${explain(f, 'proofer')} |`),
    ];

    const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(1) + '×' : '');
    const rows = [
      '| run | wall (median) | ratio | CPU user+sys (median) | CPU ratio |',
      '|---|---:|---:|---:|---:|',
      prooferVersion ? `| \`${prooferVersion}\` (process) | ${ms(median(proofer))} | 1× | ${ms(median(prooferCpu))} | 1× |` : '| htmlproofer | not installed | | | |',
      `| \`kiln check\` (process: node start, load, check, JSON report) | ${ms(median(kiln))} | ${ratio(median(proofer), median(kiln))} | ${ms(median(kilnCpu))} | ${ratio(median(prooferCpu), median(kilnCpu))} |`,
      `| \`runChecks\` in-process, warm (as in \`kiln build --check\`, \`kiln serve\`) | ${ms(median(inProcess))} | ${ratio(median(proofer), median(inProcess))} | ${ms(median(inProcessCpu))} | ${ratio(median(prooferCpu), median(inProcessCpu))} |`,
      `| \`node -e 0\` (the floor: Node's own start-up) | ${ms(nodeFloor.ms)} | ${ratio(median(proofer), nodeFloor.ms)} | ${ms(nodeFloor.cpuMs)} | ${ratio(median(prooferCpu), nodeFloor.cpuMs)} |`,
    ];
    const share = (x: number[]) => `${Math.round((median(x) / median(cold.ms)) * 100)}%`;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const hv = [
      '| html-validate run | wall (median) | share of cold | CPU user+sys (median) |',
      '|---|---:|---:|---:|',
      `| cold, default settings (${defaultWorkers ? `main thread + ${plural(defaultWorkers, 'worker thread')}` : `main thread only: ${os.availableParallelism()} cores`}), empty cache | ${ms(median(cold.ms))} | 100% | ${ms(median(cold.cpu))} |`,
      `| cold, \`--workers ${BENCH_WORKERS}\`: main thread + ${plural(BENCH_WORKERS, 'worker thread')} on one queue (workers took ${median(threaded.byWorkers)} of ${files} pages) | ${ms(median(threaded.ms))} | ${share(threaded.ms)} | ${ms(median(threaded.cpu))} |`,
      `| warm: ${warmFromCache} pages from the content cache | ${ms(median(warm.ms))} | ${share(warm.ms)} | ${ms(median(warm.cpu))} |`,
    ];
    write(`## check

Real site's Jekyll build (\`${site}\`, ${files} pages checked after \`--ignore_files /blog/201[0-7]/\`), the CI's
arguments plus \`--disable-external\` (links, images, scripts; no html-validate, no cache), ${RUNS} runs, medians.
Both tools run on the same hard-linked copy${repaired.length ? ` in which ${repaired.join(', ')} has its swallowed quote repaired (html-proofer 3.19 crashes on it)` : ''}.
kiln reported ${kilnFailures} failures. Goal: ≥ 20× faster than html-proofer.

${rows.join('\n')}

Internal failures side by side (kiln on the real build, html-proofer 3.19 on the repaired copy, both with the CI's
arguments plus \`--disable-external\`): kiln ${ours.length}, html-proofer 3.19 ${theirs.length}, identical (file, line, message) ${both}.

| side | where | failure | why |
|---|---|---|---|
${diffRows.join('\n') || '| | | (no differences) | |'}

html-validate 10 (\`html-validate:standard\`) on the same pages, each run a fresh \`kiln check\` process (links checks
off), ${htmlRuns} runs, medians (${htmlFailures} findings). Goal: warm ≤ 10% of cold.

${hv.join('\n')}
`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
