// `kiln compare`: builds the site with kiln into a temporary folder and compares it with Jekyll's
// build of the same source (run here when `jekyll` is installed, or given with --with DIR).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { compareSites, formatComparison, sitesMatch } from '../compare/index.js';
import { build } from '../site/build.js';
import { KilnError } from '../util/errors.js';

interface CompareFlags {
  source: string;
  with?: string;
  config?: string;
  future?: boolean;
  drafts?: boolean;
  unpublished?: boolean;
  safe?: boolean;
  show: string;
  json?: string;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description("build with kiln and with Jekyll, and compare the two outputs file by file")
    .option('-s, --source <dir>', 'site source', process.cwd())
    .option('--with <dir>', 'an existing Jekyll build to compare against (default: run jekyll)')
    .option('--config <files>', 'configuration files, comma-separated')
    .option('--future', 'publish posts dated in the future')
    .option('--drafts', 'render drafts')
    .option('--unpublished', 'render unpublished documents')
    .option('--safe', 'safe mode (no custom plugins)')
    .option('--show <n>', 'differences to print', '20')
    .option('--json <file>', 'write the full comparison as JSON')
    .action(async (flags: CompareFlags) => {
      process.exitCode = await compareCommand(flags);
    });
}

async function compareCommand(flags: CompareFlags): Promise<number> {
  const source = path.resolve(flags.source);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-compare-'));
  try {
    const ours = path.join(scratch, 'kiln');
    const configFiles = flags.config?.split(',').map((f) => path.resolve(f.trim()));
    await build({ source, destination: ours, configFiles, future: flags.future, drafts: flags.drafts, unpublished: flags.unpublished, safe: flags.safe, quiet: true });
    const reference = flags.with ? path.resolve(flags.with) : runJekyll(source, path.join(scratch, 'jekyll'), flags);
    const comparison = compareSites(reference, ours);
    if (flags.json) fs.writeFileSync(flags.json, JSON.stringify(comparison, null, 1));
    console.log(formatComparison(comparison, Number(flags.show) || 0));
    return sitesMatch(comparison) ? 0 : 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function runJekyll(source: string, destination: string, flags: CompareFlags): string {
  const args = ['build', '-s', source, '-d', destination, '--quiet'];
  if (flags.config) args.push('--config', flags.config);
  for (const f of ['future', 'drafts', 'unpublished', 'safe'] as const) if (flags[f]) args.push(`--${f}`);
  const run = spawnSync('jekyll', args, { encoding: 'utf8', env: { ...process.env, JEKYLL_ENV: process.env.JEKYLL_ENV ?? 'development' } });
  if (run.error) throw new KilnError('jekyll is not installed here: pass --with DIR to compare against an existing Jekyll build.');
  if (run.status !== 0) throw new KilnError(`jekyll build failed:\n${run.stderr || run.stdout}`);
  return destination;
}
