// KilnError: a user-facing error that knows where in the site it happened.
// Every stage (YAML, Liquid, Markdown, images, checks) throws this so the CLI and the live-reload
// overlay can print `file:line:col message`, a code frame and the include/layout chain alike.

export interface SourceLocation {
  /** Path relative to the site source (or absolute when outside it). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
}

export class KilnError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** A few source lines around the error, with a `>` marker, when known. */
  readonly frame?: string;
  /** Where the failing template was reached from, innermost first: `_includes/a.html:3`. */
  readonly chain: string[];

  constructor(message: string, where: Partial<SourceLocation> & { frame?: string; chain?: string[]; cause?: unknown } = {}) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'KilnError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.frame = where.frame;
    this.chain = where.chain ?? [];
  }

  /** `file:line:col message`, then the chain, then the frame. */
  format(): string {
    const loc = [this.file, this.line, this.line !== undefined ? this.column : undefined].filter((x) => x !== undefined).join(':');
    const head = loc ? `${loc} ${this.message}` : this.message;
    const chain = this.chain.length ? '\n' + this.chain.map((c, i) => (i === 0 ? `  in ${c}` : `  included from ${c}`)).join('\n') : '';
    return head + chain + (this.frame ? '\n' + this.frame : '');
  }
}

/**
 * Lines around `line` (1-based) of `text`, the failing one marked with `>` and a caret at `column`.
 * `numberOffset` is added to the printed line numbers, for a text that starts further down its file
 * (a page body after its front matter), so the frame's numbers match the file's.
 */
export function codeFrame(text: string, line: number, column?: number, context = 2, numberOffset = 0): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to + numberOffset).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n + numberOffset).padStart(width)} | ${lines[n - 1]}`);
    if (n === line && column !== undefined && column > 0) {
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
    }
  }
  return out.join('\n');
}
