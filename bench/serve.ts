/// <reference lib="dom" />
// `npx tsx bench/serve.ts`: the live preview's numbers, written to bench/results/serve.md.
//  1. Edit→visible latency: a Markdown page is edited on disk and the time until the new text is in
//     Chromium's DOM is measured (file write → a MutationObserver in the page sees it, clocks aligned),
//     for kiln patching pages in place and kiln reloading them, with `jekyll serve --incremental
//     --livereload` doing the same edit beside it. Sites: the repository's own site and the real site
//     (KILN_REAL_SITE), each copied to a scratch folder first; pages community.md and fr/communaute.md.
//     KILN_BENCH_EDITS, KILN_BENCH_JEKYLL_EDITS, KILN_BENCH_MODES (reload,patch), KILN_BENCH_LOAD_SECONDS (0 skips).
//  2. Load on loopback: autocannon, 200 connections for 10 s, on a page and on an image.
// Runs against the real builder (src/site/build.ts) when it exists; otherwise on a fake builder
// (same contract) over a small generated site, and says so.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
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
  /** Markdown pages edited, with their URLs. */
  pages: { file: string; url: string }[];
}

/** What one edit measured, all on Node's clock (ms since its time origin). */
interface EditSample {
  /** File write → the new text is in the page's DOM. */
  dom: number;
  /** File write → the first animation frame after that (the frame that paints it). */
  frame: number;
  /** 'patch': the same window (updated in place); 'reload': a new one. */
  path: 'patch' | 'reload';
  /** End of the rebuild → DOM (kiln only). */
  afterBuild?: number;
  /** The builder's time for this edit (kiln only). */
  rebuild?: number;
  /** File write → the rebuild starts: file-system notice, watcher quiet period, queue (kiln only). */
  watch?: number;
}

const nodeNow = () => performance.timeOrigin + performance.now();

/**
 * Runs in every document the page opens, before the page's own scripts: once armed with a marker
 * (now, or from sessionStorage in a reloaded window) a MutationObserver notes the page clock
 * (performance.timeOrigin + now(), the wall clock like Node's) when a node holding the marker
 * enters the DOM, then the next animation frame, and reports both to the benchmark.
 */
