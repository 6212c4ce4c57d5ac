// Maps decoded URL segments to a file of the destination the way GitHub Pages does: `foo` serves
// `foo`, else `foo.html` (or `.xhtml`), else redirects to `foo/`; `foo/` serves `foo/index.html`.
// A directory is never listed. Whatever is found must really lie inside the destination: symlinks
// are followed and the real path checked, so a link pointing outside is refused.
import fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

export type Resolution =
  | { kind: 'file'; file: string; stat: Stats }
  | { kind: 'redirect-slash' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' };

const INDEX_FILES = ['index.html', 'index.htm', 'index.xhtml'];
const PRETTY_SUFFIXES = ['.html', '.xhtml'];

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fsp.stat(p);
  } catch {
    return null;
  }
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

/** A regular file at `p` whose real path is inside `realRoot`. */
async function safeFile(realRoot: string, p: string): Promise<Resolution | null> {
  const stat = await statOrNull(p);
  if (!stat || !stat.isFile()) return null;
  let real: string;
  try {
    real = await fsp.realpath(p);
  } catch {
    return null;
  }
  if (!inside(realRoot, real)) return { kind: 'forbidden' };
  return { kind: 'file', file: real, stat };
}

export async function resolveInDestination(root: string, segments: string[], trailingSlash: boolean): Promise<Resolution> {
  let realRoot: string;
  try {
    realRoot = await fsp.realpath(root);
  } catch {
    return { kind: 'not-found' };
  }
  const target = path.join(realRoot, ...segments);
  // parseUrlPath already refused `..`; this guards any future caller that did not.
  if (!inside(realRoot, target)) return { kind: 'forbidden' };

  if (trailingSlash || segments.length === 0) {
    const stat = await statOrNull(target);
    if (!stat?.isDirectory()) return { kind: 'not-found' };
    const realDir = await fsp.realpath(target).catch(() => null);
    if (!realDir || !inside(realRoot, realDir)) return { kind: 'forbidden' };
    for (const index of INDEX_FILES) {
      const found = await safeFile(realRoot, path.join(target, index));
      if (found) return found;
    }
    return { kind: 'not-found' };
  }

  const exact = await safeFile(realRoot, target);
  if (exact) return exact;
  for (const suffix of PRETTY_SUFFIXES) {
    const found = await safeFile(realRoot, target + suffix);
    if (found) return found;
  }
  const stat = await statOrNull(target);
  if (stat?.isDirectory()) {
    const realDir = await fsp.realpath(target).catch(() => null);
    if (!realDir || !inside(realRoot, realDir)) return { kind: 'forbidden' };
    return { kind: 'redirect-slash' };
  }
  return { kind: 'not-found' };
}
