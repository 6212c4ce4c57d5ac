// The pages to check: every file with a checked extension under the folder (dot-folders
// skipped, as Ruby's Dir.glob does), minus `--ignore-files`, which html-proofer tests against
// the path as the folder was given plus the page's path inside it.
import fs from 'node:fs';
import path from 'node:path';
import type { Pattern } from './options.js';

export interface PageFile {
  /** Path relative to the checked folder, forward slashes. */
  rel: string;
  /** The path html-proofer would print and match: `<dir as given>/<rel>`. */
  display: string;
}

/** What the walk saw: every (non-dot) file and folder, so link resolution needs no stat calls. */
export interface SiteListing {
  files: Set<string>;
  dirs: Set<string>;
}

export function listPages(dirAsGiven: string, absDir: string, extensions: string[], ignoreFiles: Pattern[], listing?: SiteListing): PageFile[] {
  const exts = extensions.filter(Boolean);
  if (exts.length === 0) return [];
  const rels: string[] = [];
  listing?.dirs.add(absDir);
  walk(absDir, '', exts, rels, listing);
  rels.sort();
  const prefix = dirAsGiven.replace(/\/+$/, '') || '.';
  return rels
    .map((rel) => ({ rel, display: `${prefix}/${rel}` }))
    .filter((f) => !isIgnoredFile(f.display, ignoreFiles));
}

export function isIgnoredFile(display: string, patterns: Pattern[]): boolean {
  return patterns.some((p) => (typeof p === 'string' ? p === display : p.test(display)));
}

/** Files under `dir` ending with one of `exts`, skipping dot-files and dot-folders (Dir.glob's `**`). */
function walk(abs: string, rel: string, exts: string[], out: string[], listing?: SiteListing): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const st = fs.statSync(path.join(abs, e.name), { throwIfNoEntry: false });
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
    }
    const child = abs.endsWith(path.sep) ? abs + e.name : abs + path.sep + e.name;
    if (isDir) {
      listing?.dirs.add(child);
      walk(child, childRel, exts, out, listing);
    } else if (isFile) {
      listing?.files.add(child);
      if (exts.some((x) => e.name.endsWith(x))) out.push(childRel);
    }
  }
}
