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
`;
}

/** Splits jobs into `n` shares of about equal text size (largest first), so all finish together. */
export function partition(jobs: ValidationJob[], n: number): ValidationJob[][] {
  const shares: ValidationJob[][] = Array.from({ length: n }, () => []);
  const loads = new Array<number>(n).fill(0);
  for (const job of [...jobs].sort((a, b) => b.text.length - a.text.length)) {
    const i = loads.indexOf(Math.min(...loads));
    shares[i].push(job);
    loads[i] += job.text.length;
  }
  return shares;
}

/** Validates each share in its own worker thread; resolves to messages per job id. */
export async function validateInWorkers(shares: ValidationJob[][], config: Record<string, unknown>): Promise<Map<number, ValidationMessage[]>> {
  const result = new Map<number, ValidationMessage[]>();
  const source = workerSource();
  await Promise.all(
    shares.filter((c) => c.length).map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(source, { eval: true, workerData: { config } });
          worker.once('message', (out: { id: number; messages: ValidationMessage[] }[]) => {
            for (const r of out) result.set(r.id, r.messages);
            void worker.terminate();
            resolve();
          });
          worker.once('error', reject);
          worker.postMessage(share);
        }),
    ),
  );
  return result;
}
