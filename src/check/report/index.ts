// Picks the reporter for `--format`, loading only that one (the human report's colours library is
// not needed for JSON).
import type { CheckReport } from '../types.js';
import type { GithubOptions } from './github.js';

export type ReportFormat = 'human' | 'json' | 'github';
export type { GithubOptions };

export async function formatReport(report: CheckReport, format: ReportFormat, opts: { color?: boolean; github?: GithubOptions } = {}): Promise<string> {
  switch (format) {
    case 'json': return (await import('./json.js')).formatJson(report);
    case 'github': return (await import('./github.js')).formatGithub(report, opts.github);
    default: return (await import('./human.js')).formatHuman(report, opts.color ?? false);
  }
}
