// Where an internal URL points on disk, as html-proofer's `resolved_path` decides it: the path
// with the assumed extension, else a directory's index file, else the path itself. Lookups and
// results are memoised for the whole run (sites link to the same few pages from every page).
import fs from 'node:fs';
import path from 'node:path';
import type { SiteListing } from '../files.js';

export type Kind = 'file' | 'dir' | null;

export class PathResolver {
  private readonly kinds = new Map<string, Kind>();
  private readonly resolved = new Map<string, string | null>();
  /** Paths the listing does not cover, as the file system answered for them. */
  private readonly outside = new Map<string, Kind>();
  /** For each memoised resolution, the outside paths it looked at. */
  private readonly outsideDeps = new Map<string, string[]>();
  /**
   * When set, every outside path consulted (memoised or not) is added here: the page cache keeps
   * them with a page's results and checks them again before trusting those results.
   */
  tracking: Map<string, Kind> | undefined;
  private consulted: string[] | undefined;

  /**
   * `listing` (files and folders seen while looking for pages under `root`) answers lookups inside
   * the site without a stat call; paths outside it, or under a dot-folder, are stat'ed.
   */
  constructor(
    private readonly assumeExtension: string,
    private readonly indexFiles: string[],
    private readonly listing?: SiteListing & { root: string },
  ) {}

  kind(p: string): Kind {
    const out = this.outside.get(p);
    if (out !== undefined) {
      this.touch(p, out);
      return out;
    }
    let k = this.kinds.get(p);
    if (k === undefined && this.listing && this.covers(p)) {
      k = this.listing.files.has(p) ? 'file' : this.listing.dirs.has(p) ? 'dir' : null;
      this.kinds.set(p, k);
    }
    if (k === undefined) {
      const st = fs.statSync(p, { throwIfNoEntry: false });
      k = st ? (st.isDirectory() ? 'dir' : 'file') : null;
      if (this.listing) {
        this.outside.set(p, k);
        this.touch(p, k);
      } else this.kinds.set(p, k);
    }
    return k;
  }

  private touch(p: string, k: Kind): void {
    this.tracking?.set(p, k);
    this.consulted?.push(p);
  }

  private covers(p: string): boolean {
    const root = this.listing!.root;
    if (p !== root && !p.startsWith(root + path.sep)) return false;
    return !p.slice(root.length).split(path.sep).some((seg) => seg.startsWith('.'));
  }

  /** The file `absPath` resolves to, or null when nothing exists there. */
  resolve(absPath: string): string | null {
    const hit = this.resolved.get(absPath);
    if (hit !== undefined) {
      for (const p of this.outsideDeps.get(absPath) ?? []) this.touch(p, this.outside.get(p)!);
      return hit;
    }
    const outer = this.consulted;
    this.consulted = [];
    let out: string | null = null;
    const withExt = absPath + this.assumeExtension;
    if (this.assumeExtension && this.kind(withExt) === 'file') out = withExt;
    else if (this.kind(absPath) === 'dir') {
      // html-proofer follows redirects by default, so a directory without its slash still
      // resolves to its index file.
      out = this.indexFiles.map((f) => path.join(absPath, f)).find((f) => this.kind(f) === 'file') ?? null;
    } else if (this.kind(absPath) !== null) out = absPath;
    this.resolved.set(absPath, out);
    if (this.consulted.length) this.outsideDeps.set(absPath, this.consulted);
    outer?.push(...this.consulted);
    this.consulted = outer;
    return out;
  }
}
