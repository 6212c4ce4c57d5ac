// `kiln build --watch`: the watcher and the rebuild queue of `kiln serve`, without the server.
// Builds once, then rebuilds on every change until stopped; a failed rebuild is reported and the
// last good site stays in the destination, as Jekyll's `build --watch` does.
import { KilnError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { isConfigFile } from './ignore.js';
import { createRebuildQueue, type BuildReport } from './rebuild-queue.js';
import type { SiteBuilder } from './types.js';
import { watchSiteInto } from './watch-site.js';

export interface BuildWatchOptions {
  /** The builder of the first build. */
  builder: SiteBuilder;
  /** Makes a builder from the current configuration, when a config file changes. */
  recreateBuilder: () => Promise<SiteBuilder>;
  source: string;
  destination: string;
  configFiles?: string[];
  exclude?: string[];
  forcePolling?: boolean;
  logger: Logger;
  trace?: boolean;
  /** Called after each build or failed build (tests use it). */
  onBuild?: (report: BuildReport) => void;
}

export interface BuildWatch {
  /** Resolves when the first build is done and changes are being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchAndBuild(options: BuildWatchOptions): BuildWatch {
  const { logger, source } = options;
  let closeAll: () => Promise<void> = async () => {};
  const ready = (async () => {
    const queue = createRebuildQueue({
      builder: options.builder,
      recreateBuilder: options.recreateBuilder,
      isConfigChange: (p) => isConfigFile(p, source, options.configFiles),
      onStart: (kind, changed) => {
        if (changed.length) logger.info(`      Regenerating: ${changed.length} file(s) changed at ${stamp(new Date())}`);
        if (kind === 'full' && changed.length) logger.info('                    (configuration changed: full build)');
      },
      onBuilt: (report) => {
        if (report.error !== undefined) {
          const err = report.error;
          logger.error(err instanceof KilnError ? err.format() : (err as Error)?.stack ?? String(err));
          if (options.trace && err instanceof KilnError && err.stack) logger.error(err.stack);
        } else {
          for (const w of report.outcome?.warnings ?? []) logger.warn(w);
          logger.info(`                    ...done in ${(report.ms / 1000).toFixed(3)} seconds.`);
        }
        options.onBuild?.(report);
      },
    });
    queue.full();
    await queue.idle();
    const watcher = watchSiteInto(queue, { ...options, logger });
    await watcher.ready;
    logger.info(` Auto-regeneration: enabled for '${source}'`);
    closeAll = async () => {
      await watcher.close();
      await queue.close();
      queue.builder.close();
    };
  })();
  return { ready, close: async () => { await ready.catch(() => {}); await closeAll(); } };
}

/** Jekyll's `Time.now.strftime("%Y-%m-%d %H:%M:%S")`. */
function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
