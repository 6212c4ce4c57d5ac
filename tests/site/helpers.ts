// Test helpers: a throw-away site folder from a map of files, and reading its build output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function makeSite(files: Record<string, string | Buffer>): { source: string; destination: string; cacheDir: string; cleanup(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-site-'));
  const source = path.join(root, 'src');
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(source, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  fs.mkdirSync(source, { recursive: true });
  return { source, destination: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export function readOut(destination: string, rel: string): string {
  return fs.readFileSync(path.join(destination, rel), 'utf8');
}
