// The html-validate worker: a small module given to worker_threads as source text (so it runs
// the same from TypeScript sources and from the compiled build), which validates the pages it is
// sent and posts back their messages.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

export interface ValidationMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  offset: number;
  severity: number;
}

export interface ValidationJob {
  id: number;
  filename: string;
  text: string;
}

function workerSource(): string {
  // Eval'd workers run as CommonJS scripts: html-validate's CommonJS build, by absolute path.
  const entry = createRequire(import.meta.url).resolve('html-validate');
  return `
const { parentPort, workerData } = require('node:worker_threads');
const hv = require(${JSON.stringify(entry)});
const validator = new hv.HtmlValidate(workerData.config);
parentPort.on('message', async (jobs) => {
  const out = [];
  for (const job of jobs) {
    const report = await validator.validateString(job.text, job.filename);
    const messages = report.results.flatMap((r) => r.messages).map((m) => ({
      ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, offset: m.offset, severity: m.severity,
    }));
    out.push({ id: job.id, messages });
  }
  parentPort.postMessage(out);
});
parentPort.postMessage('ready');
`;
}

/**
 * Worker threads started ahead of need: each loads html-validate (the slow part) while the main
 * thread is still busy with the link checks, and says 'ready' when it can take pages.
 */
export class WorkerPool {
  readonly slots: { worker: Worker; ready: Promise<boolean> }[];

  constructor(count: number, config: Record<string, unknown>) {
    const source = workerSource();
    this.slots = Array.from({ length: count }, () => {
      const worker = new Worker(source, { eval: true, workerData: { config } });
      const ready = new Promise<boolean>((resolve) => {
        worker.once('message', (m: unknown) => resolve(m === 'ready'));
        worker.once('error', () => resolve(false));
      });
      return { worker, ready };
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Stops every worker beyond the first `keep`. */
  async shrink(keep: number): Promise<void> {
    const extra = this.slots.splice(keep);
    await Promise.all(extra.map((s) => s.worker.terminate()));
  }
}

/**
 * Validates `jobs` on the main thread and the pool's workers pulling from one queue (largest
 * pages first): a thread that starts late or runs slowly — a busy machine — just takes fewer
 * pages, so workers never make the run much slower than the main thread alone. A worker that
 * fails hands its pages back to the queue. The pool's workers are stopped at the end.
 */
export async function validateShared(
  jobs: ValidationJob[],
  pool: WorkerPool | undefined,
  validateHere: (job: ValidationJob) => Promise<ValidationMessage[]>,
): Promise<{ results: Map<number, ValidationMessage[]>; byWorkers: number }> {
  const queue = [...jobs].sort((a, b) => b.text.length - a.text.length);
  const results = new Map<number, ValidationMessage[]>();
  let byWorkers = 0;
  const BATCH = 2;

  const runWorker = async ({ worker, ready }: WorkerPool['slots'][number]): Promise<void> => {
    if (!(await ready)) {
      await worker.terminate();
      return;
    }
    await new Promise<void>((resolve) => {
      let outstanding: ValidationJob[] = [];
      const feed = () => {
        outstanding = queue.splice(0, BATCH);
        if (outstanding.length) worker.postMessage(outstanding);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (msg: { id: number; messages: ValidationMessage[] }[]) => {
        for (const r of msg) results.set(r.id, r.messages);
        byWorkers += msg.length;
        feed();
      });
      worker.once('error', () => {
        queue.push(...outstanding);
        outstanding = [];
        resolve();
      });
      feed();
    });
  };

  const runHere = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      results.set(job.id, await validateHere(job));
      // Let the workers' messages in between pages.
      await new Promise((r) => setImmediate(r));
    }
  };

  const workersDone = Promise.all((pool?.slots ?? []).map(runWorker));
  await runHere();
  await workersDone;
  // Pages handed back by a failed worker after the main thread had finished.
  await runHere();
  return { results, byWorkers };
}
