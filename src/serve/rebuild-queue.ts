// Runs builds one at a time. Changes that arrive while a build runs are merged into the next one;
// a configuration change turns the next build into a full one (with a fresh builder when a factory
// is given, since the configuration is read when a builder is made). A failed build is reported and
// its paths are kept for the next attempt; the queue itself never throws.
import path from 'node:path';
import type { BuildOutcome, SiteBuilder } from './types.js';

export interface BuildReport {
  kind: 'full' | 'incremental';
  /** Source paths that caused it (empty for the initial build). */
  changed: string[];
  ms: number;
  outcome?: BuildOutcome;
  error?: unknown;
}

export interface RebuildQueueOptions {
  builder: SiteBuilder;
  /** Makes a new builder (re-reading the configuration); without it a config change calls build(). */
  recreateBuilder?: () => Promise<SiteBuilder>;
  isConfigChange: (absPath: string) => boolean;
  onBuilt: (report: BuildReport) => void;
  /** Called before each build starts. */
  onStart?: (kind: 'full' | 'incremental', changed: string[]) => void;
}

export interface RebuildQueue {
  /** Queue source paths for the next build. */
  add(absPaths: string[]): void;
  /** Queue a full build. */
  full(): void;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
  readonly builder: SiteBuilder;
  close(): Promise<void>;
}

export function createRebuildQueue(options: RebuildQueueOptions): RebuildQueue {
  let builder = options.builder;
  const pending = new Set<string>();
  let fullPending = false;
  let needsNewBuilder = false;
  let running: Promise<void> | null = null;
  let closed = false;
  /** Bumped by every add()/full(), to tell new work from a retry. */
  let generation = 0;

  async function runOnce(): Promise<boolean> {
    const changed = [...pending].sort();
    pending.clear();
    const kind = fullPending ? 'full' : 'incremental';
    const renew = needsNewBuilder;
    fullPending = false;
    needsNewBuilder = false;
    options.onStart?.(kind, changed);
    const started = performance.now();
    let report: BuildReport;
    let failed = false;
    try {
      if (renew && options.recreateBuilder) {
        const next = await options.recreateBuilder();
        const old = builder;
        builder = next;
        try {
          old.close();
        } catch {
          // A builder failing to close must not stop the preview.
        }
      }
      const outcome = kind === 'full' ? await builder.build() : await builder.rebuild(changed);
      report = { kind, changed, ms: performance.now() - started, outcome };
    } catch (error) {
      // Try these again with the next change (the fix), and keep a pending full build full.
      for (const p of changed) pending.add(p);
      if (kind === 'full') fullPending = true;
      if (renew) needsNewBuilder = true;
      failed = true;
      report = { kind, changed, ms: performance.now() - started, error: error ?? new Error('the build failed without saying why') };
    }
    try {
      options.onBuilt(report);
    } catch {
      // Reporting (logging, broadcasting) must never stop the rebuild loop.
    }
    return !failed;
  }

  async function drain(): Promise<void> {
    while (!closed && (fullPending || pending.size > 0)) {
      const seen = generation;
      const ok = await runOnce();
      // A failed build keeps its paths queued but is retried only once something changes again.
      if (!ok && generation === seen) break;
    }
  }

  function kick(): void {
    if (running || closed) return;
    running = drain()
      .catch(() => undefined) // nothing in the loop may take the server down
      .finally(() => {
        running = null;
      });
  }

  return {
    add(absPaths) {
      for (const p of absPaths) {
        const abs = path.resolve(p);
        if (options.isConfigChange(abs)) {
          fullPending = true;
          needsNewBuilder = true;
        }
        pending.add(abs);
      }
      generation++;
      kick();
    },
    full() {
      fullPending = true;
      generation++;
      kick();
    },
    async idle() {
      while (running) await running;
    },
    get builder() {
      return builder;
    },
    async close() {
      closed = true;
      await this.idle();
      builder.close();
    },
  };
}
