// Atomic output: puts a built site in its destination so that a failure at any point leaves the
// previous build intact. A full build is staged in a sibling folder and swapped in with two renames;
// an incremental rebuild replaces single files through temporary files. Nothing outside the
// destination (and its staging sibling, removed before returning) is written or deleted.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { KilnError } from '../util/errors.js';
import { eachLimit, listFiles, placeFile, replaceFile, resolveOutputPath, type OutputFile } from './files.js';
import { readManifest, writeManifest } from './manifest.js';
import { assertSafeDestination } from './safety.js';
import { EarlyCopies } from './early-copies.js';

export type { OutputFile } from './files.js';
export { assertSafeDestination, isInside } from './safety.js';

export interface WriteOptions {
  /** The site source: the destination may never be it or contain it. */
  source: string;
  /** Jekyll's `keep_files`: destination paths (prefixes) a build never deletes. Default `.git`, `.svn`. */
  keepFiles?: string[];
  /** Replace a non-empty destination that does not look like a site build. */
  force?: boolean;
  /** Where the build manifest is kept. Default `<source>/.kiln-cache`. */
  cacheDir?: string;
}

export interface WriteResult {
  /** Files whose bytes were written (new or changed). */
  written: string[];
  /** Files of the previous build that the site no longer produces. */
  removed: string[];
  /** Files carried over from the previous build unchanged. */
  reused: string[];
}

const PARALLEL_IO = 32;

/** Writes a whole build: stage beside the destination, then swap it in. */
export async function writeSite(destination: string, files: OutputFile[], options: WriteOptions): Promise<WriteResult> {
  return startSiteWrite(destination, options).commit(files);
}

/**
 * A full write begun before the site is rendered: `copyEarly` queues the static files' copies
 * into the staging folder (they proceed while the render runs), `commit` writes the final file
 * list and swaps it in, `abort` removes the staging folder and leaves the destination as it was.
 */
export interface SiteWrite {
  copyEarly(files: OutputFile[]): void;
  commit(files: OutputFile[]): Promise<WriteResult>;
  abort(): Promise<void>;
}

