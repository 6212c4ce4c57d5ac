// A vitest reporter that ends the run with the plain closing line CI systems read:
// `tests: N passed, N failed, N skipped`.
import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest';

function collect(tasks: RunnerTask[], counts: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.type === 'suite') collect(task.tasks, counts);
    else if (task.mode === 'skip' || task.mode === 'todo') counts.skipped++;
    else if (task.result?.state === 'pass') counts.passed++;
    else if (task.result?.state === 'fail') counts.failed++;
    else counts.skipped++;
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    collect(files, counts);
    // Files that failed to load count as failures even though they hold no test.
    counts.failed += files.filter((f) => f.result?.state === 'fail' && f.tasks.length === 0).length;
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
