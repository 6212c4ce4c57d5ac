// `kiln check [DIR]`: parses html-proofer's flags (both `--allow_hash_href` and
// `--allow-hash-href` spellings, as Ruby's option parser accepts), layers them over `kiln: check:`
// from `_config.yml` and html-proofer 5's defaults, runs the checks and prints the report.
// Exit code 1 when anything failed.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { runChecks, type CheckReport } from '../check/index.js';
import { applyConfig, defaultOptions, parseSwapUrls, parseTimeframe, splitList, toPattern, type CheckOptions } from '../check/options.js';
import { formatReport, type ReportFormat } from '../check/report/index.js';
import { KilnError } from '../util/errors.js';

export interface CheckFlags {
  source?: string;
  config?: string;
  directoryIndexFiles?: string;
  swapAttributes?: string;
  typhoeus?: string;
  hydra?: string;
  cache?: boolean | string;
  logLevel?: string;
  format: string;
  checks?: string;
  allowHashHref?: boolean;
  allowMissingHref?: boolean;
  assumeExtension?: string;
  directoryIndexFile?: string;
  extensions?: string;
  checkExternalHash?: boolean;
  checkInternalHash?: boolean;
  checkSri?: boolean;
  disableExternal?: boolean;
  enforceHttps?: boolean;
  ignoreEmptyAlt?: boolean;
  ignoreMissingAlt?: boolean;
  ignoreEmptyMailto?: boolean;
  ignoreFiles?: string;
  ignoreUrls?: string;
  ignoreStatusCodes?: string;
  only4xx?: boolean;
  swapUrls?: string;
  rootDir?: string;
  validateHtml?: boolean;
  markup?: boolean;
  cacheDir?: string;
  timeframe?: string;
  timeout?: string;
  concurrency?: string;
  perHost?: string;
  retries?: string;
  workers?: string;
  sourceMap?: string;
}

/** `--allow_hash_href` → `--allow-hash-href` (option names only, never values). */
export function normalizeCheckArgv(argv: readonly string[]): string[] {
  return argv.map((arg) => {
    if (!arg.startsWith('--')) return arg;
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    return name.replace(/_/g, '-') + (eq < 0 ? '' : arg.slice(eq));
  });
}

export function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .argument('[dir]', 'folder to check (default: the site destination)')
    .description('check links, images and scripts as html-proofer 5 does, and validate HTML with html-validate')
    .option('-s, --source <dir>', 'site source, for `kiln: check:` in _config.yml (default: the current folder)')
    .option('--config <files>', 'configuration files, comma-separated')
    .option('--format <format>', 'human, json or github', 'human')
    .option('--checks <list>', 'checks to run: Links,Images,Scripts (default), Favicon, OpenGraph')
    .option('--allow-hash-href', 'accept href="#" (default)')
    .option('--no-allow-hash-href', 'report href="#"')
    .option('--allow-missing-href', 'accept <a> without href')
    .option('--assume-extension <ext>', 'extension tried for extensionless links (default .html)')
    .option('--directory-index-file <name>', 'index file of a folder (default index.html)')
    .option('--directory-index-files <list>', 'index files of a folder, comma-separated')
    .option('--extensions <list>', 'extensions of the pages to check (default .html)')
    .option('--check-external-hash', 'check fragments of external links (default)')
    .option('--no-check-external-hash', 'do not check fragments of external links')
    .option('--check-internal-hash', 'check fragments of internal links (default)')
    .option('--no-check-internal-hash', 'do not check fragments of internal links')
    .option('--check-sri', 'require SRI on external scripts and stylesheets')
    .option('--disable-external', 'do not check external links')
    .option('--no-disable-external', 'check external links')
    .option('--enforce-https', 'report http:// links (default)')
    .option('--no-enforce-https', 'accept http:// links')
    .option('--ignore-empty-alt', 'accept alt="" (default)')
    .option('--no-ignore-empty-alt', 'report alt=""')
    .option('--ignore-missing-alt', 'accept images without alt')
    .option('--ignore-empty-mailto', 'accept mailto: without an address')
    .option('--ignore-files <list>', 'pages to skip: exact paths or /regexes/, comma-separated')
    .option('--ignore-urls <list>', 'URLs to skip: exact strings or /regexes/, comma-separated')
    .option('--ignore-status-codes <list>', 'HTTP statuses to accept, comma-separated')
    .option('--only-4xx', 'report only 4xx answers of external links')
    .option('--swap-urls <list>', 're:replacement pairs applied to URLs (\\: for a literal colon)')
    .option('--swap-attributes <json>', 'element → [[old attribute, new attribute]] as JSON, e.g. {"img":[["data-src","src"]]}')
    .option('--root-dir <dir>', 'folder that absolute links resolve against')
    .option('--typhoeus <json>', "html-proofer's HTTP settings as JSON (timeout, followlocation)")
    .option('--hydra <json>', "html-proofer's concurrency settings as JSON (max_concurrency)")
    .option('--cache <json>', "html-proofer's cache settings as JSON (timeframe.external, storage_dir)")
    .option('--log-level <level>', "accepted for html-proofer compatibility; kiln's output does not depend on it")
    .option('--no-validate-html', 'skip html-validate')
    .option('--no-markup', 'skip the malformed-attribute check')
    .option('--no-cache', 'do not read or write .kiln-cache')
    .option('--cache-dir <dir>', 'cache folder (default <source>/.kiln-cache)')
    .option('--timeframe <t>', 'how long external results are cached: 30d, 12h, 2w, 1M (default 1d)')
    .option('--timeout <ms>', 'external request timeout in ms (default 30000)')
    .option('--concurrency <n>', 'external requests in flight (default 16)')
    .option('--per-host <n>', 'external requests in flight per host (default 2)')
    .option('--retries <n>', 'retries on 429/503 and network errors (default 2)')
    .option('--workers <n>', 'html-validate worker threads besides the main thread on a cold run (default: cores − 2, at most 3)')
    .option('--source-map <file>', 'JSON map page path → source file, for --format github')
    .action(async (dir: string | undefined, flags: CheckFlags) => {
      process.exitCode = await checkCommand(dir, flags);
    });
  // Accept html-proofer's underscore spellings: normalise option names before commander sees them.
  const parseOptions = cmd.parseOptions.bind(cmd);
  cmd.parseOptions = (argv: string[]) => parseOptions(normalizeCheckArgv(argv));
}

