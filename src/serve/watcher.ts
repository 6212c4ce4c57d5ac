// Watches the site source with chokidar and hands over, after a short quiet period, the set of
// absolute paths that changed (added, changed or removed: the builder finds out which by looking).
// It decides nothing else; what to rebuild is the builder's job.
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';

export interface WatchOptions {
  source: string;
  ignore: (absPath: string) => boolean;
  /** Quiet time after the last event before the batch is handed over. Default 15 ms. */
  debounceMs?: number;
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
  const debounceMs = options.debounceMs ?? 15;
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
    options.onChanges(batch);
  };

  const watcher: FSWatcher = watch(options.source, {
    ignoreInitial: true,
    // Editors that save by writing a new file and renaming it over the old one produce
    // unlink+add; chokidar's atomic mode reports those as one change.
    atomic: true,
    followSymlinks: true,
    ignored: (p: string) => options.ignore(path.resolve(p)),
  });

  watcher.on('all', (_event, p) => {
    if (closed) return;
    const abs = path.resolve(options.source, p);
    if (options.ignore(abs)) return;
    pending.add(abs);
    const now = Date.now();
    if (!timer) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt >= maxWaitMs ? 0 : debounceMs);
  });
  watcher.on('error', (err) => options.onError?.(err));

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
