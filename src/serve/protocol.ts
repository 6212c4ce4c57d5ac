// The live-reload wire protocol: every message the server sends to the browser client, as JSON.
// The client ignores types it does not know, so new messages can be added without breaking it.

/** A build error as the overlay shows it. */
export interface OverlayError {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Source lines around the error, the failing one marked with `>`. */
  frame?: string;
  /** Include/layout chain, innermost first. */
  chain?: string[];
}

export type ServerMessage =
  /** Sent on connection: the current build id and, when the last build failed, its error. */
  | { type: 'hello'; buildId: number; error?: OverlayError }
  /** Something other than stylesheets changed: reload the page. */
  | { type: 'reload'; buildId: number; paths: string[] }
  /**
   * Only pages (`pages`, HTML URL paths), stylesheets (`css`) and files no page loads (feeds,
   * sitemaps, source maps) changed: a page showing one of `pages` fetches itself again and patches
   * its document in place (reloading when its scripts or stylesheets changed); every page swaps `css`.
   */
  | { type: 'update'; buildId: number; pages: string[]; css: string[] }
  /** Only stylesheets changed: swap these (URL paths) in place without reloading. */
  | { type: 'css'; buildId: number; paths: string[] }
  /** The last rebuild failed: show the overlay. The last good site is still served. */
  | { type: 'error'; buildId: number; error: OverlayError }
  /** A build succeeded without changing any output: remove the overlay if one is shown. */
  | { type: 'clear'; buildId: number };

export function encodeMessage(message: ServerMessage): string {
  return JSON.stringify(message);
}

/** Turns whatever a builder threw into the overlay's shape (KilnError fields when present). */
export function toOverlayError(err: unknown): OverlayError {
  if (err && typeof err === 'object') {
    const e = err as { message?: unknown; file?: unknown; line?: unknown; column?: unknown; frame?: unknown; chain?: unknown; stack?: unknown; name?: unknown };
    const out: OverlayError = { message: typeof e.message === 'string' ? e.message : String(err) };
    if (typeof e.file === 'string') out.file = e.file;
    if (typeof e.line === 'number') out.line = e.line;
    if (typeof e.column === 'number') out.column = e.column;
    if (typeof e.frame === 'string') out.frame = e.frame;
    if (Array.isArray(e.chain) && e.chain.length) out.chain = e.chain.map(String);
    // An unexpected crash (not a KilnError) has no location: its stack is the best frame there is.
    if (!out.file && !out.frame && e.name !== 'KilnError' && typeof e.stack === 'string') out.frame = e.stack.split('\n').slice(1, 8).join('\n');
    return out;
  }
  return { message: String(err) };
}
