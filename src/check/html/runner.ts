// Runs html-validate over the pages: cached pages are answered from the cache; the rest are
// validated by the main thread together with worker threads (when there are enough pages and
// cores). Findings inside an element marked `data-proofer-ignore` are dropped, as html-proofer
// ignores such elements; the cache keeps what is reported.
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { hash, loadHtmlValidateConfig } from './config.js';
import { ValidationCache } from './cache.js';
import { validateShared, WorkerPool, type ValidationJob, type ValidationMessage } from './worker.js';
import type { CheckFailure } from '../types.js';
import { KilnError } from '../../util/errors.js';

export interface PageToValidate {
  rel: string;
  /** The page's text; read only for pages whose hash is not given, or that are not cached. */
  text: () => string;
  /** SHA-1 of the text, when the caller knows it already (the page cache does). */
  hash?: string;
  /** [start, end) offsets under `data-proofer-ignore`; asked only for pages validated afresh. */
  ignoredRanges: () => [number, number][];
}

export interface ValidationRun {
  failures: CheckFailure[];
  fromCache: number;
  validated: number;
  /** Worker threads started (0 when validated in-process only or nothing needed validating). */
  workers: number;
  /** Pages the worker threads validated (the main thread did the rest). */
  pagesByWorkers: number;
}

/** Below this many pages to validate, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 12;

export async function validatePages(
  pages: PageToValidate[],
  opts: { configDirs: string[]; cacheFile: string | null; workers?: number; pool?: WorkerPool },
): Promise<ValidationRun> {
  const setup = htmlValidateSetup(opts.configDirs);
  const cache = new ValidationCache(opts.cacheFile, setup.key);
  const hashes = pages.map((p) => p.hash ?? hash(p.text()));
  const messages = new Map<number, ValidationMessage[]>();
  const jobs: ValidationJob[] = [];
  pages.forEach((p, id) => {
    const hit = cache.get(hashes[id]);
    if (hit) messages.set(id, hit);
    else jobs.push({ id, filename: p.rel, text: p.text() });
  });
  const fromCache = pages.length - jobs.length;

  // The main thread validates pages too, while worker threads take others from the same queue.
  // Measured on a shared 2-vCPU machine, a worker there slowed the main thread more than it
  // helped: by default, workers start from 3 cores on, leaving one core to the rest of the system.
  const workers = opts.workers ?? defaultWorkers();
  let used = 0;
  let byWorkerThreads = 0;
  let pool = opts.pool;
  try {
    if (jobs.length > 0) {
      // Loaded only when some page needs validating: html-validate is by far the heaviest module
      // kiln check uses, and a warm run (everything cached) never needs it.
      const { HtmlValidate } = await import('html-validate');
      let validator: InstanceType<typeof HtmlValidate>;
      try {
        validator = new HtmlValidate(setup.config);
        // Presets and plugins are resolved on first use: validate nothing once to surface errors here.
        await validator.validateString('', 'kiln-config-check.html');
      } catch (err) {
        throw new KilnError(`html-validate configuration: ${(err as Error).message}`, { file: setup.origin === 'default' ? undefined : setup.origin });
      }
      const validateHere = async (job: ValidationJob): Promise<ValidationMessage[]> => {
        const report = await validator.validateString(job.text, job.filename);
        return report.results.flatMap((r) => r.messages).map((m) => ({
          ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, offset: m.offset, severity: m.severity,
        }));
      };
      const threads = workers > 0 && jobs.length >= MIN_PAGES_FOR_WORKERS ? Math.min(workers, Math.floor(jobs.length / MIN_PAGES_FOR_WORKERS)) : 0;
      if (pool) await pool.shrink(threads);
      else if (threads > 0) pool = new WorkerPool(threads, setup.config);
      const { results: fresh, byWorkers } = await validateShared(jobs, pool, validateHere);
      used = threads;
      byWorkerThreads = byWorkers;
      // What is cached is what gets reported: errors outside ignored elements. The ignored ranges
      // depend only on the page's content, so a warm run need not even parse the page.
      for (const [id, list] of fresh) {
        const ranges = pages[id].ignoredRanges();
        const kept = list.filter((m) => m.severity >= 2 && !ranges.some(([a, b]) => m.offset >= a && m.offset < b));
        messages.set(id, kept);
        cache.set(hashes[id], kept);
      }
    }
  } finally {
    // Whatever happened (a bad configuration throws here), no worker outlives the run.
    await pool?.shrink(0);
  }
  cache.save();

  const failures: CheckFailure[] = [];
  pages.forEach((p, id) => {
    for (const m of messages.get(id) ?? []) {
      failures.push({ file: p.rel, line: m.line, column: m.column, check: `html-validate > ${m.ruleId}`, message: m.message });
    }
  });
  return { failures, fromCache, validated: jobs.length, workers: used, pagesByWorkers: byWorkerThreads };
}

/** html-validate's version, read from its package.json (cheaper than loading the module). */
function htmlValidateVersion(): string {
  const file = createRequire(import.meta.url).resolve('html-validate/package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Worker threads for a cold run by default: cores − 2, at most 3 (none on 1–2 cores). */
export function defaultWorkers(cores = os.availableParallelism()): number {
  return Math.max(0, Math.min(3, cores - 2));
}

export function htmlValidateSetup(configDirs: string[]) {
  return loadHtmlValidateConfig(configDirs, `${htmlValidateVersion()} errors-outside-ignored`);
}

/**
 * Worker threads to start before the link checks, so that they load html-validate meanwhile:
 * only when the run will validate pages afresh (no cache, or a cache made under another
 * configuration) and workers are wanted. Undefined otherwise.
 */
export function startWorkersEarly(configDirs: string[], cacheFile: string | null, workers: number | undefined): WorkerPool | undefined {
  const count = workers ?? defaultWorkers();
  if (count <= 0) return undefined;
  const setup = htmlValidateSetup(configDirs);
  if (cacheFile && ValidationCache.keyOf(cacheFile) === setup.key) return undefined;
  return new WorkerPool(count, setup.config);
}
