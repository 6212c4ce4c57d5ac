/// <reference lib="dom" />
// `npx tsx bench/serve.ts`: the live preview's numbers, written to bench/results/serve.md.
//  1. Edit→visible latency: a Markdown page is edited on disk and the time until Chromium's `load`
//     event of the reloaded page is measured (file write → load event, both on the wall clock), with
//     `jekyll serve --incremental --livereload` doing the same edit beside it. Sites: the repository's
//     own site and the real site (KILN_REAL_SITE), each copied to a scratch folder first.
//  2. Load on loopback: autocannon, 200 connections for 10 s, on a page and on an image.
// Runs against the real builder (src/site/build.ts) when it exists; otherwise on a fake builder
// (same contract) over a small generated site, and says so.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../src/serve/server.js';
import type { SiteBuilder } from '../src/serve/types.js';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../tests/serve/helpers/browser.js';
import { createFakeBuilder } from '../tests/serve/helpers/fake-builder.js';
import { copySite } from '../tests/serve/helpers/site-copy.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, 'bench', 'results', 'serve.md');
const realSite = process.env.KILN_REAL_SITE ?? (fs.existsSync('/work/scratch/site-src') ? '/work/scratch/site-src' : null);
const EDITS = Number(process.env.KILN_BENCH_EDITS ?? 20);
const JEKYLL_EDITS = Number(process.env.KILN_BENCH_JEKYLL_EDITS ?? 8);
const LOAD_SECONDS = Number(process.env.KILN_BENCH_LOAD_SECONDS ?? 10);

const lines: string[] = ['## serve', ''];
const out = (s = '') => {
  lines.push(s);
  console.log(s);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');

type CreateBuilder = (o: Record<string, unknown>) => Promise<SiteBuilder>;
async function realCreateBuilder(): Promise<CreateBuilder | null> {
  if (!fs.existsSync(path.join(root, 'src/site/build.ts'))) return null;
  try {
    const mod = (await import('../src/site/build.js')) as unknown as { createBuilder?: CreateBuilder };
    return mod.createBuilder ?? null;
  } catch (err) {
    console.warn(`real builder not loadable: ${(err as Error).message}`);
    return null;
  }
}

interface Site {
  name: string;
  source: string;
  /** Markdown page edited, and its URL. */
  page: string;
  url: string;
}

/** Appends a unique line to the page and waits for the reloaded page to show it; returns ms per edit. */
/** Per edit: ms from the write to the load event, and from the end of the rebuild to it (kiln only). */
const reloadMs: number[] = [];
/** The same page reloaded without any edit: what the browser alone needs (navigation start → load). */
const plainReloadMs: number[] = [];

async function measureEdits(page: Page, site: Site, pageUrl: string, edits: number): Promise<number[]> {
  const file = path.join(site.source, site.page);
  const original = fs.readFileSync(file, 'utf8');
  await page.goto(pageUrl, { waitUntil: 'load' });
  plainReloadMs.length = 0;
  // Reloaded the way the live-reload client does it; the first two warm the browser's cache up.
  for (let i = 0; i < 7; i++) {
    const loaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.evaluate(() => location.reload());
    await loaded;
    const t = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    if (i >= 2) plainReloadMs.push(t);
  }
  await sleep(500);
  const samples: number[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const marker = `kilnbenchedit${i}x${Date.now()}`;
      const loaded = page.waitForEvent('load', { timeout: 30_000 });
      const t0 = Date.now() + (performance.now() % 1);
      fs.writeFileSync(file, `${original}\n\n${marker}\n`);
      await loaded;
      const info = await page.evaluate(
        (m) => ({ has: document.body.innerText.includes(m), at: performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart }),
        marker,
      );
      if (!info.has) {
        // A reload that beat the rebuild (should not happen): wait for the next one.
        await page.waitForEvent('load', { timeout: 30_000 });
        const at = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
        samples.push(at - t0);
      } else samples.push(info.at - t0);
      const built = builtAt.filter((b) => b >= t0);
      if (built.length) reloadMs.push(samples[samples.length - 1] + t0 - built[built.length - 1]);
      await sleep(400);
    }
  } finally {
    fs.writeFileSync(file, original);
  }
  return samples;
}

