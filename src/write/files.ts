// File-level operations of the writer: place one output file in a folder, reusing the previous
// build's copy (a hard link, which keeps its mtime) when nothing changed, and list a folder's files.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { KilnError } from '../util/errors.js';

/** One file of the built site. Exactly one of `content` and `copyFrom` is set. */
export interface OutputFile {
  /** Path relative to the destination, with `/` separators. */
  path: string;
  /** Generated content (pages, documents, feeds…). */
  content?: string | Buffer;
  /** Absolute path of a file copied byte for byte (static files). */
  copyFrom?: string;
}

export type PlaceResult = 'written' | 'reused';

/** Resolves an output path under `root`, refusing anything that would land outside it. */
export function resolveOutputPath(root: string, relPath: string): string {
  const normal = relPath.replace(/\\/g, '/').replace(/^\/+/, '');
  const target = path.resolve(root, normal);
  const rel = path.relative(root, target);
  if (normal === '' || rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new KilnError(`Refusing to write outside the destination: ${JSON.stringify(relPath)}`);
  }
  return target;
}

/**
 * Writes `file` at `target`. When `previous` (the same path in the last build) holds the same bytes,
 * or is an up-to-date copy of the same static file, it is hard-linked instead: no copy, same mtime.
 */
export async function placeFile(file: OutputFile, target: string, previous: string | undefined): Promise<PlaceResult> {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  if (file.copyFrom !== undefined) {
    const src = await fsp.stat(file.copyFrom);
    if (previous && (await sameStaticCopy(previous, src)) && (await tryLink(previous, target))) return 'reused';
    await fsp.copyFile(file.copyFrom, target, fs.constants.COPYFILE_FICLONE);
    await fsp.utimes(target, src.atime, src.mtime);
    return 'written';
  }
  const content = contentOf(file);
  if (previous && (await sameContent(previous, content)) && (await tryLink(previous, target))) return 'reused';
  await fsp.writeFile(target, content);
  return 'written';
}

/** Writes `file` in place at `target` through a temporary file and a rename, unless unchanged. */
export async function replaceFile(file: OutputFile, target: string): Promise<PlaceResult> {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  if (file.copyFrom !== undefined) {
    const src = await fsp.stat(file.copyFrom);
    if (await sameStaticCopy(target, src)) return 'reused';
    const tmp = `${target}.kiln-tmp-${process.pid}`;
    await fsp.copyFile(file.copyFrom, tmp, fs.constants.COPYFILE_FICLONE);
    await fsp.utimes(tmp, src.atime, src.mtime);
    await fsp.rename(tmp, target);
    return 'written';
  }
  const content = contentOf(file);
  if (await sameContent(target, content)) return 'reused';
  const tmp = `${target}.kiln-tmp-${process.pid}`;
  await fsp.writeFile(tmp, content);
  await fsp.rename(tmp, target);
  return 'written';
}

function contentOf(file: OutputFile): Buffer {
  return typeof file.content === 'string' ? Buffer.from(file.content) : (file.content ?? Buffer.alloc(0));
}

async function sameStaticCopy(previous: string, src: fs.Stats): Promise<boolean> {
  try {
    const old = await fsp.lstat(previous);
    return old.isFile() && old.size === src.size && Math.trunc(old.mtimeMs) === Math.trunc(src.mtimeMs);
  } catch {
    return false;
  }
}

async function sameContent(previous: string, content: Buffer): Promise<boolean> {
  try {
    const old = await fsp.lstat(previous);
    if (!old.isFile() || old.size !== content.length) return false;
    return (await fsp.readFile(previous)).equals(content);
  } catch {
    return false;
  }
}

async function tryLink(from: string, to: string): Promise<boolean> {
  try {
    await fsp.link(from, to);
    return true;
  } catch {
    return false; // other filesystem or no hard links: the caller copies instead
  }
}

/** Every file (and symlink) below `root`, as `/`-separated paths relative to it. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = prefix + e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), rel + '/');
      else out.push(rel);
    }
  };
  walk(root, '');
  return out;
}

/**
 * Runs `task` over `items` with at most `limit` in flight. On a failure no new task starts, and the
 * first error is thrown once the running ones have finished (so the caller can clean up safely).
 */
export async function eachLimit<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}
