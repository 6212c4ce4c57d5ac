// The pages to check: every file with a checked extension under the folder (dot-folders
// skipped, as Ruby's Dir.glob does), minus `--ignore-files`, which html-proofer tests against
// the path as the folder was given plus the page's path inside it.
import fg from 'fast-glob';
import type { Pattern } from './options.js';

export interface PageFile {
  /** Path relative to the checked folder, forward slashes. */
  rel: string;
  /** The path html-proofer would print and match: `<dir as given>/<rel>`. */
  display: string;
}

export function listPages(dirAsGiven: string, absDir: string, extensions: string[], ignoreFiles: Pattern[]): PageFile[] {
  const exts = extensions.map((e) => e.replace(/^\./, '')).filter(Boolean);
  if (exts.length === 0) return [];
  const pattern = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
  const rels = fg.sync(pattern, { cwd: absDir, onlyFiles: true, dot: false, followSymbolicLinks: true }).sort();
  const prefix = dirAsGiven.replace(/\/+$/, '') || '.';
  return rels
    .map((rel) => ({ rel, display: `${prefix}/${rel}` }))
    .filter((f) => !isIgnoredFile(f.display, ignoreFiles));
}

export function isIgnoredFile(display: string, patterns: Pattern[]): boolean {
  return patterns.some((p) => (typeof p === 'string' ? p === display : p.test(display)));
}
