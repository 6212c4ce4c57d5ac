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

/** Validates `jobs` across `count` worker threads; resolves to messages per job id. */
export async function validateInWorkers(jobs: ValidationJob[], config: Record<string, unknown>, count: number): Promise<Map<number, ValidationMessage[]>> {
  const result = new Map<number, ValidationMessage[]>();
  const chunks: ValidationJob[][] = Array.from({ length: count }, () => []);
  // Spread by size so the workers finish together.
  const sorted = [...jobs].sort((a, b) => b.text.length - a.text.length);
  const loads = new Array<number>(count).fill(0);
  for (const job of sorted) {
    const i = loads.indexOf(Math.min(...loads));
    chunks[i].push(job);
    loads[i] += job.text.length;
  }
  const source = workerSource();
  await Promise.all(
    chunks.filter((c) => c.length).map(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(source, { eval: true, workerData: { config } });
          worker.once('message', (out: { id: number; messages: ValidationMessage[] }[]) => {
            for (const r of out) result.set(r.id, r.messages);
            void worker.terminate();
            resolve();
          });
          worker.once('error', reject);
          worker.postMessage(chunk);
        }),
    ),
  );
  return result;
}
