// `serve(options)`: the live preview. Reads the configuration for the serving settings (port,
// host, livereload, webrick headers), makes the real site builder with what `jekyll serve` adds to
// the configuration (`url` pointing at the local server, `serving: true`), and starts the preview
// server around it. Optionally opens the browser.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { consoleLogger, type Logger } from '../util/log.js';
import { startPreviewServer, type PreviewServer } from './server.js';
import type { SiteBuilder } from './types.js';

export { startPreviewServer, type PreviewServer, type PreviewServerOptions } from './server.js';
export type { SiteBuilder, BuildOutcome } from './types.js';

export interface ServeOptions {
  source: string;
  destination?: string;
  configFiles?: string[];
  /** Flags win over `_config.yml`; unset ones fall back to it, then to Jekyll's defaults. */
  port?: number;
  host?: string;
  livereload?: boolean;
  livereloadPort?: number;
  /** Globs of output files whose changes do not reload the browser. */
  livereloadIgnore?: string[];
  baseurl?: string;
  future?: boolean;
  drafts?: boolean;
  unpublished?: boolean;
  safe?: boolean;
  skipInitialBuild?: boolean;
  watch?: boolean;
  openUrl?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  /** Print the stack of build errors. */
  trace?: boolean;
  /** Replace a non-empty destination that does not look like a site build. */
  force?: boolean;
  limitPosts?: number;
  /** Poll the file system instead of relying on change notifications (network drives, containers). */
  forcePolling?: boolean;
  /** Configuration set by other command-line flags (layouts_dir, strict_front_matter…). */
  configOverrides?: Record<string, unknown>;
  logger?: Logger;
}

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]']);

/** Whether binding `host` exposes the preview to the whole network. */
export function isAllInterfaces(host: string): boolean {
  return ALL_INTERFACES.has(host.trim());
}

function numberOr(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n < 65536 ? n : fallback;
}

function openBrowser(url: string, logger: Logger): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => logger.warn(`could not open a browser (${cmd}); visit ${url}`));
    child.unref();
  } catch {
    logger.warn(`could not open a browser; visit ${url}`);
  }
}

export async function serve(options: ServeOptions): Promise<PreviewServer> {
  const logger = options.logger ?? consoleLogger(options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal');
  const source = path.resolve(options.source);
  const { config, files: configFiles } = loadConfig({ source, destination: options.destination, configFiles: options.configFiles });

  const host = options.host ?? String(config.host ?? '127.0.0.1');
  const port = options.port ?? numberOr(config.port, 4000);
  const livereload = options.livereload ?? (config.livereload === undefined ? true : Boolean(config.livereload));
  const livereloadPort = options.livereloadPort ?? (config.livereload_port !== undefined ? numberOr(config.livereload_port, 35729) : undefined);
  const webrick = config.webrick as { headers?: Record<string, unknown> } | undefined;
  const headers = Object.fromEntries(Object.entries(webrick?.headers ?? {}).map(([k, v]) => [k, String(v)]));
  if (isAllInterfaces(host)) {
    logger.warn(`serving on all network interfaces (${host}): anyone who can reach this machine can see the site and its drafts.`);
  }

  // As Jekyll's default_url: 127.0.0.1 is written localhost, any other host as given.
  const shownHost = host === '127.0.0.1' ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  // Loaded here, not at the top: the command line (and its tests) can load without the whole engine.
  const { createBuilder } = await import('../site/build.js');
  const makeBuilder = async (): Promise<SiteBuilder> =>
    (await createBuilder({
      source,
      destination: options.destination,
      configFiles: options.configFiles,
      future: options.future,
      drafts: options.drafts,
      unpublished: options.unpublished,
      safe: options.safe,
      baseurl: options.baseurl,
      quiet: options.quiet,
      verbose: options.verbose,
      trace: options.trace,
      force: options.force,
      logger,
      // What `jekyll serve` sets in development: links point at the preview, not the live site.
      overrides: {
        ...(options.configOverrides ?? {}),
        serving: true,
        ...(process.env.JEKYLL_ENV && process.env.JEKYLL_ENV !== 'development' ? {} : { url: `http://${shownHost}:${port}` }),
        ...(options.limitPosts !== undefined ? { limit_posts: options.limitPosts } : {}),
      },
    })) as unknown as SiteBuilder;

  const builder = await makeBuilder();
  logger.info(`Configuration file: ${configFiles[0] ?? 'none'}`);
  logger.info(`            Source: ${source}`);
  logger.info(`       Destination: ${String(builder.config?.destination ?? config.destination)}`);
  if (!options.skipInitialBuild) logger.info('      Generating...');
  const server = await startPreviewServer({
    builder,
    recreateBuilder: makeBuilder,
    source,
    destination: String(builder.config?.destination ?? config.destination),
    baseurl: options.baseurl,
    configFiles: configFiles.length ? configFiles : undefined,
    host,
    port,
    livereload,
    livereloadPort,
    livereloadIgnore: options.livereloadIgnore,
    forcePolling: options.forcePolling,
    trace: options.trace,
    watch: options.watch ?? true,
    skipInitialBuild: options.skipInitialBuild,
    headers,
    logger,
  });
  logger.info(` Auto-regeneration: ${options.watch === false ? 'disabled' : 'enabled'} for '${source}'`);
  if (livereload) logger.info(`LiveReload: ${server.livereloadPort ? `listening on port ${server.livereloadPort}` : 'on the same port'}`);
  logger.info(`    Server address: ${server.url}`);
  logger.info('  Server running... press ctrl-c to stop.');
  if (options.openUrl) openBrowser(server.url, logger);
  return server;
}
