// Watches the site source with chokidar and hands over, after a short quiet period, the set of
// absolute paths that changed (added, changed or removed: the builder finds out which by looking).
// It decides nothing else; what to rebuild is the builder's job.
//
// chokidar drops a second `change` of the same file within 50 ms (its throttle has no trailing
// call), which loses real saves (a format-on-save rewriting the file just after the editor wrote
// it). So each reported path is looked at again once that window is over, and reported anew if it
// changed meanwhile.
import { watch, type FSWatcher } from 'chokidar';
import fs from 'node:fs';
import path from 'node:path';

/** Just past chokidar's 50 ms change throttle. */
const RECHECK_MS = 70;

export interface WatchOptions {
  source: string;
  /** Files outside the source to watch too (configuration files given with --config). */
  extraFiles?: string[];
  ignore: (absPath: string) => boolean;
  /** Quiet time after the last event before the batch is handed over. Default 8 ms: editors write a
   *  save within a millisecond or two, and later stragglers just join the next build. */
  debounceMs?: number;
  /** Poll the file system (Jekyll's --force_polling) instead of relying on notifications. */
  usePolling?: boolean;
  /** Longest a batch waits while events keep coming. Default 300 ms. */
  maxWaitMs?: number;
  onChanges: (absPaths: string[]) => void;
  onError?: (err: unknown) => void;
}

export interface SourceWatcher {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchSource(options: WatchOptions): SourceWatcher {
  const debounceMs = options.debounceMs ?? 8;
  const maxWaitMs = options.maxWaitMs ?? 300;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let firstAt = 0;
  let closed = false;

  const flush = () => {
    timer = undefined;
    if (closed || pending.size === 0) return;
    const batch = [...pending].sort();
    pending.clear();
    try {
      options.onChanges(batch);
    } catch (err) {
      options.onError?.(err);
    }
  };

  const watcher: FSWatcher = watch([options.source, ...(options.extraFiles ?? [])], {
    ignoreInitial: true,
    // Editors that save by writing a new file and renaming it over the old one produce
    // unlink+add; chokidar's atomic mode reports those as one change.
    atomic: true,
    followSymlinks: true,
    usePolling: options.usePolling ?? false,
    interval: 100,
    ignored: (p: string) => options.ignore(path.resolve(p)),
  });

  const signature = (abs: string): string => {
    try {
      const st = fs.statSync(abs);
      return `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      return 'missing';
    }
  };
  const seen = new Map<string, string>();
  const rechecks = new Map<string, NodeJS.Timeout>();
  const recheck = (abs: string) => {
    clearTimeout(rechecks.get(abs));
    rechecks.set(
      abs,
      setTimeout(() => {
        rechecks.delete(abs);
        if (closed) return;
        if (signature(abs) !== seen.get(abs)) record(abs);
        else seen.delete(abs);
      }, RECHECK_MS),
    );
  };

  const record = (abs: string) => {
    seen.set(abs, signature(abs));
    recheck(abs);
    pending.add(abs);
    const now = Date.now();
    if (!timer) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt >= maxWaitMs ? 0 : debounceMs);
  };

  watcher.on('all', (event, p) => {
    // Folder events are left out: chokidar reports every file of an added or removed folder too,
    // and builders want files.
    if (closed || event === 'addDir' || event === 'unlinkDir') return;
    const abs = path.resolve(options.source, p);
    if (options.ignore(abs)) return;
    record(abs);
  });
  watcher.on('error', (err) => options.onError?.(err));

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const t of rechecks.values()) clearTimeout(t);
      await watcher.close();
    },
  };
}
