// The external link cache, `.kiln-cache/links.json`: each URL's last result with its time.
// Results that were found (2xx, fragment present) are trusted until the time-to-live runs out;
// failures are always checked again, as html-proofer does.
import fs from 'node:fs';
import path from 'node:path';

export interface CachedResult {
  time: number;
  found: boolean;
  status: number;
  message: string;
}

interface CacheFile {
  version: 1;
  external: Record<string, CachedResult>;
}

export class LinkCache {
  private data: CacheFile = { version: 1, external: {} };

  constructor(private readonly file: string | null, private readonly ttlMs: number, private readonly now = Date.now()) {
    if (!file || ttlMs <= 0) return;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (parsed && parsed.version === 1 && parsed.external) this.data = parsed;
    } catch {
      /* no cache yet, or an unreadable one: start afresh */
    }
  }

  /** A fresh, successful result for `url`, if the cache holds one. */
  fresh(url: string): CachedResult | undefined {
    const hit = this.data.external[url];
    if (!hit || !hit.found) return undefined;
    return this.now - hit.time <= this.ttlMs ? hit : undefined;
  }

  set(url: string, result: Omit<CachedResult, 'time'>): void {
    this.data.external[url] = { ...result, time: this.now };
  }

  /** Drops expired entries and writes the file (atomically). */
  save(): void {
    if (!this.file || this.ttlMs <= 0) return;
    for (const [url, r] of Object.entries(this.data.external)) if (this.now - r.time > this.ttlMs) delete this.data.external[url];
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 1));
    fs.renameSync(tmp, this.file);
  }
}
