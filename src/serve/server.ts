// The preview server: puts together the static handler, the live-reload hub, the rebuild queue and
// the source watcher around a builder object (the real one from src/site/build.ts, or a test's
// fake). Build failures are reported to the log and the browser; the server keeps serving the last
// good site and never stops because of one.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { KilnError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { clientScriptTag } from './client.js';
import { isAllowedHost } from './host-check.js';
import { isConfigFile, wildcard } from './ignore.js';
import { createLiveReloadHub, LIVERELOAD_PATH, type LiveReloadHub } from './livereload.js';
import { toOverlayError } from './protocol.js';
import { createRebuildQueue, type BuildReport, type RebuildQueue } from './rebuild-queue.js';
import { createStaticHandler } from './static.js';
import type { BuildOutcome, SiteBuilder } from './types.js';
import type { SourceWatcher } from './watcher.js';
import { watchSiteInto } from './watch-site.js';

export interface PreviewServerOptions {
  builder: SiteBuilder;
  /** Makes a fresh builder after a configuration change (else the old one runs a full build). */
  recreateBuilder?: () => Promise<SiteBuilder>;
  /** Site source (watched). Default: builder.config.source. */
  source?: string;
  /** Default: builder.config.destination, else `<source>/_site`. */
  destination?: string;
  /** Overrides builder.config.baseurl. */
  baseurl?: string;
  configFiles?: string[];
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. Default 4000. */
  port?: number;
  /** Inject the client and run the WebSocket. Default true. */
  livereload?: boolean;
  /** Patch open pages in place when only pages changed, instead of reloading them. Default true. */
  livereloadPatch?: boolean;
  /** Run the WebSocket on its own port instead of the page port. */
  livereloadPort?: number;
  /** Watch the source and rebuild. Default true. */
  watch?: boolean;
  skipInitialBuild?: boolean;
  /** Watcher quiet period in ms. */
  debounceMs?: number;
  /** Poll instead of using file system notifications. */
  forcePolling?: boolean;
  /** Log the stack of build errors too. */
  trace?: boolean;
  /** Extra response headers (Jekyll's `webrick.headers`). */
  headers?: Record<string, string>;
  /** Globs (relative to the destination) whose changes never reload the browser (Jekyll's --livereload-ignore). */
  livereloadIgnore?: string[];
  /** Host names accepted besides IP addresses, localhost and the bound host (`.example.org` for a domain and its subdomains). */
  allowedHosts?: string[];
  logger?: Logger;
  /** Called after every build, good or failed (tests and benchmarks wait on it). */
  onBuild?: (report: BuildReport) => void;
}

export interface PreviewServer {
  /** `http://host:port/baseurl/` */
  readonly url: string;
  readonly port: number;
  readonly livereloadPort: number | null;
  readonly destination: string;
  readonly hub: LiveReloadHub | null;
  /** Queue source paths as if the watcher had seen them change. */
  notify(absPaths: string[]): void;
  /** Resolves when no build is queued or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const silent: Logger = { info() {}, warn() {}, error() {}, debug() {} };

/** URL paths for the outputs a build wrote or removed. */
export function changedUrls(outcome: BuildOutcome, destination: string, baseurl: string): string[] {
  const base = '/' + baseurl.split('/').filter(Boolean).join('/');
  const prefix = base === '/' ? '' : base;
  const files = [...(outcome.written ?? []), ...(outcome.removed ?? [])];
  const urls = new Set<string>();
  for (const f of files) {
    const rel = path.isAbsolute(f) ? path.relative(destination, f) : f;
    if (rel.startsWith('..')) continue;
    urls.add(prefix + '/' + rel.split(path.sep).join('/').replace(/^\/+/, ''));
  }
  return [...urls].sort();
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new KilnError(`port ${port} on ${host} is already in use: pick another with --port`) : err);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const logger = options.logger ?? silent;
  const config = options.builder.config ?? {};
  const source = path.resolve(options.source ?? config.source ?? process.cwd());
  const destination = path.resolve(source, options.destination ?? config.destination ?? '_site');
  const host = options.host ?? '127.0.0.1';
  const livereload = options.livereload ?? true;
  let baseurl = options.baseurl ?? (typeof config.baseurl === 'string' ? config.baseurl : '');
  let pagePort = 0;

  const hub = livereload ? createLiveReloadHub({ host, pagePort: () => pagePort, patchPages: options.livereloadPatch }) : null;
  let lrPort: number | null = null;

