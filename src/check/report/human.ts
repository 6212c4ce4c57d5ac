// The human report: failures grouped by file, each as `line:col  message  [check]`, coloured when
// the output is a terminal, then the summary line.
import pc from 'picocolors';
import type { CheckReport } from '../types.js';
import { summaryLine } from './summary.js';

export function formatHuman(report: CheckReport, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  let current: string | undefined;
  for (const f of report.failures) {
    if (f.file !== current) {
      if (current !== undefined) out.push('');
      out.push(c.underline(c.bold(f.file)));
      current = f.file;
    }
    const where = f.line !== undefined ? `${f.line}:${f.column ?? 0}` : '-';
    const status = f.status ? ` (status code ${f.status})` : '';
    const message = f.message.replace(/\n/g, '\n    ');
    out.push(`  ${c.dim(where.padEnd(8))} ${c.red(message)}${status}  ${c.cyan(`[${f.check}]`)}`);
  }
  if (out.length) out.push('');
  const line = summaryLine(report);
  out.push(report.summary.failures ? c.red(c.bold(line)) : c.green(line));
  const counts = Object.entries(report.summary.byCheck).sort(([a], [b]) => a.localeCompare(b));
  if (counts.length > 1) out.push(c.dim(`  ${counts.map(([check, n]) => `${check}: ${n}`).join(', ')}`));
  return out.join('\n') + '\n';
}
