// Progress of an image run: a bar on a terminal, nothing while running otherwise; and the
// one-line summary printed at the end either way (N images, X MB → Y MB, time).
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  tick(label: string): void;
  stop(): void;
}

/** A bar on `stream` when it is a TTY and `enabled`; a silent reporter otherwise. */
export function createProgress(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!enabled || !stream.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'Images [{bar}] {value}/{total} {label}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick(label) {
      bar.increment(1, { label: label.length > 40 ? '…' + label.slice(-39) : label });
    },
    stop() {
      bar.stop();
    },
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}
