// `npx tsx bench/build.ts`: kiln build against `jekyll build --safe --future`, side by side in one
// run — the real site (KILN_REAL_SITE, default /work/scratch/site-src) cold, a no-op and a
// one-post rebuild, and generated sites of 1k and 10k posts (time and peak memory). Writes
// bench/results/build.md. Builds run on copies in a temporary folder: the sources are never written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateSite } from './_generate-site.js';
import { createBuilder } from '../src/site/build.js';
import { memoryLogger } from '../src/util/log.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, 'bench/results/build.md');
const realSite = process.env.KILN_REAL_SITE ?? (fs.existsSync('/work/scratch/site-src') ? '/work/scratch/site-src' : undefined);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-build-'));
const lines: string[] = ['## build', ''];

interface Run {
  ms: number;
  /** User + system CPU time of the process (steadier than wall time on a loaded machine). */
  cpuMs?: number;
  rssMb?: number;
  ok: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function hasCommand(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}
const haveTime = fs.existsSync('/usr/bin/time');
const haveJekyll = hasCommand('jekyll', ['--version']);

/** Runs a command, wall-clock timed, with peak RSS from /usr/bin/time when available. */
function timed(cmd: string, args: string[], env: Record<string, string> = {}): Run {
  const rssFile = path.join(tmp, 'rss.txt');
  const full = haveTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] as const : [cmd, args] as const;
  const t0 = performance.now();
  const r = spawnSync(full[0], [...full[1]], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) console.error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`.slice(0, 4000));
  const [rssKb, user, sys] = haveTime && fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [NaN, NaN, NaN];
  const cpuMs = (user! + sys!) * 1000;
  return { ms, cpuMs: Number.isFinite(cpuMs) ? cpuMs : undefined, rssMb: Number.isFinite(rssKb) ? rssKb! / 1024 : undefined, ok: r.status === 0 };
}

/**
 * kiln as users run it: `node bin/kiln.js`, on dist/ compiled from the current sources first
 * (`npm run build`), so the bench times the same module graph a `npx kiln build` loads.
 */
async function kilnCommand(): Promise<string[]> {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build (tsc -p tsconfig.build.json) failed: dist/ would be stale');
  return [process.execPath, path.join(root, 'bin/kiln.js')];
}

function copySite(from: string, to: string): string {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true, filter: (src) => !/\/(_site|\.jekyll-cache|\.kiln-cache|\.git)(\/|$)/.test(src) });
  return to;
}

function fmt(ms: number): string {
  return ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

async function main(): Promise<void> {
  const kiln = await kilnCommand();
  const kilnBuild = (src: string, dest: string, extra: string[] = []) => {
    const r = timed(kiln[0]!, [...kiln.slice(1), 'build', '-s', src, '-d', dest, '--quiet', '--force', ...extra]);
    if (!r.ok) throw new Error(`kiln build of ${src} failed (see the output above)`);
    return r;
  };
  const jekyllBuild = (src: string, dest: string, extra: string[] = []) => timed('jekyll', ['build', '-s', src, '-d', dest, '--quiet', ...extra]);
  lines.push(`kiln runs as \`node bin/kiln.js\` on dist/ compiled just before (what \`npx kiln\` runs; wall clock, process start to exit); Jekyll ${haveJekyll ? 'is `jekyll build`' : 'is not installed here'}. Peak RSS from /usr/bin/time.`, '');

  // 1. The real site, cold.
  if (!realSite || !fs.existsSync(realSite)) {
    lines.push('Real site: skipped (set KILN_REAL_SITE; /work/scratch/site-src absent).', '');
  } else {
    const src = copySite(realSite, path.join(tmp, 'real'));
    const kilnRuns: Run[] = [];
    const jekyllRuns: Run[] = [];
    for (let i = 0; i < 5; i++) {
      fs.rmSync(path.join(tmp, 'real-kiln'), { recursive: true, force: true });
      fs.rmSync(path.join(src, '.kiln-cache'), { recursive: true, force: true });
      kilnRuns.push(kilnBuild(src, path.join(tmp, 'real-kiln'), ['--safe', '--future']));
      if (haveJekyll && i < 3) jekyllRuns.push(jekyllBuild(src, path.join(tmp, 'real-jekyll'), ['--safe', '--future']));
    }
    const k = median(kilnRuns.map((r) => r.ms));
    const kc = median(kilnRuns.map((r) => r.cpuMs ?? NaN));
    lines.push('### Real site (geOrchestra), cold `build --safe --future`', '', '| tool | median wall | median CPU (user+sys) | wall runs | peak RSS |', '|---|---|---|---|---|');
    lines.push(`| kiln | ${fmt(k)} | ${fmt(kc)} | ${kilnRuns.map((r) => fmt(r.ms)).join(', ')} | ${kilnRuns[0]?.rssMb?.toFixed(0) ?? '?'} MB |`);
    if (jekyllRuns.length) {
      const j = median(jekyllRuns.map((r) => r.ms));
      const jc = median(jekyllRuns.map((r) => r.cpuMs ?? NaN));
      lines.push(`| jekyll | ${fmt(j)} | ${fmt(jc)} | ${jekyllRuns.map((r) => fmt(r.ms)).join(', ')} | ${jekyllRuns[0]?.rssMb?.toFixed(0) ?? '?'} MB |`, '');
      lines.push(`**kiln is ${(j / k).toFixed(1)}× faster in wall time, ${(jc / kc).toFixed(1)}× in CPU time** (goal ≥ 20×).`, '');
    } else lines.push('', 'Jekyll not installed: no ratio.', '');

    // 2. Rebuilds through the builder kiln serve uses.
    const builder = await createBuilder({ source: src, destination: path.join(tmp, 'real-rebuild'), safe: true, future: true, force: true, logger: memoryLogger(), cacheDir: path.join(tmp, 'rebuild-cache') });
    const t0 = performance.now();
    const first = await builder.build();
    const inProcess = performance.now() - t0;
    const warm: number[] = [];
    let warmTimings: Record<string, number> = {};
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      warmTimings = (await builder.build()).timingsMs;
      warm.push(performance.now() - t);
    }
    const noop: number[] = [];
    const touched: number[] = [];
    const someLayout = path.join(src, '_layouts', fs.readdirSync(path.join(src, '_layouts'))[0]!);
    for (let i = 0; i < 7; i++) {
      let t = performance.now();
      await builder.rebuild([]);
      noop.push(performance.now() - t);
      // A save without changes (the watcher reports it): same bytes, new mtime.
      fs.utimesSync(someLayout, new Date(), new Date());
      t = performance.now();
      await builder.rebuild([someLayout]);
      touched.push(performance.now() - t);
    }
    const post = fs.readdirSync(path.join(src, '_posts')).sort().pop()!;
    const postPath = path.join(src, '_posts', post);
    const onePost: number[] = [];
    let rendered = 0;
    for (let i = 0; i < 3; i++) {
      fs.appendFileSync(postPath, `\nEdit ${i}.\n`);
      const t = performance.now();
      const r = await builder.rebuild([postPath]);
      onePost.push(performance.now() - t);
      rendered = r.rendered?.length ?? r.written.length;
    }
    // A front matter edit may change what lists show: every page reading site.posts re-renders.
    const frontMatter: number[] = [];
    let fmRendered = 0;
    for (let i = 0; i < 3; i++) {
      const text = fs.readFileSync(postPath, 'utf8');
      const edited = /^bench_edit: \d+$/m.test(text) ? text.replace(/^bench_edit: \d+$/m, `bench_edit: ${i}`) : text.replace(/^---\r?\n/, `---\nbench_edit: ${i}\n`);
      fs.writeFileSync(postPath, edited);
      const t = performance.now();
      const r = await builder.rebuild([postPath]);
      frontMatter.push(performance.now() - t);
      fmRendered = r.rendered?.length ?? r.written.length;
    }
    builder.close();
    lines.push('### Rebuilds (in process, the builder `kiln serve` uses)', '');
    lines.push(`- First build in the bench process (modules loaded, code not yet optimised by V8): ${fmt(inProcess)} (${Object.entries(first.timingsMs).map(([k2, v]) => `${k2} ${Math.round(v)} ms`).join(', ')})`);
    lines.push(`- Full build again in the same process (steady state, what \`kiln serve\` sees): median ${fmt(median(warm))} (last: ${Object.entries(warmTimings).map(([k2, v]) => `${k2} ${Math.round(v)} ms`).join(', ')})`);
    lines.push(`- No-op rebuild (nothing changed): median ${median(noop).toFixed(1)} ms (goal ≤ 100 ms)`);
    lines.push(`- A layout saved without changes (same bytes, new mtime): median ${median(touched).toFixed(1)} ms`);
    lines.push(`- One post's body edited: median ${fmt(median(onePost))}, ${rendered} items re-rendered (the post and the pages showing its body)`);
    lines.push(`- One post's front matter edited: median ${fmt(median(frontMatter))}, ${fmRendered} items re-rendered (every page reads site.posts through its layout)`, '');
  }

  // 3. Generated sites.
  lines.push('### Generated sites', '', 'Posts in three languages, layouts and includes shaped like the real site (see bench/_generate-site.ts); per-post pages list the 10 latest posts, blog indexes loop over all.', '');
  lines.push('| posts | kiln wall (CPU) | kiln peak RSS | jekyll wall (CPU) | jekyll peak RSS | ratio wall (CPU) |', '|---|---|---|---|---|---|');
  for (const n of [1000, 10000]) {
    const src = path.join(tmp, `gen-${n}`);
    generateSite(src, n);
    const k = kilnBuild(src, path.join(tmp, `gen-${n}-kiln`));
    let jekyllCell = 'not run';
    let jekyllRss = '';
    let ratio = '';
    if (haveJekyll && n <= 1000) {
      const j = jekyllBuild(src, path.join(tmp, `gen-${n}-jekyll`));
      jekyllCell = j.ok ? `${fmt(j.ms)} (${fmt(j.cpuMs ?? NaN)})` : 'failed';
      jekyllRss = j.rssMb ? `${j.rssMb.toFixed(0)} MB` : '';
      ratio = j.ok && k.ok ? `${(j.ms / k.ms).toFixed(1)}× (${((j.cpuMs ?? NaN) / (k.cpuMs ?? NaN)).toFixed(1)}×)` : '';
    } else if (n > 1000) jekyllCell = 'not run (too slow for the shared machine)';
    lines.push(`| ${n} | ${fmt(k.ms)} (${fmt(k.cpuMs ?? NaN)}) | ${k.rssMb?.toFixed(0) ?? '?'} MB | ${jekyllCell} | ${jekyllRss} | ${ratio} |`);
    fs.rmSync(src, { recursive: true, force: true });
  }
  lines.push('', 'The machine is shared by several engineers (2 cores): absolute times are noisy, ratios measured side by side.', '');
}

try {
  await main();
} catch (e) {
  lines.push(`The benchmark failed: ${(e as Error).message}`);
  console.error(e);
} finally {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, lines.join('\n') + '\n');
  console.log(lines.join('\n'));
  fs.rmSync(tmp, { recursive: true, force: true });
}