  const handler = createStaticHandler({
    root: () => destination,
    baseurl: () => baseurl,
    injection: ({ notFound }) => (hub ? clientScriptTag({ path: LIVERELOAD_PATH, port: lrPort, buildId: hub.buildId, notFound }) : null),
    headers: () => options.headers ?? {},
    serveClient: hub !== null,
  });
  const server = http.createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, host, options.allowedHosts)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(`Blocked request: the host name in ${JSON.stringify(req.headers.host ?? '')} is not allowed (DNS rebinding guard).\n`);
      return;
    }
    handler(req, res).catch((err) => {
      logger.error(`serving ${req.url}: ${(err as Error)?.message ?? err}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  let lrServer: http.Server | null = null;
  if (hub) {
    if (options.livereloadPort !== undefined) {
      lrServer = http.createServer((_req, res) => {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
      });
      hub.attach(lrServer);
    } else {
      hub.attach(server);
    }
  }

  const printedWarnings = new Set<string>();
  const ignoreGlobs = (options.livereloadIgnore ?? []).map((g) => wildcard(g.replace(/^\/+/, '')));
  const reloadIgnored = (url: string) => {
    if (!ignoreGlobs.length) return false;
    const rel = url.split('/').filter(Boolean).slice(baseurl.split('/').filter(Boolean).length).join('/');
    return ignoreGlobs.some((re) => re.test(rel));
  };
  const onBuilt = (report: BuildReport) => {
    if (report.error !== undefined) {
      const err = report.error;
      logger.error(err instanceof KilnError ? err.format() : (err as Error)?.stack ?? String(err));
      if (options.trace && err instanceof KilnError && err.stack) logger.error(err.stack);
      logger.info('The last good build is still served; fix the error and save to rebuild.');
      hub?.buildFailed(toOverlayError(err));
    } else if (report.outcome) {
      // A fresh builder may bring a new baseurl (config edit), unless the command line fixed it.
      if (options.baseurl === undefined && report.kind === 'full') {
        const b = queue?.builder.config?.baseurl;
        if (typeof b === 'string') baseurl = b;
      }
      const urls = changedUrls(report.outcome, destination, baseurl);
      const what = report.changed.length ? `${report.changed.length} change${report.changed.length > 1 ? 's' : ''}` : 'initial build';
      logger.info(`      ${report.changed.length === 0 ? 'Built' : report.kind === 'full' ? 'Rebuilt' : 'Regenerated'} ${urls.length} file${urls.length === 1 ? '' : 's'} (${what}) in ${report.ms.toFixed(0)} ms`);
      // Builders report the site's warnings on every build: print each one once.
      for (const w of report.outcome.warnings ?? []) {
        if (printedWarnings.has(w)) continue;
        printedWarnings.add(w);
        logger.warn(w);
      }
      hub?.buildSucceeded(urls.filter((u) => !reloadIgnored(u)));
    }
    options.onBuild?.(report);
  };

  let queue: RebuildQueue | null = null;
  queue = createRebuildQueue({
    builder: options.builder,
    recreateBuilder: options.recreateBuilder,
    isConfigChange: (p) => isConfigFile(p, source, options.configFiles),
    onBuilt,
    onStart: (kind, changed) => {
      if (changed.length) logger.info(`      ${kind === 'full' ? 'Configuration changed, rebuilding' : 'Regenerating'}: ${changed.map((c) => path.relative(source, c)).join(', ')}`);
    },
  });

  // Listen first: a port in use fails before a long build, and a browser opened early gets the
  // previous build (or a 404 page) that reloads itself when the build is done.
  try {
    pagePort = await listen(server, options.port ?? 4000, host);
    if (lrServer) lrPort = await listen(lrServer, options.livereloadPort ?? 35729, host);
  } catch (err) {
    await queue.close();
    await hub?.close();
    server.close();
    lrServer?.close();
    throw err;
  }

  // Errors after start-up (out of file descriptors…) are logged; the server keeps going.
  for (const srv of [server, lrServer]) srv?.on('error', (err) => logger.error(`server: ${(err as Error).message}`));

  if (!options.skipInitialBuild) {
    queue.full();
    await queue.idle();
  }

  let watcher: SourceWatcher | null = null;
  if (options.watch ?? true) {
    const exclude = Array.isArray(config.exclude) ? config.exclude.map(String) : [];
    watcher = watchSiteInto(queue, { source, destination, configFiles: options.configFiles, exclude, debounceMs: options.debounceMs, forcePolling: options.forcePolling, logger });
    await watcher.ready;
  }

  const currentUrl = () => {
    const base = baseurl.split('/').filter(Boolean).map(encodeURIComponent).join('/');
    return `http://${displayHost(host)}:${pagePort}/${base ? base + '/' : ''}`;
  };
  return {
    get url() {
      return currentUrl();
    },
    port: pagePort,
    livereloadPort: lrPort,
    destination,
    hub,
    notify: (paths) => queue!.add(paths),
    idle: () => queue!.idle(),
    async close() {
      await watcher?.close();
      await hub?.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (lrServer) await new Promise<void>((resolve) => lrServer!.close(() => resolve()));
      await queue!.close();
    },
  };
}
