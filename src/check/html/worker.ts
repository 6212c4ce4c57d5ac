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
 * Validates `jobs` on the main thread and `workerCount` worker threads pulling from one queue
 * (largest pages first): a thread that starts late or runs slowly — a busy machine — just takes
 * fewer pages, so adding workers never makes the run much slower than the main thread alone.
 * A worker that fails hands its pages back to the queue.
 */
export async function validateShared(
  jobs: ValidationJob[],
  config: Record<string, unknown>,
  workerCount: number,
  validateHere: (job: ValidationJob) => Promise<ValidationMessage[]>,
): Promise<{ results: Map<number, ValidationMessage[]>; byWorkers: number }> {
  const queue = [...jobs].sort((a, b) => b.text.length - a.text.length);
  const results = new Map<number, ValidationMessage[]>();
  let byWorkers = 0;
  const source = workerSource();
  const BATCH = 2;

  const runWorker = () =>
    new Promise<void>((resolve) => {
      let outstanding: ValidationJob[] = [];
      const worker = new Worker(source, { eval: true, workerData: { config } });
      const feed = () => {
        outstanding = queue.splice(0, BATCH);
        if (outstanding.length) worker.postMessage(outstanding);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (msg: 'ready' | { id: number; messages: ValidationMessage[] }[]) => {
        if (msg !== 'ready') {
          for (const r of msg) results.set(r.id, r.messages);
          byWorkers += msg.length;
        }
        feed();
      });
      worker.once('error', () => {
        queue.push(...outstanding);
        outstanding = [];
        resolve();
      });
    });

  const runHere = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      results.set(job.id, await validateHere(job));
      // Let the workers' messages in between pages.
      await new Promise((r) => setImmediate(r));
    }
  };

  const workersDone = Promise.all(Array.from({ length: workerCount }, runWorker));
  await runHere();
  await workersDone;
  // Pages handed back by a failed worker after the main thread had finished.
  await runHere();
  return { results, byWorkers };
}