function jekyllServe(source: string, dest: string, port: number, lrPort: number): Promise<ChildProcess | null> {
  if (spawnSync('jekyll', ['--version']).status !== 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const child = spawn('jekyll', ['serve', '-s', source, '-d', dest, '--incremental', '--watch', '--livereload', '--port', String(port), '--livereload-port', String(lrPort), '-H', '127.0.0.1', '--future'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, JEKYLL_ENV: 'development' },
    });
    let log = '';
    const timer = setTimeout(() => {
      console.warn(`jekyll serve did not start:\n${log}`);
      child.kill();
      resolve(null);
    }, 120_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('Server running')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

interface LoadResult {
  requests: number;
  throughputMBs: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
}

/** Runs autocannon in its own process (asynchronously: the server lives in this one). */
async function autocannon(url: string, seconds: number): Promise<LoadResult | null> {
  const bin = path.join(root, 'node_modules', '.bin', 'autocannon');
  const child = spawn(bin, ['-c', '200', '-d', String(seconds), '--json', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) {
    console.warn(`autocannon failed: ${stderr}`);
    return null;
  }
  const r = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    throughput: { average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    latency: { p50: number; p99: number };
  };
  return { requests: r.requests.average, throughputMBs: r.throughput.average / 1e6, errors: r.errors + r.timeouts, non2xx: r.non2xx, p50: r.latency.p50, p99: r.latency.p99 };
}

/** Incremental rebuild times (the builder's share of each edit) seen by the running server. */
const rebuildMs: number[] = [];
/** Wall-clock end of each such rebuild, to split an edit into watch+build and page reload. */
const builtAt: number[] = [];

async function withKiln<T>(site: Site, builder: SiteBuilder, fn: (server: PreviewServer) => Promise<T>): Promise<T> {
  const server = await startPreviewServer({
    builder,
    source: site.source,
    port: 0,
    onBuild: (r) => {
      if (r.kind === 'incremental' && r.changed.length) {
        rebuildMs.push(r.ms);
        builtAt.push(Date.now() + (performance.now() % 1));
      }
    },
  });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

function generatedSite(dir: string): Site {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '_layout.html'), '<!doctype html><html><head><title>bench</title></head><body>{{ content }}</body></html>');
  for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `page${i}.txt`), `<p>page ${i}</p>\n`.repeat(50));
  fs.writeFileSync(path.join(dir, 'community.txt'), '<h1>Community</h1>\n');
  fs.writeFileSync(path.join(dir, 'image.png'), Buffer.alloc(60_000, 7));
  return { name: 'generated site (fake builder)', source: dir, page: 'community.txt', url: '/community.html' };
}

function pickImage(dest: string): string | null {
  const found: { rel: string; size: number }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(png|jpe?g|webp)$/i.test(e.name)) found.push({ rel: path.relative(dest, p), size: fs.statSync(p).size });
    }
  };
  if (fs.existsSync(dest)) walk(dest);
  // A typical content image: the median-sized one that is not an empty placeholder.
  const real = found.filter((f) => f.size > 10_000).sort((a, b) => a.size - b.size);
  return real.length ? real[Math.floor(real.length / 2)].rel.split(path.sep).join('/') : null;
}

