// What the per-page checks found on each page, kept in `.kiln-cache/check-pages.json` so that a
// later run re-checks only the pages that changed. A page's entry holds its own failures, the
// internal and external URLs it links to (with their places) and its ids and names; the checks
// that span pages (does the target exist, does it have that id) always run afresh over them.
//
// An entry is used when the page's content is unchanged (same SHA-1; a page whose size and
// modification time are also unchanged is not even read) and the whole file is valid only for the
// same options, the same set of files and folders in the site (per-page checks ask whether images
// and scripts exist) and the same code of the checks (their module files' sizes and times).
// Pages whose checks looked at paths outside the site's listing (`../x` from the root, a
// `--root-dir` elsewhere) keep what they found there, checked again before the entry is trusted.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from './options.js';
import type { SiteListing } from './files.js';
import type { CheckFailure } from './types.js';

/** Bump when what the per-page checks report changes (wording, rules, positions). */
const CACHE_VERSION = 1;

/** An internal URL of the page: [raw attribute, line, column, offset, 1 when read from a srcset]. */
export type CachedUrl = [raw: string | null, line: number, column: number, offset: number, extractSize: 0 | 1];

/** An external URL of the page: [cleaned URL, line, column, offset]. */
export type CachedExternal = [url: string, line?: number, column?: number, offset?: number];

export interface PageEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  failures: CheckFailure[];
  /** The page's `<base href>`, which its internal URLs were joined with. */
  baseUrl: string;
  internal: CachedUrl[];
  external: CachedExternal[];
  anchors: string[];
  /** Paths outside the site's listing the checks looked at, with what they were (file, dir or null). */
  outside?: [string, 'file' | 'dir' | null][];
}

interface CacheFile {
  key: string;
  pages: Record<string, PageEntry>;
}

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The options the per-page checks read, as text (regular expressions by their source and flags). */
function optionsFingerprint(options: CheckOptions): string {
  const { cacheDir: _c, workers: _w, validateHtml: _v, htmlValidateConfigDir: _h, snippets: _s, ...rest } = options;
  return JSON.stringify(rest, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v));
}

/**
 * The code of the checks (every module file under this folder: size and modification time), so
 * that a changed or rebuilt kiln never answers from results its older code computed.
 */
function codeFingerprint(): string {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const out: string[] = [];
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (!/\.[cm]?[jt]s$/.test(rel)) continue;
    const st = fs.statSync(path.join(dir, rel), { throwIfNoEntry: false });
    if (st?.isFile()) out.push(`${rel}:${st.size}:${st.mtimeMs}`);
  }
  return out.join('\n');
}

/** Every file and folder of the site, relative to its root, sorted. */
function listingFingerprint(listing: SiteListing & { root: string }): string {
  const cut = listing.root.length + 1;
  const rel = (p: string) => p.slice(cut);
  return JSON.stringify([[...listing.files].map(rel).sort(), [...listing.dirs].map(rel).sort()]);
}

export class PageCache {
  private data: CacheFile;
  private readonly next: Record<string, PageEntry> = {};
  private changed = false;

  constructor(private readonly file: string, options: CheckOptions, listing: SiteListing & { root: string }) {
    // The key is the fingerprint itself (tens of kB): comparing it costs less than hashing it.
    const key = `${CACHE_VERSION}\n${codeFingerprint()}\n${listing.root}\n${optionsFingerprint(options)}\n${listingFingerprint(listing)}`;
    this.data = { key, pages: {} };
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.key === key && parsed.pages) this.data = parsed;
      else this.changed = true;
    } catch {
      this.changed = true;
    }
  }

  /**
   * The entry of an unchanged page, or the page's text (read to compare its hash) when it changed
   * or was never seen. Throws as `fs.readFileSync` does when the page cannot be read.
   */
  lookup(rel: string, file: string, stillTrue: (outside: NonNullable<PageEntry['outside']>) => boolean):
    { entry: PageEntry; text?: string } | { entry?: undefined; text: string; hash: string; size: number; mtimeMs: number } {
    let old: PageEntry | undefined = this.data.pages[rel];
    if (old?.outside && !stillTrue(old.outside)) old = undefined;
    const st = fs.statSync(file);
    if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) {
      this.next[rel] = old;
      return { entry: old };
    }
    const text = fs.readFileSync(file, 'utf8');
    const hash = sha1(text);
    if (old && old.hash === hash) {
      this.next[rel] = { ...old, size: st.size, mtimeMs: st.mtimeMs };
      this.changed = true;
      return { entry: old, text };
    }
    return { text, hash, size: st.size, mtimeMs: st.mtimeMs };
  }

  store(rel: string, entry: PageEntry): void {
    this.next[rel] = entry;
    this.changed = true;
  }

  /** Writes the entries of this run's pages (pages gone from the site are dropped). */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.data.pages).length) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ key: this.data.key, pages: this.next }));
      fs.renameSync(tmp, this.file);
    } catch {
      /* a cache that cannot be written only costs time next run */
    }
  }
}
