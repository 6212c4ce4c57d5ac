// The one-line summary every format ends with.
import type { CheckReport } from '../types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(report: CheckReport): string {
  const s = report.summary;
  const what = `${plural(s.files, 'file', 'files')}, ${plural(s.internalLinks, 'internal link', 'internal links')}, ${plural(s.externalLinks, 'external URL', 'external URLs')}`;
  const total = Object.values(s.timingsMs).reduce((a, b) => a + b, 0);
  const time = `${Math.round(total)} ms`;
  return s.failures === 0
    ? `kiln check: no failures (${what}; ${time})`
    : `kiln check found ${plural(s.failures, 'failure', 'failures')} (${what}; ${time})`;
}
