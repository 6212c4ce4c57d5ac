// Copies a site source to a scratch folder, leaving out the tool's own files when the site is this
// repository (it is both the kiln package and the geOrchestra site), so edits never touch the
// original.
import fs from 'node:fs';
import path from 'node:path';

const TOOL_ENTRIES = new Set(['node_modules', '.git', 'src', 'tests', 'bench', 'bin', 'scripts', 'dist', '_site', '.kiln-cache', '.jekyll-cache', 'test-artifacts']);

export function copySite(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from)) {
    if (TOOL_ENTRIES.has(e) || /^(package|tsconfig|vitest)/.test(e) || e.startsWith('.')) continue;
    fs.cpSync(path.join(from, e), path.join(to, e), { recursive: true, dereference: false });
  }
}

/** The repository root when it holds the site (its `_config.yml` and community page). */
export function repositorySite(): string | null {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
  return fs.existsSync(path.join(root, '_config.yml')) && fs.existsSync(path.join(root, 'community.md')) ? root : null;
}
