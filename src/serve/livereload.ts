// The live-reload channel: a WebSocket endpoint that only accepts connections whose Origin is
// the preview server itself (so another site open in the browser cannot listen in or probe), keeps
// the current build state, greets each client with it, and broadcasts typed messages.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import { isAllowedHost } from './host-check.js';
import { encodeMessage, type OverlayError, type ServerMessage } from './protocol.js';

export const LIVERELOAD_PATH = '/__kiln/livereload';

export interface LiveReloadOptions {
  /** Port the pages are served on: the only origin port accepted. */
  pagePort: () => number;
  /** Host the server was bound to (a wildcard host accepts the name the browser used). */
  host: string;
  /** Let pages patch themselves in place when only pages changed (`update`); false always reloads. Default true. */
  patchPages?: boolean;
}

export interface LiveReloadHub {
  /** Handles an HTTP upgrade for the live-reload path; false when the request is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  attach(server: Server): void;
  readonly buildId: number;
  readonly error: OverlayError | undefined;
  /** A build succeeded: `changed` holds the URL paths of the outputs it wrote or removed. */
  buildSucceeded(changed: string[]): void;
  buildFailed(error: OverlayError): void;
  readonly clientCount: number;
  close(): Promise<void>;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '']);

/** Whether a browser page at `origin` belongs to this preview server. */
export function isOwnOrigin(origin: string | undefined, hostHeader: string | undefined, options: { host: string; pagePort: number }): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:') return false;
  const port = url.port === '' ? 80 : Number(url.port);
  if (port !== options.pagePort) return false;
  const name = url.hostname.toLowerCase();
  const bound = options.host.toLowerCase();
  if (LOOPBACK_NAMES.has(name) && (LOOPBACK_NAMES.has(bound) || bound === '::1' || WILDCARD_HOSTS.has(bound))) return true;
  if (name === bound || name === `[${bound}]`) return true;
  // Bound to every interface: the page may be reached by any of the machine's names, but the socket
  // request must then name the same host the page came from (no cross-site or rebinding mix).
  if (WILDCARD_HOSTS.has(bound) && hostHeader) {
    const hostName = hostHeader.replace(/:\d+$/, '').toLowerCase();
    return hostName === name;
  }
  return false;
}

const PAGE = /\.(html?|xhtml)$/i;
/** Outputs no page loads as a resource: they never need a page to change. */
const NOT_LOADED = /\.(xml|txt|map)$/i;

/**
 * CSS-only changes are swapped in place; changes to pages (plus CSS and files no page loads) are
 * patched in place by the pages showing them; anything else (images, scripts, fonts…) reloads.
 */
export function messageForChanges(buildId: number, changed: string[], hadError: boolean): ServerMessage | null {
  if (changed.length === 0) return hadError ? { type: 'clear', buildId } : null;
  const pathname = (p: string) => p.split(/[?#]/)[0];
  if (changed.every((p) => pathname(p).endsWith('.css'))) return { type: 'css', buildId, paths: changed };
  if (changed.every((p) => PAGE.test(pathname(p)) || NOT_LOADED.test(pathname(p)) || pathname(p).endsWith('.css'))) {
    return { type: 'update', buildId, pages: changed.filter((p) => PAGE.test(pathname(p))), css: changed.filter((p) => pathname(p).endsWith('.css')) };
  }
  return { type: 'reload', buildId, paths: changed };
}

export function createLiveReloadHub(options: LiveReloadOptions): LiveReloadHub {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  // A counter per server run, starting from the clock, so a page served by an earlier run is
  // seen as out of date when it reconnects to this one.
  let buildId = Date.now();
  let error: OverlayError | undefined;

  const send = (ws: WebSocket, m: ServerMessage) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(encodeMessage(m));
  };
  const broadcast = (m: ServerMessage) => {
    const data = encodeMessage(m);
    for (const ws of wss.clients) if (ws.readyState === WebSocket.OPEN) ws.send(data);
  };

  // Tabs closed without a goodbye (a sleeping laptop, a killed browser) are found by a ping that
  // gets no pong, and dropped.
  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, 30_000);
  heartbeat.unref();

  wss.on('connection', (ws) => {
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    ws.on('error', () => ws.terminate());
    // The client has nothing to say; anything it sends is ignored.
    send(ws, error ? { type: 'hello', buildId, error } : { type: 'hello', buildId });
  });

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname !== LIVERELOAD_PATH) return false;
    if (!isAllowedHost(req.headers.host, options.host) || !isOwnOrigin(req.headers.origin, req.headers.host, { host: options.host, pagePort: options.pagePort() })) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return true;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    return true;
  };

  return {
    handleUpgrade,
    attach(server) {
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        socket.on('error', () => socket.destroy());
        if (!handleUpgrade(req, socket, head)) {
          socket.write('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
          socket.destroy();
        }
      });
    },
    get buildId() {
      return buildId;
    },
    get error() {
      return error;
    },
    get clientCount() {
      return wss.clients.size;
    },
    buildSucceeded(changed) {
      const hadError = error !== undefined;
      error = undefined;
      if (changed.length === 0 && !hadError) return;
      buildId++;
      const m = messageForChanges(buildId, changed, hadError);
      // After an error the open pages may predate the fix: reload rather than patch CSS.
      if (m?.type === 'css' && hadError) broadcast({ type: 'reload', buildId, paths: changed });
      else if (m?.type === 'update' && options.patchPages === false) broadcast({ type: 'reload', buildId, paths: changed });
      else if (m) broadcast(m);
    },
    buildFailed(err) {
      error = err;
      broadcast({ type: 'error', buildId, error: err });
    },
    close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