const INSTRUMENT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const arm = (marker) => {
    let done = false;
    const has = (n) => n && (n.nodeType === 3 ? n.nodeValue || '' : n.textContent || '').includes(marker);
    const seen = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      const dom = now();
      requestAnimationFrame(() => window.__benchReport({ marker, dom, frame: now(), sameWindow: window.__benchWindow === marker }));
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData' ? has(r.target) : Array.prototype.some.call(r.addedNodes, has)) return seen();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    if (document.body && has(document.body)) seen();
  };
  window.__benchArm = (marker) => {
    sessionStorage.setItem('kiln-bench-marker', marker);
    window.__benchWindow = marker;
    arm(marker);
  };
  const pending = sessionStorage.getItem('kiln-bench-marker');
  if (pending) arm(pending);
})();`;

/** Per page opened for measuring: reports from the instrument go to the current waiter. */
async function instrumentedPage(browser: Browser): Promise<{ page: Page; next: (marker: string) => Promise<{ dom: number; frame: number; sameWindow: boolean }> }> {
  const page = await browser.newPage();
  const waiters = new Map<string, (r: { dom: number; frame: number; sameWindow: boolean }) => void>();
  await page.exposeFunction('__benchReport', (r: { marker: string; dom: number; frame: number; sameWindow: boolean }) => {
    waiters.get(r.marker)?.(r);
    waiters.delete(r.marker);
  });
  await page.addInitScript(INSTRUMENT);
  const next = (marker: string) =>
    new Promise<{ dom: number; frame: number; sameWindow: boolean }>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`the edit ${marker} never showed up`)), 30_000);
      waiters.set(marker, (r) => {
        clearTimeout(t);
        resolve(r);
      });
    });
  return { page, next };
}

/** Page clock minus Node clock, bracketed by a round trip (both are wall clocks; this is ~0). */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 3; i++) {
    const n0 = nodeNow();
    const p = await page.evaluate(() => performance.timeOrigin + performance.now());
    const n1 = nodeNow();
    if (n1 - n0 < best.rtt) best = { rtt: n1 - n0, offset: p - (n0 + n1) / 2 };
  }
  return best.offset;
}

/** The same page reloaded without any edit: what the browser alone needs (navigation start → load). */
async function plainReloads(page: Page): Promise<number[]> {
  const out: number[] = [];
  // Reloaded the way the live-reload client does it; the first two warm the browser's cache up.
  for (let i = 0; i < 7; i++) {
    const loaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.evaluate(() => location.reload());
    await loaded;
    const t = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    if (i >= 2) out.push(t);
  }
  return out;
}

/**
 * Edits the page's source `edits` times (a unique line appended each time, replacing the previous
 * one) and measures each edit from just before the write to the new text in the browser's DOM.
 */
async function measureEdits(browser: Browser, source: string, file: string, pageUrl: string, edits: number, idle?: () => Promise<void>): Promise<{ samples: EditSample[]; plainReload: number[] }> {
  const abs = path.join(source, file);
  const original = fs.readFileSync(abs, 'utf8');
  const { page, next } = await instrumentedPage(browser);
  await page.goto(pageUrl, { waitUntil: 'load' });
  const plainReload = await plainReloads(page);
  await sleep(500);
  const samples: EditSample[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const marker = `kilnbenchedit${i}x${Date.now().toString(36)}`;
      await page.evaluate((m) => (window as unknown as { __benchArm(m: string): void }).__benchArm(m), marker);
      const shown = next(marker);
      const t0 = nodeNow();
      fs.writeFileSync(abs, `${original}\n\n${marker}\n`);
      const r = await shown;
      const offset = await clockOffset(page);
      const dom = r.dom - offset;
      const sample: EditSample = { dom: dom - t0, frame: r.frame - offset - t0, path: r.sameWindow ? 'patch' : 'reload' };
      const built = builds.filter((b) => b.end >= t0 && b.end <= dom);
      if (built.length) {
        sample.afterBuild = dom - built[built.length - 1].end;
        sample.rebuild = built.reduce((a, b) => a + b.ms, 0);
        sample.watch = built[0].end - built[0].ms - t0;
      }
      samples.push(sample);
      await idle?.();
      await sleep(400);
    }
  } finally {
    fs.writeFileSync(abs, original);
    await page.evaluate(() => sessionStorage.removeItem('kiln-bench-marker')).catch(() => {});
    await page.close();
  }
  return { samples, plainReload };
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

/** Incremental rebuilds seen by the running server: duration and end, on Node's clock. */
const builds: { ms: number; end: number }[] = [];

async function withKiln<T>(site: Site, builder: SiteBuilder, patch: boolean, fn: (server: PreviewServer) => Promise<T>): Promise<T> {
  const server = await startPreviewServer({
    builder,
    source: site.source,
    port: 0,
    livereloadPatch: patch,
    onBuild: (r) => {
      if (r.kind === 'incremental' && r.changed.length) builds.push({ ms: r.ms, end: nodeNow() });
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
  return { name: 'generated site (fake builder)', source: dir, pages: [{ file: 'community.txt', url: '/community.html' }] };
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

interface Row {
  site: string;
  page: string;
  server: string;
  samples: EditSample[];
  plainReload: number[];
}

function rowLine(r: Row): string {
  const dom = r.samples.map((x) => x.dom);
  const frame = r.samples.map((x) => x.frame);
  const patched = r.samples.filter((x) => x.path === 'patch').length;
  const paths = patched === r.samples.length ? 'patch' : patched === 0 ? 'reload' : `patch ${patched}, reload ${r.samples.length - patched}`;
  const rebuild = r.samples.flatMap((x) => (x.rebuild === undefined ? [] : [x.rebuild]));
  const after = r.samples.flatMap((x) => (x.afterBuild === undefined ? [] : [x.afterBuild]));
  const watch = r.samples.flatMap((x) => (x.watch === undefined ? [] : [x.watch]));
  return `| ${r.site} | \`${r.page}\` | ${r.server} | ${paths} | ${r.samples.length} | **${ms(percentile(dom, 0.5))}** | ${ms(percentile(dom, 0.9))} | ${ms(percentile(frame, 0.5))} | ${ms(Math.min(...dom))} / ${ms(Math.max(...dom))} | ${watch.length ? ms(percentile(watch, 0.5)) : '–'} | ${rebuild.length ? ms(percentile(rebuild, 0.5)) : '–'} | ${after.length ? ms(percentile(after, 0.5)) : '–'} | ${ms(percentile(r.plainReload, 0.5))} |`;
}

