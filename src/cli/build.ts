// `kiln build`: Jekyll's build flags, parsed and handed to the site build. Prints Jekyll-like
// progress (source, destination, "done in N seconds") unless --quiet.
import path from 'node:path';
import type { Command } from 'commander';
import { build } from '../site/build.js';
import { consoleLogger } from '../util/log.js';

interface BuildFlags {
  source: string;
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
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .alias('b')
    .description('build the site into its destination (default <source>/_site), as `jekyll build` does')
    .option('-s, --source <dir>', 'source directory', process.cwd())
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
    .action(async (flags: BuildFlags) => {
      const level = flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal';
      const base = consoleLogger(level);
      // Jekyll's --quiet logs errors only: its build warnings are hidden too.
      const logger = flags.quiet ? { ...base, warn: () => {} } : base;
      const source = path.resolve(flags.source);
      const overrides: Record<string, unknown> = {};
      if (flags.limit_posts !== undefined) overrides.limit_posts = Number(flags.limit_posts);
      logger.info(`        Source: ${source}`);
      const started = Date.now();
      const result = await build({
        source,
        destination: flags.destination ? path.resolve(flags.destination) : undefined,
        configFiles: flags.config?.split(',').map((f) => path.resolve(f.trim())).filter(Boolean),
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
      });
      logger.info(`   Destination: ${result.destination}`);
      logger.info(`                done in ${((Date.now() - started) / 1000).toFixed(3)} seconds (${result.written.length} written, ${result.removed.length} removed).`);
      for (const [stage, ms] of Object.entries(result.timingsMs)) logger.debug(`  ${stage}: ${ms.toFixed(1)} ms`);
      if (flags.check) {
        const { checkBuiltSite } = await import('./check.js');
        const { sourceMapFromSite } = await import('../check/index.js');
        const kiln = result.site.config.kiln as Record<string, unknown> | undefined;
        const format = flags.format === 'json' || flags.format === 'github' ? flags.format : 'human';
        process.exitCode = await checkBuiltSite(result.destination, kiln?.check as Record<string, unknown> | undefined, source, format, sourceMapFromSite(result.site));
      }
    });
}
