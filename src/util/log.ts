// Logger: the one place that prints progress, warnings and errors, so `--quiet`, `--verbose`
// and tests (which collect messages instead of printing) all go through the same calls.
import pc from 'picocolors';

export type LogLevel = 'quiet' | 'normal' | 'verbose';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export function consoleLogger(level: LogLevel = 'normal', stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (s: string) => stream.write(s + '\n');
  return {
    info: (m) => { if (level !== 'quiet') write(m); },
    warn: (m) => write(pc.yellow('Warning: ') + m),
    error: (m) => write(pc.red('Error: ') + m),
    debug: (m) => { if (level === 'verbose') write(pc.dim(m)); },
  };
}

/** A logger that keeps messages, for tests and for callers that report them later. */
export function memoryLogger(): Logger & { messages: { level: string; message: string }[] } {
  const messages: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string) => { messages.push({ level, message }); };
  return { messages, info: push('info'), warn: push('warn'), error: push('error'), debug: push('debug') };
}
