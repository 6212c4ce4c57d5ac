// Benchmark of `kiln check` (the built CLI, `node bin/kiln.js`, each run a fresh process) against
// html-proofer (Debian's 3.19) on the real site's Jekyll build, side by side in the same run:
// the issue's comparison (the whole folder, `--disable-external`, links, images and scripts only)
// and the CI's arguments (`--allow_hash_href --only_4xx --ignore_files /blog/201[0-7]/` plus
// `--disable-external`); kiln cold (empty cache folder) and warm (its page cache filled by the
// previous run, nothing changed; and with one page changed) reported apart, wall and CPU time.
// Then html-validate cold and warm apart. html-proofer 3.19 crashes on the page with a swallowed
// quote, so both tools run on a hard-linked copy where that one attribute is repaired.
// Writes bench/results/check.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks, type CheckOptions } from '../src/check/index.js';
import { toPattern } from '../src/check/options.js';

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

/**
 * The command users run: `node bin/kiln.js`, on dist/ compiled from the current sources first
 * (`tsc -p tsconfig.build.json`, as `npm run build`).
 */
function builtCli(): string[] {
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  if (!fs.existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error(`cannot build dist/: ${tsc.stdout}${tsc.stderr}`);
  return [process.execPath, path.join(root, 'bin/kiln.js')];
}

interface Runs { ms: number[]; cpu: number[] }
interface Scenario {
  proofer: Runs; cold: Runs; noCache: Runs; warm: Runs; oneChanged: Runs; inProcess: Runs;
  files: number; failures: number; warmFromCache: number; oneChangedFromCache: number;
  /** runChecks' own timings (list, pages, internal…) in the cold runs. */
  coldPhases: Record<string, number[]>;
}

/** Options of `runChecks` equal to the CLI arguments (for the in-process row). */
function inProcessOptions(args: string[]): Partial<CheckOptions> {
  const o: Partial<CheckOptions> = { disableExternal: true, validateHtml: false, cacheDir: null };
  if (args.includes('--allow_hash_href')) o.allowHashHref = true;
  if (args.includes('--only_4xx')) o.only4xx = true;
  const at = args.indexOf('--ignore_files');
  if (at >= 0) o.ignoreFiles = [toPattern(args[at + 1])];
  return o;
}

/**
 * One comparison: html-proofer, then kiln cold / --no-cache / warm / warm with one page changed,
 * interleaved run by run so that the machine's noise falls on all of them alike.
 */
async function measureScenario(cli: string[], args: string[], prooferArgs: string[], withProofer: boolean, dir: string, parent: string): Promise<Scenario> {
  const sc: Scenario = {
    proofer: { ms: [], cpu: [] }, cold: { ms: [], cpu: [] }, noCache: { ms: [], cpu: [] }, warm: { ms: [], cpu: [] },
    oneChanged: { ms: [], cpu: [] }, inProcess: { ms: [], cpu: [] }, files: 0, failures: 0, warmFromCache: 0, oneChangedFromCache: 0,
    coldPhases: {},
  };
  const push = (r: Runs, t: { ms: number; cpuMs: number }) => { r.ms.push(t.ms); r.cpu.push(t.cpuMs); };
  type Summary = { files: number; failures: number; pagesFromCache: number; timingsMs: Record<string, number> };
  const summary = (t: { stdout: string }) => (JSON.parse(t.stdout) as { summary: Summary }).summary;
  // The page changed between runs: its content differs each time (a comment at the end).
  const changed = path.join(dir, 'index.html');
  const original = fs.readFileSync(changed, 'utf8');
  fs.unlinkSync(changed); // break the hard link before writing
  fs.writeFileSync(changed, original);
  const options = inProcessOptions(args);
  time([...cli, ...args, '--no-cache'], parent); // warm the OS file cache
  for (let i = 0; i < RUNS; i++) {
    if (withProofer) push(sc.proofer, time(prooferArgs, parent));
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-check-cache-'));
    try {
      const withCache = [...cli, ...args, '--cache-dir', cacheDir];
      const cold = time(withCache, parent);
      push(sc.cold, cold);
      sc.files = summary(cold).files;
      sc.failures = summary(cold).failures;
      for (const [k, v] of Object.entries(summary(cold).timingsMs)) if (v > 0) (sc.coldPhases[k] ??= []).push(v);
      push(sc.noCache, time([...cli, ...args, '--no-cache'], parent));
      const warm = time(withCache, parent);
      push(sc.warm, warm);
      sc.warmFromCache = summary(warm).pagesFromCache;
      if (summary(warm).failures !== sc.failures) throw new Error(`warm run reported ${summary(warm).failures} failures, cold ${sc.failures}`);
      fs.writeFileSync(changed, `${original}<!-- bench run ${i} -->\n`);
      const one = time(withCache, parent);
      push(sc.oneChanged, one);
      sc.oneChangedFromCache = summary(one).pagesFromCache;
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
    // In-process: the first call pays for loading and JIT warm-up like a process; the rest are
    // what a long-lived process (kiln serve, kiln build --check) pays.
    for (let k = 0; k < (i === 0 ? 2 : 1); k++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await runChecks(dir, options);
      const c = process.cpuUsage(c0);
      if (i > 0 || k > 0) { sc.inProcess.ms.push(performance.now() - t0); sc.inProcess.cpu.push((c.user + c.system) / 1000); }
    }
  }
  fs.writeFileSync(changed, original);
  return sc;
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
    const cli = builtCli();
    // The issue's comparison: the whole folder, --disable-external, links/images/scripts only.
    const issueArgs = ['check', name, '--disable-external', '--no-validate-html', '--format', 'json'];
    const issueProofer = ['htmlproofer', name, '--disable-external'];
    // The CI's arguments plus --disable-external (html-proofer 3.19 spells them differently).
    const ciArgs = ['check', name, '--allow_hash_href', '--only_4xx', '--ignore_files', '/blog/201[0-7]/', '--disable-external', '--no-validate-html', '--format', 'json'];
    const ciProofer = ['htmlproofer', name, '--allow-hash-href', '--only-4xx', '--file-ignore', '/blog\\/201[0-7]/', '--disable-external'];
    const prooferCmd = ciProofer;

    const loadBefore = os.loadavg()[0];
    const floors = Array.from({ length: RUNS }, () => time([process.execPath, '-e', '0'], parent));
    const nodeFloor = { ms: median(floors.map((f) => f.ms)), cpuMs: median(floors.map((f) => f.cpuMs)) };
    const scenario = (args: string[], proofer: string[]) => measureScenario(cli, args, proofer, prooferVersion !== null, dir, parent);
    const loadOnly: Runs = { ms: [], cpu: [] };
    const loadScript = `const m = await import(${JSON.stringify(path.join(root, 'dist/cli/main.js'))}); await m.createProgram(['check']); await import(${JSON.stringify(path.join(root, 'dist/check/index.js'))});`;
    for (let i = 0; i < RUNS; i++) { const t = time([process.execPath, '--input-type=module', '-e', loadScript], parent); loadOnly.ms.push(t.ms); loadOnly.cpu.push(t.cpuMs); }
    const issue = await scenario(issueArgs, issueProofer);
    const ci = await scenario(ciArgs, ciProofer);
    const files = ci.files;
    const loadAfter = os.loadavg()[0];

    // html-validate alone, each run a fresh process (what a user sees): cold with the default
    // settings (empty cache), then warm on that cache; and cold with worker threads forced on.
    const htmlArgs = (extra: string[]) => [...cli,
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
    const table = (sc: Scenario, args: string[], proofer: string[]) => {
      const p = { ms: median(sc.proofer.ms), cpu: median(sc.proofer.cpu) };
      const row = (label: string, r: Runs) => `| ${label} | ${ms(median(r.ms))} | ${ratio(p.ms, median(r.ms))} | ${ms(median(r.cpu))} | ${ratio(p.cpu, median(r.cpu))} |`;
      return [
        `\`${proofer.join(' ')}\` against \`kiln ${args.join(' ')}\` (${sc.files} pages; kiln reports ${sc.failures} failures; ${RUNS} runs each, medians):`,
        '',
        '| run | wall | ratio | CPU user+sys | CPU ratio |',
        '|---|---:|---:|---:|---:|',
        prooferVersion ? `| \`${prooferVersion}\` (process) | ${ms(p.ms)} | 1× | ${ms(p.cpu)} | 1× |` : '| htmlproofer | not installed | | | |',
        row('**kiln, cold**: fresh process, empty cache folder (parses and checks every page, writes the page cache)', sc.cold),
        row('kiln, `--no-cache` (no page cache read or written)', sc.noCache),
        row(`**kiln, warm**: fresh process, page cache from the previous run, no page changed (${sc.warmFromCache} of ${sc.files} pages from the cache)`, sc.warm),
        row(`kiln, warm, one page changed (${sc.oneChangedFromCache} of ${sc.files} pages from the cache)`, sc.oneChanged),
        row('`runChecks` in-process, JIT warm, no cache (as `kiln build --check` or `kiln serve` pay after the first time)', sc.inProcess),
        row("`node -e 0` (Node's own start-up: the floor of any process)", { ms: floors.map((f) => f.ms), cpu: floors.map((f) => f.cpuMs) }),
      ].join('\n');
    };
    const share = (x: number[]) => `${Math.round((median(x) / median(cold.ms)) * 100)}%`;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const hv = [
      '| html-validate run | wall (median) | share of cold | CPU user+sys (median) |',
      '|---|---:|---:|---:|',
      `| cold, default settings (${defaultWorkers ? `main thread + ${plural(defaultWorkers, 'worker thread')}` : `main thread only: ${os.availableParallelism()} cores`}), empty cache | ${ms(median(cold.ms))} | 100% | ${ms(median(cold.cpu))} |`,
      `| cold, \`--workers ${BENCH_WORKERS}\`: main thread + ${plural(BENCH_WORKERS, 'worker thread')} on one queue (workers took ${median(threaded.byWorkers)} of ${files} pages) | ${ms(median(threaded.ms))} | ${share(threaded.ms)} | ${ms(median(threaded.cpu))} |`,
      `| warm: ${warmFromCache} pages from the content cache | ${ms(median(warm.ms))} | ${share(warm.ms)} | ${ms(median(warm.cpu))} |`,
    ];
    const phases = (sc: Scenario) => Object.entries(sc.coldPhases).map(([k, v]) => `${k} ${ms(median(v))}`).join(', ');
    write(`## check

Real site's Jekyll build (\`${site}\`), links, images and scripts only (\`--disable-external\`, no html-validate).
Both tools run on the same hard-linked copy${repaired.length ? ` in which ${repaired.join(', ')} has its swallowed quote repaired (html-proofer 3.19 crashes on it)` : ''}.
Each kiln run is a fresh \`node bin/kiln.js\` process (dist/ built from the sources first); html-proofer and
kiln runs are interleaved; wall time, and CPU time (user + system, GNU time) since the machine is shared
(${os.availableParallelism()} cores; load average ${loadBefore.toFixed(1)} when the runs started, ${loadAfter.toFixed(1)} when they ended: when it is
above the core count, wall times stretch and the CPU columns are the steadier comparison).
Goal (issue 5): ≥ 20× faster than html-proofer. **Cold** = empty cache: every page parsed and checked.
**Warm** = the page cache (\`.kiln-cache/check-pages.json\`) of the previous run; only changed pages are re-checked,
the cross-page checks (targets exist, fragments) always run. Warm numbers are not cold numbers.

### The issue's comparison: the whole folder

${table(issue, issueArgs, issueProofer)}

### The CI's arguments

${table(ci, ciArgs, ciProofer)}

### Where a cold run's time goes (whole folder)

- Node's start-up (\`node -e 0\`): ${ms(nodeFloor.ms)} wall, ${ms(nodeFloor.cpuMs)} CPU.
- Node start-up plus loading the \`kiln check\` modules (commander, kiln's CLI and check modules; no htmlparser2,
  no html-validate): ${ms(median(loadOnly.ms))} wall, ${ms(median(loadOnly.cpu))} CPU.
- Inside \`runChecks\` (its own timings, cold process, medians): ${phases(issue)}.
  \`pages\` is reading, scanning and checking every page while the JIT is still cold; the same work in a warm
  process takes ${ms(median(issue.inProcess.ms))} all told (the in-process row).

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
