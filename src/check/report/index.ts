// Picks the reporter for `--format`.
import type { CheckReport } from '../types.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';
import { formatGithub, type GithubOptions } from './github.js';

export type ReportFormat = 'human' | 'json' | 'github';

export function formatReport(report: CheckReport, format: ReportFormat, opts: { color?: boolean; github?: GithubOptions } = {}): string {
  switch (format) {
    case 'json': return formatJson(report);
    case 'github': return formatGithub(report, opts.github);
    default: return formatHuman(report, opts.color ?? false);
  }
}

export { formatHuman, formatJson, formatGithub, type GithubOptions };
export { summaryLine } from './summary.js';