async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(fs.existsSync('/work/scratch/serve') ? '/work/scratch/serve' : os.tmpdir(), 'bench-'));
  const createBuilder = await realCreateBuilder();
  out(`Edit→visible latency: a Markdown page is edited on disk; the time from the write to the browser's \`load\` event of the reloaded page (Chromium via playwright-core). ${EDITS} edits for kiln, ${JEKYLL_EDITS} for Jekyll (\`jekyll serve --incremental --livereload\`), on copies of each site. Goal: kiln p50 ≤ 100 ms.`);
  out('');
  out('_rebuild_: the builder\'s time per edit; _build→load_: from the end of the rebuild to the load event (message, reload, page and its resources); _plain reload_: the same page reloaded with no edit, i.e. what the browser alone needs on this machine.');
  out('');
  const sites: Site[] = [];
  if (createBuilder) {
    if (fs.existsSync(path.join(root, '_config.yml')) && fs.existsSync(path.join(root, 'community.md'))) {
      const dir = path.join(scratch, 'repo-site');
      copySite(root, dir);
      sites.push({ name: "repository's site", source: dir, page: 'community.md', url: '/community.html' });
    }
    if (realSite && fs.existsSync(path.join(realSite, 'community.md'))) {
      const dir = path.join(scratch, 'real-site');
      copySite(realSite, dir);
      sites.push({ name: 'real site', source: dir, page: 'community.md', url: '/community.html' });
    } else out(`Real site: skipped (${realSite ?? 'KILN_REAL_SITE unset and /work/scratch/site-src absent'}).`);
  } else {
    out('**The real site builder (src/site/build.ts `createBuilder`) is not available yet: these numbers use the fake builder of the tests on a generated site. They measure the server, watcher and live-reload path, not Markdown/Liquid rendering.**');
    out('');
    sites.push(generatedSite(path.join(scratch, 'generated')));
  }

  const browser = hasChromium() ? await launchChromium() : null;
  if (!browser) out(`Latency: skipped (no Chromium at ${CHROMIUM_PATH}).`);
  const latencyRows: string[] = [];
  const loadRows: string[] = [];
  try {
    for (const site of sites) {
      const builder = createBuilder ? await createBuilder({ source: site.source, quiet: true, future: true }) : createFakeBuilder(site.source);
      await withKiln(site, builder, async (server) => {
        if (browser) {
          const page = await browser.newPage();
          rebuildMs.length = 0;
          reloadMs.length = 0;
          const samples = await measureEdits(page, site, `http://127.0.0.1:${server.port}${site.url}`, EDITS);
          await page.close();
          latencyRows.push(`| ${site.name} | kiln serve | ${samples.length} | ${ms(percentile(samples, 0.5))} | ${ms(percentile(rebuildMs, 0.5))} | ${ms(percentile(reloadMs, 0.5))} | ${ms(percentile(plainReloadMs, 0.5))} | ${ms(percentile(samples, 0.9))} | ${ms(Math.min(...samples))} | ${ms(Math.max(...samples))} |`);
          console.log(`${site.name} kiln: ${samples.map((s) => s.toFixed(0)).join(' ')}`);
        }
        const image = pickImage(server.destination);
        for (const [what, url] of [
          ['page', site.url],
          ['image', image ? '/' + image : null],
        ] as const) {
          if (!url) continue;
          const r = await autocannon(`http://127.0.0.1:${server.port}${url}`, LOAD_SECONDS);
          if (r) loadRows.push(`| ${site.name} | ${what} \`${url}\` | ${r.requests.toFixed(0)} | ${r.throughputMBs.toFixed(1)} MB/s | ${r.p50} / ${r.p99} ms | ${r.errors} | ${r.non2xx} |`);
        }
      });
      if (browser && createBuilder && JEKYLL_EDITS > 0) {
        const dest = path.join(scratch, `jekyll-${site.name.replace(/\W+/g, '-')}`);
        const port = 4500 + Math.floor(Math.random() * 400);
        const jekyll = await jekyllServe(site.source, dest, port, port + 1000);
        if (jekyll) {
          try {
            const page = await browser.newPage();
            const samples = await measureEdits(page, site, `http://127.0.0.1:${port}${site.url}`, JEKYLL_EDITS);
            await page.close();
            latencyRows.push(`| ${site.name} | jekyll serve --incremental | ${samples.length} | ${ms(percentile(samples, 0.5))} | – | – | ${ms(percentile(plainReloadMs, 0.5))} | ${ms(percentile(samples, 0.9))} | ${ms(Math.min(...samples))} | ${ms(Math.max(...samples))} |`);
            console.log(`${site.name} jekyll: ${samples.map((s) => s.toFixed(0)).join(' ')}`);
          } catch (err) {
            latencyRows.push(`| ${site.name} | jekyll serve --incremental | – | failed: ${(err as Error).message.split('\n')[0]} | | | | | | |`);
          } finally {
            jekyll.kill('SIGINT');
            await sleep(500);
          }
        } else latencyRows.push(`| ${site.name} | jekyll serve --incremental | – | not run (jekyll missing or did not start) | | | | | | |`);
      }
      builder.close();
    }
  } finally {
    await browser?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  if (latencyRows.length) {
    out('| site | server | edits | p50 | rebuild p50 | build→load p50 | plain reload p50 | p90 | min | max |');
    out('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of latencyRows) out(r);
    out('');
  }
  out(`Load on loopback (autocannon, 200 connections, ${LOAD_SECONDS} s, against kiln serve; pages carry the live-reload script):`);
  out('');
  out('| site | target | req/s | throughput | latency p50 / p99 | errors | non-2xx |');
  out('|---|---|---:|---:|---:|---:|---:|');
  for (const r of loadRows) out(r);
  out('');
  out(`_Machine shared by several engineers (2 cores); autocannon and the server share them too._`);
  out('');
  out("_Plain reloads differ by cache policy: Jekyll's server sends static files (images, CSS) with no `Cache-Control`, so the browser treats them as fresh by heuristic and takes them from its cache without asking (fast, but an image changed on disk can stay stale in the browser). kiln sends `ETag` + `Cache-Control: no-cache`, as its spec asks: every resource is revalidated on each reload (a 304), never stale, at one round trip per resource — visible on pages with many images such as the repository's community page (33 logos)._");
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, lines.join('\n') + '\n');
  console.log(`wrote ${path.relative(root, resultsFile)}`);
}

await main();
