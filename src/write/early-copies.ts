// Static files copied into the staging folder while the pages render. Rendering is synchronous
// JavaScript; a copy is kernel work in libuv's thread pool. Every copy is queued at once, before the
// render starts, so the pool works through the queue while the main thread renders (on a site with
// 200 MB of images the copies take as long as the render). The writer later settles these copies:
// it keeps those the final file list still wants and deletes the others first.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { resolveOutputPath, type OutputFile, type PlaceResult } from './files.js';

interface EarlyCopy {
  from: string;
  target: string;
  done: Promise<PlaceResult>;
}

export class EarlyCopies {
  private readonly copies = new Map<string, EarlyCopy>();
  private readonly madeDirs = new Set<string>();

  /** `staging` is the folder being built; `previous` the current destination, when there is one. */
  constructor(private readonly staging: string, private readonly previous: string | undefined) {}

  /**
   * Queues the copy of each static file (those with `copyFrom`). The checks are synchronous so
   * that every request is in the pool's queue when this returns.
   */
  start(files: OutputFile[]): void {
    for (const file of files) {
      if (file.copyFrom === undefined) continue;
      const rel = normalise(file.path);
      if (this.copies.has(rel)) continue;
      const target = resolveOutputPath(this.staging, rel);
      let src: fs.Stats;
      try {
        src = fs.statSync(file.copyFrom);
      } catch {
        continue; // gone since it was read: the writer's own copy reports the error
      }
      this.mkdirFor(target);
      const done = this.place(file.copyFrom, target, src, this.previous && path.join(this.previous, rel));
      // Settled later by take()/keepOnly()/settle(); until then a rejection must not count as unhandled.
      done.catch(() => undefined);
      this.copies.set(rel, { from: file.copyFrom, target, done });
    }
  }

  /** The early copy of `file`, if one was started for the same source at the same path. */
  take(file: OutputFile): Promise<PlaceResult> | undefined {
    const rel = normalise(file.path);
    const copy = this.copies.get(rel);
    if (!copy || copy.from !== file.copyFrom) return undefined;
    this.copies.delete(rel);
    return copy.done;
  }

  /**
   * Keeps only the copies `files` wants (same path, same source): the others are awaited and
   * deleted before the writer puts anything else at their paths.
   */
  async keepOnly(files: OutputFile[]): Promise<void> {
    const wanted = new Map(files.map((f) => [normalise(f.path), f.copyFrom]));
    const unwanted = [...this.copies].filter(([rel, c]) => wanted.get(rel) !== c.from);
    for (const [rel] of unwanted) this.copies.delete(rel);
    await Promise.allSettled(unwanted.map(([, c]) => c.done));
    await Promise.all(unwanted.map(([, c]) => fsp.rm(c.target, { force: true })));
  }

  /** Waits for every copy in flight (before the staging folder may be removed). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.copies.values()].map((c) => c.done));
  }

  private mkdirFor(target: string): void {
    const dir = path.dirname(target);
    if (this.madeDirs.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  /** As placeFile: a hard link to the previous build's up-to-date copy, else a copy (reflink when the filesystem can). */
  private place(from: string, target: string, src: fs.Stats, previous: string | undefined): Promise<PlaceResult> {
    const copy = async (): Promise<PlaceResult> => {
      await fsp.copyFile(from, target, fs.constants.COPYFILE_FICLONE);
      await fsp.utimes(target, src.atime, src.mtime);
      return 'written';
    };
    if (previous && sameStaticCopySync(previous, src)) return fsp.link(previous, target).then(() => 'reused' as const, copy);
    return copy();
  }
}

function sameStaticCopySync(previous: string, src: fs.Stats): boolean {
  const old = fs.lstatSync(previous, { throwIfNoEntry: false });
  return !!old && old.isFile() && old.size === src.size && Math.trunc(old.mtimeMs) === Math.trunc(src.mtimeMs);
}

function normalise(rel: string): string {
  return rel.replace(/\\/g, '/').replace(/^\/+/, '');
}
