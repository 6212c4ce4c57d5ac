// `--format json`: `{"failures":[{file,line,column,check,message,url}],"summary":{…}}`.
import type { CheckReport } from '../types.js';

export function formatJson(report: CheckReport): string {
  const failures = report.failures.map((f) => ({
    file: f.file,
    line: f.line ?? null,
    column: f.column ?? null,
    check: f.check,
    message: f.message,
    url: f.url ?? null,
    ...(f.status ? { status: f.status } : {}),
  }));
  return JSON.stringify({ failures, summary: report.summary }, null, 2) + '\n';
}
