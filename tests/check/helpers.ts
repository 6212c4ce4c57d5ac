// Test helpers: writes a small site (path → HTML) into a temporary folder and runs the checks on
// it with html-validate and external checks off unless asked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks, type CheckOptions } from '../../src/check/index.js';

export function writeSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-check-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

export const page = (body: string, head = '') => `<!DOCTYPE html>\n<html lang="en">\n<head><title>t</title>${head}</head>\n<body>\n<!-- fixture body starts on line 6 -->\n${body}\n</body>\n</html>\n`;

export async function check(files: Record<string, string>, options: Partial<CheckOptions> = {}) {
  const dir = writeSite(files);
  try {
    const report = await runChecks(dir, { validateHtml: false, disableExternal: true, cacheDir: null, ...options });
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `file:line [check] message` lines, the shape the tests state their expectations in. */
export function lines(report: { failures: { file: string; line?: number; check: string; message: string }[] }): string[] {
  return report.failures.map((f) => `${f.file}:${f.line ?? '-'} [${f.check}] ${f.message}`);
}
