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

function write(md: string): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, md.trim() + '\n');
  console.log(md);
}

function findBuiltSite(): string | null {
  const candidates = [process.env.KILN_REAL_SITE_BUILD, '/work/scratch/site-jekyll'].filter(Boolean) as string[];
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? null;
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

function time(cmd: string[], cwd: string): { ms: number; status: number | null; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout };
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
    const inProcess: number[] = [];
    let kilnFailures = 0;
    let files = 0;
    time(kilnCmd, parent); // warm the OS file cache for both
    for (let i = 0; i < RUNS; i++) {
      const k = time(kilnCmd, parent);
      kiln.push(k.ms);
      const json = JSON.parse(k.stdout) as { summary: { failures: number; files: number } };
      kilnFailures = json.summary.failures;
      files = json.summary.files;
      if (prooferVersion) proofer.push(time(prooferCmd, parent).ms);
      const t0 = performance.now();
      await runChecks(dir, { allowHashHref: true, only4xx: true, ignoreFiles: [/\/blog\/201[0-7]\//], disableExternal: true, validateHtml: false, cacheDir: null });
      inProcess.push(performance.now() - t0);
    }

    // html-validate alone: cold (empty cache, worker threads), cold in-process, warm (cache hit).
    const htmlOnly = { checks: [], checkMarkup: false, disableExternal: true, ignoreFiles: [/\/blog\/201[0-7]\//] };
    const cold: number[] = [];
    const coldInProcess: number[] = [];
    const warm: number[] = [];
    let workers = 0;
    let htmlFailures = 0;
    const htmlRuns = Math.max(1, Math.min(RUNS, 3));
    for (let i = 0; i < htmlRuns; i++) {
      const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-hv-'));
      try {
        let t0 = performance.now();
        const c = await runChecks(dir, { ...htmlOnly, cacheDir });
        cold.push(performance.now() - t0);
        workers = c.summary.htmlWorkers;
        htmlFailures = c.summary.failures;
        t0 = performance.now();
        await runChecks(dir, { ...htmlOnly, cacheDir });
        warm.push(performance.now() - t0);
        t0 = performance.now();
        await runChecks(dir, { ...htmlOnly, cacheDir: null, workers: 0 });
        coldInProcess.push(performance.now() - t0);
      } finally {
        fs.rmSync(cacheDir, { recursive: true, force: true });
      }
    }

    const rows = [
      '| run | median | ratio |',
      '|---|---:|---:|',
      prooferVersion ? `| \`${prooferVersion}\` (process) | ${ms(median(proofer))} | 1× |` : '| htmlproofer | not installed | |',
      `| \`kiln check\` (process: node start, load, check, JSON report) | ${ms(median(kiln))} | ${prooferVersion ? (median(proofer) / median(kiln)).toFixed(1) + '×' : ''} |`,
      `| \`runChecks\` in-process (already loaded) | ${ms(median(inProcess))} | ${prooferVersion ? (median(proofer) / median(inProcess)).toFixed(1) + '×' : ''} |`,
    ];
    const hv = [
      '| html-validate run | median | share of cold |',
      '|---|---:|---:|',
      `| cold, ${workers} worker thread${workers === 1 ? '' : 's'} (empty cache) | ${ms(median(cold))} | 100% |`,
      `| cold, in-process (no workers, no cache) | ${ms(median(coldInProcess))} | ${Math.round((median(coldInProcess) / median(cold)) * 100)}% |`,
      `| warm (every page from the content cache) | ${ms(median(warm))} | ${Math.round((median(warm) / median(cold)) * 100)}% |`,
    ];
    write(`## check

Real site's Jekyll build (\`${site}\`, ${files} pages checked after \`--ignore_files /blog/201[0-7]/\`), the CI's
arguments plus \`--disable-external\` (links, images, scripts; no html-validate, no cache), ${RUNS} runs, medians.
Both tools run on the same hard-linked copy${repaired.length ? ` in which ${repaired.join(', ')} has its swallowed quote repaired (html-proofer 3.19 crashes on it)` : ''}.
kiln reported ${kilnFailures} failures. Goal: ≥ 20× faster than html-proofer.

${rows.join('\n')}

html-validate 10 (\`html-validate:standard\`) on the same pages, ${htmlRuns} runs, medians (${htmlFailures} findings). Goal: warm ≤ 10% of cold.

${hv.join('\n')}
`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
