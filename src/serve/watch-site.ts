// Feeds a rebuild queue from the site's source: the watcher over the source (and configuration
// files given from outside it), ignoring the destination, caches, excluded paths and editors'
// temporary files. Shared by `kiln serve` and `kiln build --watch`.
import path from 'node:path';
import type { Logger } from '../util/log.js';
import { createIgnore } from './ignore.js';
import type { RebuildQueue } from './rebuild-queue.js';
import { watchSource, type SourceWatcher } from './watcher.js';

export interface WatchSiteOptions {
  source: string;
  destination: string;
  configFiles?: string[];
  exclude?: string[];
  debounceMs?: number;
  forcePolling?: boolean;
  logger: Logger;
}

export function watchSiteInto(queue: RebuildQueue, options: WatchSiteOptions): SourceWatcher {
  const { source } = options;
  const outside = (options.configFiles ?? []).map((f) => path.resolve(source, f)).filter((f) => path.relative(source, f).startsWith('..'));
  return watchSource({
    source,
    extraFiles: outside,
    ignore: createIgnore({ source, destination: options.destination, exclude: options.exclude ?? [] }),
    debounceMs: options.debounceMs,
    usePolling: options.forcePolling,
    onChanges: (paths) => queue.add(paths),
    onError: (err) => options.logger.warn(`watcher: ${(err as Error)?.message ?? err}`),
  });
}
