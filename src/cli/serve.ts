// `kiln serve`: Jekyll's serve flags, parsed and handed to the preview server (src/serve). Runs
// until interrupted; ctrl-c closes the watcher, sockets and server cleanly.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { serve, type ServeOptions } from '../serve/index.js';
import { addJekyllConfigOptions, configOverridesFromFlags, LSI_WARNING, type JekyllConfigFlags } from './jekyll-config-flags.js';
import { sourceFromConfigFiles } from '../config/load.js';

export interface ServeFlags extends JekyllConfigFlags {
  source?: string;
  destination?: string;
  config?: string;
  port?: number;
  host?: string;
  livereload?: boolean;
  livereloadPort?: number;
  livereloadIgnore?: string;
  openUrl?: boolean;
  baseurl?: string;
  future?: boolean;
  drafts?: boolean;
  unpublished?: boolean;
  safe?: boolean;
  skipInitialBuild?: boolean;
  watch?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  trace?: boolean;
  force?: boolean;
  limit_posts?: string;
  incremental?: boolean;
  force_polling?: boolean;
  profile?: boolean;
  livereloadMinDelay?: string;
  livereloadMaxDelay?: string;
  showDirListing?: boolean;
  detach?: boolean;
  sslCert?: string;
  sslKey?: string;
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return n;
}

/** The command line's flags as `serve()` options (unset flags stay unset: the config decides). */
export function serveOptionsFromFlags(flags: ServeFlags): ServeOptions {
  const configFiles = flags.config?.split(',').map((f) => f.trim()).filter(Boolean);
  // Without -s, Jekyll takes the source from the configuration files (`source: src`).
  const fromConfig = flags.source === undefined ? sourceFromConfigFiles(process.cwd(), configFiles) : undefined;
  return {
    source: fromConfig?.source ?? flags.source ?? process.cwd(),
    destination: flags.destination ?? fromConfig?.destination,
    configFiles: fromConfig?.configFiles ?? configFiles,
    port: flags.port,
    host: flags.host,
    livereload: flags.livereload,
    livereloadPort: flags.livereloadPort,
    livereloadIgnore: flags.livereloadIgnore?.split(',').map((g) => g.trim()).filter(Boolean),
    openUrl: flags.openUrl,
    baseurl: flags.baseurl,
    future: flags.future,
    drafts: flags.drafts,
    unpublished: flags.unpublished,
    safe: flags.safe,
    skipInitialBuild: flags.skipInitialBuild,
    watch: flags.watch !== false,
    quiet: flags.quiet,
    verbose: flags.verbose,
    trace: flags.trace,
    force: flags.force,
    limitPosts: flags.limit_posts === undefined ? undefined : Number(flags.limit_posts),
    forcePolling: flags.force_polling,
    configOverrides: configOverridesFromFlags(flags),
  };
}

/** The `serve` command, its action given (tests pass one that records the options). */
export function registerServe(program: Command, run: (options: ServeOptions) => Promise<void> = runUntilInterrupted): void {
  addJekyllConfigOptions(program.command('serve'))
    .alias('s')
    .alias('server')
    .description('build the site, serve it, rebuild on changes and reload the browser')
    .option('-s, --source <dir>', 'site source (default: the `source:` of the config files, else the working directory)')
    .option('-d, --destination <dir>', 'destination (default <source>/_site)')
    .option('--config <files>', 'configuration files, comma-separated')
    .option('-P, --port <port>', 'port to listen on (default: `port` from _config.yml, else 4000)', portNumber)
    .option('-H, --host <host>', 'host to bind to (default: `host` from _config.yml, else 127.0.0.1)')
    .option('-l, --livereload', 'reload the browser on changes (default: `livereload` from _config.yml, else on)')
    .option('--no-livereload', 'do not inject the live-reload client')
    .option('--livereload-port <port>', 'serve the live-reload socket on its own port', portNumber)
    .option('--livereload-ignore <globs>', 'output files (globs, comma-separated) whose changes do not reload the browser')
    .option('-o, --open-url', 'open the site in the default browser')
    .option('-b, --baseurl <url>', 'serve under this base URL (overrides _config.yml)')
    .option('--future', 'publish posts dated in the future')
    .option('-D, --drafts', 'render drafts')
    .option('--unpublished', 'render unpublished documents')
    .option('--safe', 'safe mode (no custom plugins)')
    .option('--skip-initial-build', 'serve the destination as it is, without building first')
    .option('-w, --watch', 'watch the source for changes (the default)')
    .option('--no-watch', 'do not watch the source for changes')
    .option('--force_polling', 'poll the file system instead of using change notifications')
    .option('-I, --incremental', "accepted for Jekyll compatibility: kiln's rebuilds are always incremental")
    .option('--limit_posts <n>', 'limit the number of posts to parse and publish')
    .option('--force', 'replace a non-empty destination that does not look like a site build')
    .option('-q, --quiet', 'only print errors and warnings')
    .option('-V, --verbose', 'print more')
    .option('-t, --trace', 'show the full stack of errors')
    .option('--profile', "accepted for Jekyll's scripts (kiln build --profile prints stage times)")
    .option('--livereload-min-delay <s>', "accepted for Jekyll's scripts: kiln reloads as soon as a rebuild is written")
    .option('--livereload-max-delay <s>', "accepted for Jekyll's scripts")
    .option('--show-dir-listing', 'accepted; kiln never lists directories (a folder without index.html is a 404)')
    .option('-B, --detach', 'run the server in the background and print its pid')
    .option('--ssl-cert <file>', 'not supported: kiln serves plain HTTP on loopback')
    .option('--ssl-key <file>', 'not supported: kiln serves plain HTTP on loopback')
    .action(async (flags: ServeFlags) => {
      if (flags.sslCert !== undefined || flags.sslKey !== undefined) {
        process.stderr.write('error: kiln serve has no HTTPS (--ssl-cert/--ssl-key): serve over HTTP, or put a TLS proxy in front.\n');
        process.exitCode = 2;
        return;
      }
      if (flags.lsi) process.stderr.write(`Warning: ${LSI_WARNING}\n`);
      if (flags.showDirListing) process.stderr.write('Warning: --show-dir-listing: kiln never lists directories.\n');
      if (flags.detach) {
        detach();
        return;
      }
      await run(serveOptionsFromFlags(flags));
    });
}

async function runUntilInterrupted(options: ServeOptions): Promise<void> {
  const server = await serve(options);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `--detach`: the same command without it, in a process of its own that outlives this one. */
function detach(): void {
  const args = process.argv.slice(1).filter((a) => a !== '-B' && a !== '--detach');
  const child = spawn(process.execPath, [...process.execArgv, ...args], { detached: true, stdio: 'ignore' });
  child.unref();
  process.stdout.write(`Server detached with pid '${child.pid}'. Run \`kill -9 ${child.pid}' to stop the server.\n`);
}
