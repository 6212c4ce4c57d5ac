// html-validate results cached by page content: `.kiln-cache/html-validate.json` maps the hash of
// a page's text to its messages, under the hash of the configuration and html-validate's version
// (a change of either starts a fresh cache). Unchanged pages are never validated twice.
import fs from 'node:fs';
import path from 'node:path';
import type { ValidationMessage } from './worker.js';

interface CacheFile {
  key: string;
  pages: Record<string, ValidationMessage[]>;
}

export class ValidationCache {
  private data: CacheFile;
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(private readonly file: string | null, key: string) {
    this.data = { key, pages: {} };
    if (!file) return;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.key === key && parsed.pages) this.data = parsed;
    } catch {
      /* none yet */
    }
  }

  /** The key a cache file was written under, read from its first bytes (it is written first). */
  static keyOf(file: string): string | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, 'r');
      const head = Buffer.alloc(200);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return /^\{"key":"([^"]*)"/.exec(head.subarray(0, n).toString('utf8'))?.[1];
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  get(contentHash: string): ValidationMessage[] | undefined {
    const hit = this.data.pages[contentHash];
    if (hit) this.used.add(contentHash);
    return hit;
  }

  set(contentHash: string, messages: ValidationMessage[]): void {
    this.data.pages[contentHash] = messages;
    this.used.add(contentHash);
    this.dirty = true;
  }

  /** Keeps only the pages seen in this run, and writes the file when anything changed. */
  save(): void {
    if (!this.file) return;
    const stale = Object.keys(this.data.pages).filter((k) => !this.used.has(k));
    if (!this.dirty && stale.length === 0) return;
    for (const k of stale) delete this.data.pages[k];
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data));
    fs.renameSync(tmp, this.file);
  }
}