export function startSiteWrite(destination: string, options: WriteOptions): SiteWrite {
  const { dest, cacheDir, keepFiles } = prepare(destination, options);
  const exists = fs.existsSync(dest);
  const staging = siblingPath(dest, 'staging');
  const retired = siblingPath(dest, 'old');
  // Leftovers of an interrupted build: removed before anything is staged.
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(retired, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const early = new EarlyCopies(staging, exists ? dest : undefined);
  let finished = false;

  const abort = async () => {
    if (finished) return;
    finished = true;
    await early.settle();
    await fsp.rm(staging, { recursive: true, force: true });
  };

  const commit = async (files: OutputFile[]): Promise<WriteResult> => {
    if (finished) throw new KilnError(`The write to ${dest} is already finished`);
    assertNoDuplicates(files);
    const result: WriteResult = { written: [], removed: [], reused: [] };
    try {
      await early.keepOnly(files);
      await eachLimit(files, PARALLEL_IO, async (file) => {
        const outcome = (await early.take(file)) ?? (await placeFile(file, resolveOutputPath(staging, file.path), exists ? path.join(dest, file.path) : undefined));
        (outcome === 'written' ? result.written : result.reused).push(file.path);
      });
      if (exists) {
        const produced = new Set(files.map((f) => normalise(f.path)));
        for (const rel of listFiles(dest)) {
          if (produced.has(rel)) continue;
          if (isKept(rel, keepFiles)) {
            await carryOver(path.join(dest, rel), path.join(staging, rel));
          } else {
            result.removed.push(rel);
          }
        }
        await fsp.rename(dest, retired);
      }
      await fsp.rename(staging, dest);
      finished = true;
    } catch (err) {
      await abort();
      if (!fs.existsSync(dest) && fs.existsSync(retired)) await fsp.rename(retired, dest);
      throw err instanceof KilnError ? err : new KilnError(`Could not write the site to ${dest}: ${(err as Error).message}`, { cause: err });
    }
    await fsp.rm(retired, { recursive: true, force: true });
    writeManifest(cacheDir, dest, files.map((f) => normalise(f.path)));
    return sortResult(result);
  };

  return { copyEarly: (files) => early.start(files), commit, abort };
}

/**
 * Applies an incremental rebuild in place: `files` are (re)written when their bytes changed,
 * `deleted` paths are removed. Each file is replaced atomically; the destination stays servable.
 */
export async function patchSite(destination: string, files: OutputFile[], deleted: string[], options: WriteOptions): Promise<WriteResult> {
  const { dest, cacheDir, keepFiles, manifest } = prepare(destination, options);
  assertNoDuplicates(files);
  const result: WriteResult = { written: [], removed: [], reused: [] };
  await eachLimit(files, PARALLEL_IO, async (file) => {
    const outcome = await replaceFile(file, resolveOutputPath(dest, file.path));
    (outcome === 'written' ? result.written : result.reused).push(file.path);
  });
  for (const rel of deleted) {
    if (isKept(rel, keepFiles)) continue;
    const target = resolveOutputPath(dest, rel);
    await fsp.rm(target, { force: true });
    await removeEmptyParents(path.dirname(target), dest);
    result.removed.push(normalise(rel));
  }
  if (manifest) {
    const all = new Set(manifest.files);
    for (const f of files) all.add(normalise(f.path));
    for (const d of deleted) all.delete(normalise(d));
    writeManifest(cacheDir, dest, [...all]);
  }
  return sortResult(result);
}

/** Defaults resolved and the destination checked, as both writers need before touching anything. */
function prepare(destination: string, options: WriteOptions) {
  const dest = path.resolve(destination);
  const cacheDir = options.cacheDir ?? path.join(path.resolve(options.source), '.kiln-cache');
  const keepFiles = options.keepFiles ?? ['.git', '.svn'];
  const manifest = readManifest(cacheDir, dest);
  assertSafeDestination({ source: options.source, destination: dest, builtBefore: !!manifest, force: options.force });
  return { dest, cacheDir, keepFiles, manifest };
}

/** Jekyll's cleaner keeps any destination path that starts with a `keep_files` entry. */
export function isKept(relPath: string, keepFiles: string[]): boolean {
  return keepFiles.some((keep) => keep !== '' && relPath.startsWith(keep.replace(/^\/+/, '')));
}

function siblingPath(dest: string, role: string): string {
  return path.join(path.dirname(dest), `.${path.basename(dest)}.kiln-${role}`);
}

function normalise(rel: string): string {
  return rel.replace(/\\/g, '/').replace(/^\/+/, '');
}

function assertNoDuplicates(files: OutputFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    const key = normalise(f.path);
    if (seen.has(key)) throw new KilnError(`Two outputs write the same file: ${key}`);
    seen.add(key);
  }
}

async function carryOver(from: string, to: string): Promise<void> {
  await fsp.mkdir(path.dirname(to), { recursive: true });
  const stat = await fsp.lstat(from);
  if (stat.isSymbolicLink()) {
    await fsp.symlink(await fsp.readlink(from), to);
    return;
  }
  try {
    await fsp.link(from, to);
  } catch {
    await fsp.copyFile(from, to);
    await fsp.utimes(to, stat.atime, stat.mtime);
  }
}

async function removeEmptyParents(dir: string, root: string): Promise<void> {
  while (dir !== root && dir.startsWith(root)) {
    try {
      await fsp.rmdir(dir);
    } catch {
      return; // not empty
    }
    dir = path.dirname(dir);
  }
}

function sortResult(r: WriteResult): WriteResult {
  return { written: r.written.sort(), removed: r.removed.sort(), reused: r.reused.sort() };
}