interface SiteSettings {
  destination: string;
  check?: Record<string, unknown>;
}

async function readSite(source: string, configFiles?: string[]): Promise<SiteSettings> {
  const hasConfig = configFiles?.length || ['_config.yml', '_config.yaml'].some((f) => fs.existsSync(path.join(source, f)));
  if (!hasConfig) return { destination: path.join(source, '_site') };
  const { loadConfig } = await import('../config/load.js');
  const { config } = loadConfig({ source, configFiles });
  const kiln = config.kiln as Record<string, unknown> | undefined;
  const check = kiln && typeof kiln === 'object' ? (kiln.check as Record<string, unknown> | undefined) : undefined;
  return { destination: String(config.destination), check };
}

function json(text: string, name: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* reported below */
  }
  throw new KilnError(`Option '${name}' did not contain valid JSON.`);
}

const int = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new KilnError(`--${name} expects a number, got '${v}'`);
  return n;
};

/** Options from html-proofer's defaults, then `kiln: check:`, then the flags. */
export function optionsFromFlags(flags: CheckFlags, siteCheck: Record<string, unknown> | undefined, source: string): CheckOptions {
  const o = applyConfig(defaultOptions(), siteCheck);
  if (o.cacheDir === null && !(siteCheck && 'cache_dir' in siteCheck)) o.cacheDir = path.join(source, '.kiln-cache');
  // Folders named in _config.yml are relative to the site source.
  if (o.cacheDir) o.cacheDir = path.resolve(source, o.cacheDir);
  if (o.rootDir) o.rootDir = path.resolve(source, o.rootDir);
  // Jekyll leaves dot-files out of _site: the site's .htmlvalidate.json sits in the source.
  o.htmlValidateConfigDir ??= source;
  const bools = ['allowHashHref', 'allowMissingHref', 'checkExternalHash', 'checkInternalHash', 'checkSri', 'disableExternal', 'enforceHttps',
    'ignoreEmptyAlt', 'ignoreMissingAlt', 'ignoreEmptyMailto', 'only4xx', 'validateHtml'] as const;
  for (const key of bools) if (flags[key] !== undefined) o[key] = flags[key]!;
  if (flags.markup === false) o.checkMarkup = false;
  if (flags.checks !== undefined) o.checks = splitList(flags.checks);
  if (flags.assumeExtension !== undefined) o.assumeExtension = flags.assumeExtension;
  if (flags.directoryIndexFile !== undefined) o.directoryIndexFiles = [flags.directoryIndexFile];
  if (flags.directoryIndexFiles !== undefined) o.directoryIndexFiles = splitList(flags.directoryIndexFiles);
  if (flags.swapAttributes !== undefined) o.swapAttributes = json(flags.swapAttributes, 'swap-attributes') as CheckOptions['swapAttributes'];
  if (flags.typhoeus !== undefined) {
    const t = json(flags.typhoeus, 'typhoeus');
    if (typeof t.timeout === 'number') o.external.timeoutMs = t.timeout * 1000;
    if (t.followlocation === false) o.external.maxRedirects = 0;
  }
  if (flags.hydra !== undefined) {
    const h = json(flags.hydra, 'hydra');
    if (typeof h.max_concurrency === 'number') o.external.concurrency = Math.max(1, h.max_concurrency);
  }
  if (typeof flags.cache === 'string') {
    const c = json(flags.cache, 'cache') as { timeframe?: { external?: string }; storage_dir?: string };
    if (c.timeframe?.external) o.external.cacheTtlMs = parseTimeframe(c.timeframe.external);
    if (c.storage_dir) o.cacheDir = path.resolve(c.storage_dir);
  }
  if (flags.extensions !== undefined) o.extensions = splitList(flags.extensions);
  if (flags.ignoreFiles !== undefined) o.ignoreFiles = splitList(flags.ignoreFiles).map(toPattern);
  if (flags.ignoreUrls !== undefined) o.ignoreUrls = splitList(flags.ignoreUrls).map(toPattern);
  if (flags.ignoreStatusCodes !== undefined) o.ignoreStatusCodes = splitList(flags.ignoreStatusCodes).map(Number);
  if (flags.swapUrls !== undefined) o.swapUrls = parseSwapUrls(flags.swapUrls);
  if (flags.rootDir !== undefined) o.rootDir = path.resolve(flags.rootDir);
  if (flags.cacheDir !== undefined) o.cacheDir = path.resolve(flags.cacheDir);
  if (flags.cache === false) o.cacheDir = null;
  if (flags.timeframe !== undefined) o.external.cacheTtlMs = parseTimeframe(flags.timeframe);
  o.external.timeoutMs = int(flags.timeout, 'timeout') ?? o.external.timeoutMs;
  o.external.concurrency = Math.max(1, int(flags.concurrency, 'concurrency') ?? o.external.concurrency);
  o.external.perHostConcurrency = Math.max(1, int(flags.perHost, 'per-host') ?? o.external.perHostConcurrency);
  o.external.retries = int(flags.retries, 'retries') ?? o.external.retries;
  o.workers = int(flags.workers, 'workers') ?? o.workers;
  return o;
}

