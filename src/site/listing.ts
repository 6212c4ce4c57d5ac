// Directory listings as Ruby gives them to Jekyll: Dir["**/*"] (sorted, dot entries optional),
// Dir.entries in the file system's own order, and the raw first-line check for front matter.
import fs from 'node:fs';
import path from 'node:path';
import { hasYamlHeader } from './frontmatter.js';

/** Utils.has_yaml_header?: the first line is `---` (trailing spaces allowed). */
export function firstLineIsHeader(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, 'r');
    const buf = Buffer.alloc(64);
    const n = fs.readSync(fd, buf, 0, 64, 0);
    return hasYamlHeader(buf.subarray(0, n).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface Listing {
  entries: string[];
  /** The entries that are symbolic links. */
  symlinks: Set<string>;
  /** Entries known to be folders / regular files from the listing itself (readdirRaw only). */
  dirs: Set<string>;
  files: Set<string>;
}

/** Files and folders under `dir`, relative, like Ruby's Dir["**\/*"] (dot entries only with `dot`). */
export function walk(dir: string, dot = false): Listing {
  const out: string[] = [];
  const symlinks = new Set<string>();
  const visit = (abs: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!dot && e.name.startsWith('.')) continue;
      const r = rel ? rel + '/' + e.name : e.name;
      out.push(r);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        symlinks.add(r);
        try { isDir = fs.statSync(path.join(abs, e.name)).isDirectory(); } catch { isDir = false; }
      }
      if (isDir) visit(path.join(abs, e.name), r);
    }
  };
  visit(dir, '');
  return { entries: out.sort(), symlinks, dirs: new Set(), files: new Set() };
}

/**
 * Directory entries in the file system's own order, as Ruby's Dir.entries returns them (Node's
 * readdir sorts them). Jekyll's later sorts are stable, so this order shows through among pages
 * of the same name (every `index.md`) in `site.pages`.
 */
export function readdirRaw(dir: string): Listing {
  const handle = fs.opendirSync(dir);
  const entries: string[] = [];
  const symlinks = new Set<string>();
  const dirs = new Set<string>();
  const files = new Set<string>();
  try {
    let entry: fs.Dirent | null;
    while ((entry = handle.readSync()) !== null) {
      entries.push(entry.name);
      if (entry.isSymbolicLink()) symlinks.add(entry.name);
      else if (entry.isDirectory()) dirs.add(entry.name);
      else if (entry.isFile()) files.add(entry.name);
    }
  } finally {
    handle.closeSync();
  }
  return { entries, symlinks, dirs, files };
}