async function main(): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(fs.existsSync('/work/scratch/serve') ? '/work/scratch/serve' : os.tmpdir(), 'bench-'));
  const createBuilder = await realCreateBuilder();
  out(`Edit→visible latency: a Markdown page is edited on disk (a unique line appended) while Chromium (playwright-core) shows it. The timer starts just before the file is written and stops when the new text is in the page's DOM: a MutationObserver installed in every document before the page's scripts (so it also sees a reloaded page being parsed) notes \`performance.timeOrigin + performance.now()\` when a node holding the text is added; the browser's and Node's clocks are aligned by a round trip after each edit. _frame_ is the next animation frame after that, the frame that paints the text. ${EDITS} edits per page for kiln, ${JEKYLL_EDITS} for Jekyll (\`jekyll serve --incremental --livereload\`, which reloads the page), on copies of each site. Goal: kiln p50 ≤ 100 ms.`);
  out('');
  out("kiln runs twice per site: with pages patched in place (the default: the client fetches the rebuilt page and morphs the DOM, reloading only when the page's scripts or stylesheets changed) and with `livereloadPatch: false` (a full reload, as before). _path_ is what each edit actually took (the page's window survived or not). _write→build_: from the write to the start of the rebuild (file-system notice, the watcher's 8 ms quiet period, queue); _rebuild_: the builder's time per edit; _build→DOM_: from the end of the rebuild to the text in the DOM; _plain reload_: the same page reloaded with no edit (navigation start → load event), i.e. what the browser alone needs for a reload here.");
  out('');
  const sites: Site[] = [];
  const pagesOf = (dir: string) =>
    [
      { file: 'community.md', url: '/community.html' },
      { file: 'fr/communaute.md', url: '/fr/communaute.html' },
    ].filter((p) => fs.existsSync(path.join(dir, p.file)));
  if (createBuilder) {
    if (fs.existsSync(path.join(root, '_config.yml')) && fs.existsSync(path.join(root, 'community.md'))) {
      const dir = path.join(scratch, 'repo-site');
      copySite(root, dir);
      sites.push({ name: "repository's site", source: dir, pages: pagesOf(dir) });
    }
    if (realSite && fs.existsSync(path.join(realSite, 'community.md'))) {
      const dir = path.join(scratch, 'real-site');
      copySite(realSite, dir);
      sites.push({ name: 'real site', source: dir, pages: pagesOf(dir) });
    } else out(`Real site: skipped (${realSite ?? 'KILN_REAL_SITE unset and /work/scratch/site-src absent'}).`);
  } else {
    out('**The real site builder (src/site/build.ts `createBuilder`) is not available yet: these numbers use the fake builder of the tests on a generated site. They measure the server, watcher and live-reload path, not Markdown/Liquid rendering.**');
    out('');
    sites.push(generatedSite(path.join(scratch, 'generated')));
  }

  const browser = hasChromium() ? await launchChromium() : null;
  if (!browser) out(`Latency: skipped (no Chromium at ${CHROMIUM_PATH}).`);
  const rows: Row[] = [];
  const loadRows: string[] = [];
  const modes = (process.env.KILN_BENCH_MODES ?? 'reload,patch').split(',').map((m) => m.trim() === 'patch');
  try {
    for (const site of sites) {
      for (const patch of modes) {
        const builder = createBuilder ? await createBuilder({ source: site.source, quiet: true, future: true }) : createFakeBuilder(site.source);
        await withKiln(site, builder, patch, async (server) => {
          if (browser) {
            for (const p of site.pages) {
              const { samples, plainReload } = await measureEdits(browser, site.source, p.file, `http://127.0.0.1:${server.port}${p.url}`, EDITS, () => server.idle());
              const row: Row = { site: site.name, page: p.file, server: patch ? 'kiln serve' : 'kiln serve, `livereloadPatch: false`', samples, plainReload };
              rows.push(row);
              console.log(rowLine(row));
              console.log(`  dom: ${samples.map((x) => x.dom.toFixed(0)).join(' ')}`);
            }
          }
          if (!patch || LOAD_SECONDS <= 0) return;
          const image = pickImage(server.destination);
          for (const [what, url] of [
            ['page', site.pages[0]?.url],
            ['image', image ? '/' + image : null],
          ] as const) {
            if (!url) continue;
            const r = await autocannon(`http://127.0.0.1:${server.port}${url}`, LOAD_SECONDS);
            if (r) loadRows.push(`| ${site.name} | ${what} \`${url}\` | ${r.requests.toFixed(0)} | ${r.throughputMBs.toFixed(1)} MB/s | ${r.p50} / ${r.p99} ms | ${r.errors} | ${r.non2xx} |`);
          }
        });
      }
      if (browser && createBuilder && JEKYLL_EDITS > 0) {
        const dest = path.join(scratch, `jekyll-${site.name.replace(/\W+/g, '-')}`);
        const port = 4500 + Math.floor(Math.random() * 400);
        const jekyll = await jekyllServe(site.source, dest, port, port + 1000);
        if (jekyll) {
          try {
            for (const p of site.pages) {
              try {
                const { samples, plainReload } = await measureEdits(browser, site.source, p.file, `http://127.0.0.1:${port}${p.url}`, JEKYLL_EDITS);
                const row: Row = { site: site.name, page: p.file, server: 'jekyll serve --incremental', samples, plainReload };
                rows.push(row);
                console.log(rowLine(row));
              } catch (err) {
                out(`Jekyll on ${site.name} ${p.file}: failed: ${(err as Error).message.split('\n')[0]}`);
              }
            }
          } finally {
            jekyll.kill('SIGINT');
            await sleep(500);
          }
        } else out(`Jekyll on ${site.name}: not run (jekyll missing or did not start).`);
      }
    }
  } finally {
    await browser?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  if (rows.length) {
    out('| site | page | server | path | edits | p50 | p90 | frame p50 | min / max | write→build p50 | rebuild p50 | build→DOM p50 | plain reload p50 |');
    out('|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) out(rowLine(r));
    out('');
  }
  if (loadRows.length) {
    out(`Load on loopback (autocannon, 200 connections, ${LOAD_SECONDS} s, against kiln serve; pages carry the live-reload script):`);
    out('');
    out('| site | target | req/s | throughput | latency p50 / p99 | errors | non-2xx |');
    out('|---|---|---:|---:|---:|---:|---:|');
    for (const r of loadRows) out(r);
    out('');
  }
  out(`_Machine shared by several engineers (2 cores; load average ${os.loadavg()[0].toFixed(1)} at the end of this run); autocannon and the server share them too._`);
  out('');
  out("_Plain reloads differ by cache policy: Jekyll's server sends static files (images, CSS) with no `Cache-Control`, so the browser treats them as fresh by heuristic and takes them from its cache without asking (fast, but an image changed on disk can stay stale in the browser). kiln sends `ETag` + `Cache-Control: no-cache`, as its spec asks: every resource is revalidated on each reload (a 304), never stale, at one round trip per resource — visible on pages with many images such as the repository's community page (33 logos). A patched page fetches only its own HTML._");
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, lines.join('\n') + '\n');
  console.log(`wrote ${path.relative(root, resultsFile)}`);
}

await main();