async function checkCommand(dirArg: string | undefined, flags: CheckFlags): Promise<number> {
  const format = flags.format as ReportFormat;
  if (!['human', 'json', 'github'].includes(format)) throw new KilnError(`--format must be human, json or github, not '${flags.format}'`);
  const source = path.resolve(flags.source ?? process.cwd());
  const site = await readSite(source, flags.config?.split(',').map((f) => path.resolve(f.trim())));
  const options = optionsFromFlags(flags, site.check, source);
  const dir = dirArg ?? path.relative(process.cwd(), site.destination) ?? site.destination;
  let sourceMap: Record<string, string> | undefined;
  if (flags.sourceMap) {
    try {
      sourceMap = JSON.parse(fs.readFileSync(flags.sourceMap, 'utf8')) as Record<string, string>;
    } catch (err) {
      throw new KilnError(`cannot read the source map: ${(err as Error).message}`, { file: flags.sourceMap });
    }
  }
  const report = await runChecks(dir || '.', { ...options, snippets: format === 'github' });
  await printReport(report, format, { sourceMap, sourceRoot: source, pathPrefix: `${path.relative(source, report.dir) || '.'}/` });
  return report.failures.length > 0 ? 1 : 0;
}

export async function printReport(report: CheckReport, format: ReportFormat, github: { sourceMap?: Record<string, string>; sourceRoot?: string; pathPrefix?: string } = {}): Promise<void> {
  const color = format === 'human' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(await formatReport(report, format, { color, github }));
}

/**
 * For `kiln build --check`: checks the freshly built destination with the site's `kiln: check:`
 * settings and prints the report; resolves to the exit code (1 when anything failed).
 * `sourceMap` (e.g. `sourceMapFromSite(result.site)`) lets `--format github` point at sources.
 */
export async function checkBuiltSite(destination: string, siteCheck: Record<string, unknown> | undefined, source: string,
  format: ReportFormat = 'human', sourceMap?: Record<string, string>): Promise<number> {
  const options = optionsFromFlags({ format }, siteCheck, source);
  const report = await runChecks(destination, { ...options, snippets: format === 'github' });
  await printReport(report, format, { sourceMap, sourceRoot: source, pathPrefix: `${path.relative(source, report.dir) || '.'}/` });
  return report.failures.length > 0 ? 1 : 0;
}
