// `kiln build`: Jekyll's build flags, parsed and handed to the site build. Prints Jekyll-like
// progress (source, destination, "done in N seconds") unless --quiet. Every flag of `jekyll build`
// is accepted, so scripts written for Jekyll run unchanged; the few that mean nothing to kiln say so.
import path from 'node:path';
import type { Command } from 'commander';
import { build, type BuildOptions } from '../site/build.js';
import { consoleLogger, type Logger } from '../util/log.js';
import { addJekyllConfigOptions, configOverridesFromFlags, LSI_WARNING, type JekyllConfigFlags } from './jekyll-config-flags.js';
import { sourceFromConfigFiles } from '../config/load.js';

interface BuildFlags extends JekyllConfigFlags {
  source?: string;
  destination?: string;
  config?: string;
  future?: boolean;
  drafts?: boolean;
  unpublished?: boolean;
  safe?: boolean;
  baseurl?: string;
  quiet?: boolean;
  verbose?: boolean;
  trace?: boolean;
  force?: boolean;
  limit_posts?: string;
  check?: boolean;
  format?: string;
  strict?: boolean;
  watch?: boolean;
  force_polling?: boolean;
  incremental?: boolean;
  profile?: boolean;
}

export function registerBuild(program: Command): void {
  addJekyllConfigOptions(program.command('build'))
    .alias('b')
    .description('build the site into its destination (default <source>/_site), as `jekyll build` does')
    .option('-s, --source <dir>', 'source directory (default: the `source:` of the config files, else the working directory)')
    .option('-d, --destination <dir>', 'destination directory (default: <source>/_site)')
    .option('--config <files>', 'configuration files, comma-separated; later ones win')
    .option('--future', 'publish posts dated in the future')
    .option('-D, --drafts', 'render posts in _drafts')
    .option('--unpublished', 'render documents with published: false')
    .option('--safe', 'safe mode: only whitelisted plugins, no symlinks leaving the source')
    .option('-b, --baseurl <url>', 'serve the site from this base URL')
    .option('--limit_posts <n>', 'limit the number of posts to parse and publish')
    .option('-q, --quiet', 'only print errors and warnings')
    .option('-V, --verbose', 'print debugging information')
    .option('-t, --trace', 'show the full stack of errors')
    .option('--force', 'replace a non-empty destination that does not look like a site build')
    .option('--strict', 'fail on images kiln.images cannot optimise, instead of warning')
    .option('--check', 'after building, run `kiln check` on the destination (settings from kiln.check)')
    .option('--format <format>', 'report format of --check: human, json or github', 'human')
    .option('-w, --watch', 'rebuild whenever a source file changes (until stopped)')
    .option('--no-watch', 'do not watch (the default)')
    .option('--force_polling', 'with --watch, poll the file system instead of relying on notifications')
    .option('-I, --incremental', "accepted for Jekyll's scripts: kiln always keeps unchanged outputs")
    .option('--profile', 'print the time each build stage took (Jekyll prints a Liquid profile)')
    .action(async (flags: BuildFlags) => {
      const level = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal';
      const base = consoleLogger(level);
      // Jekyll's --quiet logs errors only: its build warnings are hidden too.
      const logger = flags.quiet ? { ...base, warn: () => {} } : base;
      const configFiles = flags.config?.split(',').map((f) => path.resolve(f.trim())).filter(Boolean);
      // Without -s, Jekyll takes the source from the configuration files (`source: src`).
      const fromConfig = flags.source === undefined ? sourceFromConfigFiles(process.cwd(), configFiles) : undefined;
      const source = fromConfig?.source ?? path.resolve(flags.source ?? process.cwd());
      const overrides: Record<string, unknown> = {};
      if (flags.limit_posts !== undefined) overrides.limit_posts = Number(flags.limit_posts);
      Object.assign(overrides, configOverridesFromFlags(flags));
      if (flags.incremental) overrides.incremental = true;
      if (flags.lsi) logger.warn(LSI_WARNING);
      const options = {
        source,
        destination: flags.destination ? path.resolve(flags.destination) : fromConfig?.destination,
        configFiles: fromConfig?.configFiles ?? configFiles,
        future: flags.future,
        drafts: flags.drafts,
        unpublished: flags.unpublished,
        safe: flags.safe,
        baseurl: flags.baseurl,
        quiet: flags.quiet,
        verbose: flags.verbose,
        trace: flags.trace,
        force: flags.force,
        strict: flags.strict,
        logger,
        overrides,
      };
      if (flags.watch) {
        await watchUntilStopped(options, flags, logger);
        return;
      }
      logger.info(`        Source: ${source}`);
      const started = Date.now();
      const result = await build(options);
      logger.info(`   Destination: ${result.destination}`);
      logger.info(`                done in ${((Date.now() - started) / 1000).toFixed(3)} seconds (${result.written.length} written, ${result.removed.length} removed).`);
      for (const [stage, ms] of Object.entries(result.timingsMs)) (flags.profile ? logger.info : logger.debug)(`  ${stage}: ${ms.toFixed(1)} ms`);
      if (flags.check) {
        const { checkBuiltSite } = await import('./check.js');
        const { sourceMapFromSite } = await import('../check/index.js');
        const kiln = result.site.config.kiln as Record<string, unknown> | undefined;
        const format = flags.format === 'json' || flags.format === 'github' ? flags.format : 'human';
        process.exitCode = await checkBuiltSite(result.destination, kiln?.check as Record<string, unknown> | undefined, source, format, sourceMapFromSite(result.site));
      }
    });
}

/** `--watch`: build, then rebuild on changes until SIGINT/SIGTERM. */
async function watchUntilStopped(options: BuildOptions, flags: BuildFlags, logger: Logger): Promise<void> {
  const { createBuilder } = await import('../site/build.js');
  const { watchAndBuild } = await import('../serve/build-watch.js');
  const first = await createBuilder(options);
  const config = first.config as unknown as Record<string, unknown>;
  const watching = watchAndBuild({
    builder: first as never,
    recreateBuilder: async () => (await createBuilder(options)) as never,
    source: options.source,
    destination: String(config.destination),
    configFiles: options.configFiles,
    exclude: Array.isArray(config.exclude) ? config.exclude.map(String) : [],
    forcePolling: flags.force_polling,
    logger,
    trace: flags.trace,
  });
  logger.info(`        Source: ${options.source}`);
  logger.info(`   Destination: ${String(config.destination)}`);
  await watching.ready;
  logger.info('Press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watching.close();
}
