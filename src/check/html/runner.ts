// Runs html-validate over the pages: cached pages are answered from the cache; the rest are
// validated in worker threads when there are enough of them (in-process otherwise). Findings
// inside an element marked `data-proofer-ignore` are dropped, like html-proofer's ignores.
import os from 'node:os';
import { HtmlValidate, version as hvVersion } from 'html-validate';
import { hash, loadHtmlValidateConfig } from './config.js';
import { ValidationCache } from './cache.js';
import { validateInWorkers, type ValidationJob, type ValidationMessage } from './worker.js';
import type { CheckFailure } from '../types.js';

export interface PageToValidate {
  rel: string;
  text: string;
  ignoredRanges: [number, number][];
}

export interface ValidationRun {
  failures: CheckFailure[];
  fromCache: number;
  validated: number;
  /** Worker threads used (0 when validated in-process or nothing needed validating). */
  workers: number;
}

/** Below this many pages to validate, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 12;

export async function validatePages(
  pages: PageToValidate[],
  opts: { configDirs: string[]; cacheFile: string | null; workers?: number },
): Promise<ValidationRun> {
  const setup = loadHtmlValidateConfig(opts.configDirs, hvVersion);
  const cache = new ValidationCache(opts.cacheFile, setup.key);
  const hashes = pages.map((p) => hash(p.text));
  const messages = new Map<number, ValidationMessage[]>();
  const jobs: ValidationJob[] = [];
  pages.forEach((p, id) => {
    const hit = cache.get(hashes[id]);
    if (hit) messages.set(id, hit);
    else jobs.push({ id, filename: p.rel, text: p.text });
  });
  const fromCache = pages.length - jobs.length;

  const workers = opts.workers ?? Math.max(1, Math.min(4, os.availableParallelism()));
  let used = 0;
  if (jobs.length > 0) {
    let fresh: Map<number, ValidationMessage[]> | undefined;
    if (workers > 0 && jobs.length >= MIN_PAGES_FOR_WORKERS) {
      used = Math.min(workers, Math.ceil(jobs.length / (MIN_PAGES_FOR_WORKERS / 2)));
      // A worker that cannot start (exotic runtimes) falls back to validating in-process.
      fresh = await validateInWorkers(jobs, setup.config, used).catch(() => undefined);
      if (!fresh) used = 0;
    }
    if (!fresh) {
      fresh = new Map();
      const validator = new HtmlValidate(setup.config);
      for (const job of jobs) {
        const report = await validator.validateString(job.text, job.filename);
        fresh.set(job.id, report.results.flatMap((r) => r.messages).map((m) => ({
          ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, offset: m.offset, severity: m.severity,
        })));
      }
    }
    for (const [id, list] of fresh) {
      messages.set(id, list);
      cache.set(hashes[id], list);
    }
  }
  cache.save();

  const failures: CheckFailure[] = [];
  pages.forEach((p, id) => {
    for (const m of messages.get(id) ?? []) {
      if (m.severity < 2) continue;
      if (p.ignoredRanges.some(([a, b]) => m.offset >= a && m.offset < b)) continue;
      failures.push({ file: p.rel, line: m.line, column: m.column, check: `html-validate > ${m.ruleId}`, message: m.message });
    }
  });
  return { failures, fromCache, validated: jobs.length, workers: used };
}
