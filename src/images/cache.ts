// The image cache in `.kiln-cache/images/`: one folder per (source content, options) key holding the
// encoded outputs and a `meta.json` listing them with their sizes and SHA-256. An entry is used only
// when every file is intact — same size and stat stamp as stored, or else the same SHA-256 — so a
// damaged or half-deleted cache is rebuilt, never served wrong. Entries are written in a temporary folder and renamed into place (atomic);
// `prune()` removes the entries a full run did not use. `sources.json` remembers each source's
// content hash by (size, mtime, ctime, inode) so a warm build does not even re-read the originals.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EncodeMode, OutputFormat } from './encode.js';

/** Bump when the encoding pipeline changes in a way that changes its bytes. */
export const CACHE_VERSION = 3;

export interface CachedOutput {
  role: 'original' | 'variant';
  format: OutputFormat;
  width: number;
  height: number;
  /** File name inside the entry folder. */
  file: string;
  size: number;
  sha256: string;
  /** lossy, lossless or palette (see EncodedImage.mode). */
  mode?: EncodeMode;
  /** Encoder quality used, and the SSIM it reached, mean and worst tile (lossy outputs). */
  quality?: number;
  ssim?: number;
  tileSsim?: number;
  /**
   * Stat stamp (size, mtime, ctime, inode) of the file as stored. Any write changes ctime, which
   * cannot be set back, so while the stamp matches the bytes are not re-read and re-hashed.
   */
  stamp?: string;
}

export interface CacheEntry {
  version: number;
  key: string;
  /** Why the source cannot be optimised (served unchanged). */
  bad?: string;
  /** The content/extension mismatch warning of a processed source. */
  mismatch?: string;
  width: number;
  height: number;
  keptOriginal: boolean;
  outputs: CachedOutput[];
}

export interface VerifiedEntry {
  entry: CacheEntry;
  /** Absolute path of each output, by `file`. */
  dir: string;
}

interface SourceStamp {
  size: number;
  mtimeMs: number;
  /** ctime changes on every write and cannot be set back (unlike mtime): a rewrite is always seen. */
  ctimeMs: number;
  ino: number;
  sha256: string;
}

