// `kiln images [--dry-run]`: optimises the images `kiln.images` selects without a full build — fills
// the image cache and, when the destination holds a previous kiln build, updates its image files in
// place. With --dry-run it only reports the savings per image (nothing is written, not even the cache).
import path from 'node:path';
import type { Command } from 'commander';
import fg from 'fast-glob';
import { loadConfig } from '../config/load.js';
import { createImagePipeline, formatBytes, imageConfigFromSite, type ImageRunResult } from '../images/index.js';
import { KilnError } from '../util/errors.js';
import { consoleLogger } from '../util/log.js';
import { patchSite } from '../write/index.js';
import { readManifest } from '../write/manifest.js';

interface ImagesFlags {
  source: string;
  destination?: string;
  config?: string;
  dryRun?: boolean;
  strict?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  progress: boolean;
}

export function registerImages(program: Command): void {
  program
    .command('images')
    .description('optimise the images selected by kiln.images (or report the savings with --dry-run)')
    .option('-s, --source <dir>', 'site source', process.cwd())
    .option('-d, --destination <dir>', 'site destination to update in place, if built before (default <source>/_site)')
    .option('--config <files>', 'configuration files, comma-separated')
    .option('-n, --dry-run', 'report what would be written and the savings; write nothing')
    .option('--strict', 'fail on images that cannot be optimised instead of warning')
    .option('-q, --quiet', 'print only warnings and errors')
    .option('-V, --verbose', 'print debug information')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: ImagesFlags) => {
      process.exitCode = await imagesCommand(flags);
    });
}

export async function imagesCommand(flags: ImagesFlags): Promise<number> {
  const source = path.resolve(flags.source);
  const configFiles = flags.config?.split(',').map((f) => path.resolve(f.trim()));
  const { config: site } = loadConfig({ source, destination: flags.destination, configFiles });
  const images = imageConfigFromSite(site);
  if (!images) throw new KilnError('Image optimisation is off: add `kiln: images:` (with `include:` globs) to _config.yml.', { file: '_config.yml' });
  const logger = consoleLogger(flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal');
  const cacheDir = path.join(source, '.kiln-cache');
  const destination = String(site.destination);
  const pipeline = createImagePipeline(images, {
    source,
    cacheDir,
    baseurl: site.baseurl,
    siteUrl: site.url,
    strict: flags.strict,
    logger,
    dryRun: flags.dryRun,
    progress: flags.progress && !flags.quiet,
  });
  const candidates = await listSourceFiles(source, destination, (site.exclude as string[] | undefined) ?? []);
  const result = await pipeline.process(candidates.filter((f) => pipeline.matches(f)));
  if (flags.dryRun) {
    if (!flags.quiet) process.stdout.write(formatDryRun(result));
    return 0;
  }
  if (readManifest(cacheDir, destination)) {
    const written = await patchSite(destination, result.files, [], { source, cacheDir });
    logger.info(`Updated ${written.written.length} image files in ${path.relative(process.cwd(), destination) || '.'} (run \`kiln build\` to rewrite <img> into <picture>).`);
  } else {
    logger.info('Image cache is ready; `kiln build` will use it.');
  }
  return 0;
}

/** Files of the source a build would copy: no `_`/`.` folders or files, no excludes, no destination. */
async function listSourceFiles(source: string, destination: string, exclude: string[]): Promise<string[]> {
  const ignore = ['**/node_modules/**', '**/.*/**', '**/_*/**'];
  const destRel = path.relative(source, destination);
  if (destRel && !destRel.startsWith('..') && !path.isAbsolute(destRel)) ignore.push(`${destRel.split(path.sep).join('/')}/**`);
  const files = await fg('**/*', { cwd: source, dot: false, onlyFiles: true, ignore, followSymbolicLinks: false });
  const excluded = exclude.map((e) => e.replace(/^\/+/, '').replace(/\/+$/, '')).filter(Boolean);
  return files.filter((f) => !path.posix.basename(f).startsWith('_') && !excluded.some((e) => f === e || f.startsWith(e + '/'))).sort();
}

function formatDryRun(result: ImageRunResult): string {
  const rows = result.reports.map((r) => {
    const variants = r.variants.reduce((a, v) => a + v.size, 0);
    const saved = r.before ? Math.round((1 - r.after / r.before) * 100) : 0;
    const note = r.warning ? '  (unchanged: see warning)' : '';
    return `  ${r.path}  ${formatBytes(r.before)} → ${formatBytes(r.after)} (${saved >= 0 ? '-' : '+'}${Math.abs(saved)}%), ${r.variants.length} variants ${formatBytes(variants)}${note}`;
  });
  const s = result.stats;
  const total = s.bytesBefore ? Math.round((1 - s.bytesAfter / s.bytesBefore) * 100) : 0;
  return `${rows.join('\n')}\nWould write ${result.files.length} files: ${formatBytes(s.bytesBefore)} → ${formatBytes(s.bytesAfter)} at the original URLs (-${total}%), plus ${s.variants} variants (${formatBytes(s.variantBytes)}).\n`;
}