export class ImageCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  private sources: Record<string, SourceStamp>;
  private sourcesDirty = false;

  constructor(dir: string) {
    this.dir = dir;
    this.sources = readJson(path.join(dir, 'sources.json')) ?? {};
    if (typeof this.sources !== 'object' || Array.isArray(this.sources)) this.sources = {};
  }

  /** The cache key of a source's content under the options fingerprint. */
  static key(contentHash: string, optionsFingerprint: string): string {
    return crypto.createHash('sha256').update(`${CACHE_VERSION}\0${contentHash}\0${optionsFingerprint}`).digest('hex').slice(0, 40);
  }

  /** The remembered content hash of `absPath` when its size, mtime and inode did not change. */
  knownHash(absPath: string, stat: fs.Stats): string | undefined {
    const s = this.sources[absPath];
    if (s && s.size === stat.size && s.mtimeMs === stat.mtimeMs && s.ctimeMs === stat.ctimeMs && s.ino === stat.ino && /^[0-9a-f]{64}$/.test(s.sha256)) return s.sha256;
    return undefined;
  }

  rememberHash(absPath: string, stat: fs.Stats, sha256: string): void {
    this.sources[absPath] = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, sha256 };
    this.sourcesDirty = true;
  }

  /** Forgets a source's remembered hash (its file changed under us). */
  forgetHash(absPath: string): void {
    if (this.sources[absPath]) {
      delete this.sources[absPath];
      this.sourcesDirty = true;
    }
  }

  /** The entry for `key` if it is complete and intact; a damaged entry is deleted. */
  async get(key: string): Promise<VerifiedEntry | undefined> {
    const dir = path.join(this.dir, key);
    const entry = (await readJsonAsync(path.join(dir, 'meta.json'))) as CacheEntry | undefined;
    if (!entry) {
      if (fs.existsSync(dir)) await fsp.rm(dir, { recursive: true, force: true });
      return undefined;
    }
    const intact = entry.version === CACHE_VERSION && entry.key === key && Array.isArray(entry.outputs) && (await allIntact(dir, entry.outputs));
    if (!intact) {
      await fsp.rm(dir, { recursive: true, force: true });
      return undefined;
    }
    this.used.add(key);
    return { entry, dir };
  }

  /**
   * Stores an entry with its output bytes (`data[i]` for `entry.outputs[i]`). The outputs are written
   * in a temporary folder renamed into place, then stamped, then `meta.json` is written (through a
   * rename too): a folder without a readable meta.json is never used.
   */
  async put(entry: CacheEntry, data: Buffer[]): Promise<VerifiedEntry> {
    const dir = path.join(this.dir, entry.key);
    const tmp = path.join(this.dir, `.tmp-${entry.key}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
    await fsp.mkdir(tmp, { recursive: true });
    try {
      await Promise.all(entry.outputs.map((o, i) => fsp.writeFile(path.join(tmp, o.file), data[i])));
      await fsp.rm(dir, { recursive: true, force: true });
      await fsp.rename(tmp, dir);
    } catch (err) {
      await fsp.rm(tmp, { recursive: true, force: true });
      throw err;
    }
    await Promise.all(
      entry.outputs.map(async (o) => {
        const st = await fsp.stat(path.join(dir, o.file));
        o.stamp = stampOf(st);
      }),
    );
    const meta = path.join(dir, 'meta.json');
    await fsp.writeFile(`${meta}.tmp`, JSON.stringify(entry, null, 1));
    await fsp.rename(`${meta}.tmp`, meta);
    this.used.add(entry.key);
    return { entry, dir };
  }

  /** Saves the source-hash memo (only entries for `keep`, when given). */
  async save(keep?: Set<string>): Promise<void> {
    if (keep) {
      for (const p of Object.keys(this.sources)) {
        if (!keep.has(p)) {
          delete this.sources[p];
          this.sourcesDirty = true;
        }
      }
    }
    if (!this.sourcesDirty) return;
    await fsp.mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, 'sources.json');
    const tmp = `${file}.tmp-${process.pid}`;
    await fsp.writeFile(tmp, JSON.stringify(this.sources));
    await fsp.rename(tmp, file);
    this.sourcesDirty = false;
  }

  /** Deletes every entry (and stray temporary folder) not used since this cache was opened. */
  async prune(): Promise<string[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.dir);
    } catch {
      return [];
    }
    const removed: string[] = [];
    for (const name of names) {
      if (name === 'sources.json' || this.used.has(name)) continue;
      const stale = /^[0-9a-f]{40}$/.test(name) || name.startsWith('.tmp-') || name.startsWith('sources.json.tmp-');
      if (!stale) continue; // not ours: leave it
      await fsp.rm(path.join(this.dir, name), { recursive: true, force: true });
      removed.push(name);
    }
    return removed;
  }
}

function stampOf(st: fs.Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}

export function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

async function allIntact(dir: string, outputs: CachedOutput[]): Promise<boolean> {
  try {
    const checks = await Promise.all(
      outputs.map(async (o) => {
        if (typeof o.file !== 'string' || o.file.includes('/') || o.file.includes('\\')) return false;
        const file = path.join(dir, o.file);
        const st = await fsp.lstat(file);
        if (!st.isFile() || st.size !== o.size) return false;
        // Untouched since stored (any rewrite changes mtime or inode): no need to read it.
        if (o.stamp !== undefined && stampOf(st) === o.stamp) return true;
        // Otherwise (copied or restored cache, edited file) the bytes decide.
        const data = await fsp.readFile(file);
        return sha256(data) === o.sha256;
      }),
    );
    return checks.every(Boolean);
  } catch {
    return false;
  }
}

async function readJsonAsync(file: string): Promise<any> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
