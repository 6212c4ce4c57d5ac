// Loads a site's configuration as `jekyll build` does: Jekyll's defaults, then each config file in
// order (later ones win), then command-line overrides, then the derived settings (default
// collections with the posts permalink, default excludes). Sets TZ from `timezone:` as Jekyll does.
import fs from 'node:fs';
import path from 'node:path';
import { KilnError } from '../util/errors.js';
import { parseYaml } from './yaml.js';
import { deepMerge, isPlainObject } from './merge.js';
import { jekyllDefaults, DEFAULT_EXCLUDES, styleToPermalink, type SiteConfig } from './defaults.js';
import { readSourceText } from './read-text.js';
import { siteTheme, themePlugins } from '../site/theme.js';

export interface ConfigOptions {
  source: string;
  destination?: string;
  /** Config files (absolute or relative to cwd); default `<source>/_config.yml` (or .yaml). */
  configFiles?: string[];
  /** Values set by command-line flags (future, drafts, baseurl…), applied after the files. */
  overrides?: Record<string, unknown>;
}

export interface LoadedConfig {
  config: SiteConfig;
  /** Absolute paths of the config files that were read (for the watcher). */
  files: string[];
}

/**
 * Where a build run without `-s` takes its site from: Jekyll reads the configuration files of the
 * working directory (or `--config`), and a `source:` key there names the source, relative to the
 * working directory (`source: src`). Then the config files stay those of the working directory and
 * the default destination is its `_site`, as Jekyll's defaults are computed there. Undefined when
 * the files set no other source than the working directory.
 */
export function sourceFromConfigFiles(cwd: string, configFiles?: string[]): { source: string; configFiles: string[]; destination?: string } | undefined {
  const list = configFiles && configFiles.length > 0 ? configFiles.map((f) => path.resolve(cwd, f)) : ['_config.yml', '_config.yaml'].map((f) => path.join(cwd, f)).filter((f) => fs.existsSync(f)).slice(0, 1);
  let source: unknown;
  let destination: unknown;
  for (const file of list) {
    if (!/\.ya?ml$/i.test(file) || !fs.existsSync(file)) continue;
    const value = parseYaml(readSourceText(file, path.relative(cwd, file) || file), { file: path.relative(cwd, file) || file });
    if (!isPlainObject(value)) continue;
    if (value.source !== undefined && value.source !== null) source = value.source;
    if (value.destination !== undefined && value.destination !== null) destination = value.destination;
  }
  if (typeof source !== 'string' || path.resolve(cwd, source) === path.resolve(cwd)) return undefined;
  return { source: path.resolve(cwd, source), configFiles: list, destination: destination === undefined ? path.join(cwd, '_site') : undefined };
}

export function loadConfig(options: ConfigOptions): LoadedConfig {
  const first = loadOnce(options);
  // Ruby shows local-mode Times in the zone current when printed; Jekyll sets TZ after parsing the
  // config, so zone-less times of the config appear in the configured zone. Parse again under it.
  const before = process.env.TZ;
  applyTimezone(first.config.timezone);
  if (process.env.TZ !== before) return loadOnce(options);
  return first;
}

function loadOnce(options: ConfigOptions): LoadedConfig {
  const source = path.resolve(options.source);
  let config: Record<string, unknown> = jekyllDefaults(source);
  const files: string[] = [];
  // The files merged on their own, as Jekyll validates them before its defaults go under them.
  let fromFiles: Record<string, unknown> = {};
  const explicit = options.configFiles && options.configFiles.length > 0;
  let list = explicit ? options.configFiles! : [];
  if (!explicit) {
    const found = ['_config.yml', '_config.yaml'].map((f) => path.join(source, f)).find((f) => fs.existsSync(f));
    list = found ? [found] : [];
  }
  for (const file of list) {
    const abs = path.resolve(file);
    if (!fs.existsSync(abs)) {
      if (explicit) throw new KilnError(`The configuration file '${file}' could not be found.`, { file });
      continue;
    }
    if (!/\.ya?ml$/i.test(abs)) throw new KilnError(`No parser for '${file}' is available. Use a .y(a)ml file instead.`, { file });
    const rel = path.relative(source, abs) || abs;
    const text = readSourceText(abs, rel.startsWith('..') ? abs : rel);
    const value = parseYaml(text, { file: rel.startsWith('..') ? abs : rel }) ?? {};
    if (!isPlainObject(value)) throw new KilnError(`Configuration file: (INVALID) ${file}`, { file });
    config = deepMerge(config, value);
    fromFiles = deepMerge(fromFiles, value);
    files.push(abs);
  }
  checkLists(fromFiles);
  if (options.overrides) config = deepMerge(config, options.overrides);
  config.source = source;
  // Jekyll expands `destination` from the working directory; the default is <source>/_site.
  config.destination = path.resolve(options.destination ?? String(config.destination));
  validate(config);
  config = addDefaultCollections(config);
  config.exclude = [...new Set([...(config.exclude as string[]), ...DEFAULT_EXCLUDES])];
  if (config.baseurl === undefined) config.baseurl = null;
  config = withThemeConfig(config, files);
  // PluginManager#require_theme_deps: the theme's runtime dependencies load as plugins (before the
  // site's own). kiln's plugin registry reads `plugins`, so they are listed there; unlike Jekyll,
  // `site.plugins` therefore shows them too.
  const fromTheme = themePlugins(config);
  if (fromTheme.length) config.plugins = [...new Set([...fromTheme, ...((config.plugins as unknown[]) ?? []).map(String)])];
  return { config: config as SiteConfig, files };
}

/**
 * Site#load_theme_configuration: the theme gem's `_config.yml` under the site's configuration
 * (the site wins; keys of Jekyll's defaults are never taken from the theme), unless
 * `ignore_theme_config: true`. A symlinked theme config is ignored. Throws when the theme is missing.
 */
function withThemeConfig(config: Record<string, unknown>, files: string[]): Record<string, unknown> {
  const { theme } = siteTheme(config);
  if (!theme || config.ignore_theme_config === true) return config;
  const file = path.join(theme.root, '_config.yml');
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return config;
  }
  if (stat.isSymbolicLink() || !stat.isFile()) return config;
  const themeConfig = parseYaml(readSourceText(file, file), { file });
  if (!isPlainObject(themeConfig)) return config;
  const defaults = jekyllDefaults('');
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(themeConfig)) if (!(k in defaults)) kept[k] = v;
  files.push(file);
  return deepMerge(kept, config);
}

function validate(config: Record<string, unknown>): void {
  checkLists(config);
  if (Number(config.limit_posts) < 0) throw new KilnError('limit_posts must be a non-negative number', { file: '_config.yml' });
  if (config.collections !== null && config.collections !== undefined && !isPlainObject(config.collections) && !Array.isArray(config.collections)) {
    throw new KilnError('Your `collections` key must be a hash or an array.', { file: '_config.yml' });
  }
}

function addDefaultCollections(config: Record<string, unknown>): Record<string, unknown> {
  let collections = config.collections;
  if (collections === null || collections === undefined) return config;
  if (Array.isArray(collections)) {
    collections = Object.fromEntries(collections.map((c) => [String(c), {}]));
  }
  const merged = deepMerge({ posts: {} }, collections as Record<string, unknown>);
  for (const [k, v] of Object.entries(merged)) if (!isPlainObject(v)) merged[k] = {};
  const posts = { ...(merged.posts as Record<string, unknown>) };
  posts.output = true;
  if (config.permalink && (posts.permalink === undefined || posts.permalink === null)) posts.permalink = styleToPermalink(config.permalink);
  merged.posts = posts;
  return { ...config, collections: merged };
}

/** Jekyll.set_timezone: ENV["TZ"] = timezone. Node re-reads TZ when it is assigned. */
export function applyTimezone(timezone: unknown): void {
  if (typeof timezone === 'string' && timezone !== '') process.env.TZ = timezone;
}

/** Ruby's `inspect` of a YAML value, as Jekyll's configuration errors print it. */
function inspectValue(value: unknown): string {
  return value === null || value === undefined ? 'nil' : JSON.stringify(value);
}

/**
 * Jekyll's check_include_exclude and check_plugins, on the configuration files before its defaults
 * go under them: a key left empty (`plugins:` with every item commented out) is nil and fails too.
 */
function checkLists(config: Record<string, unknown>): void {
  for (const key of ['include', 'exclude', 'plugins']) {
    if (key in config && !Array.isArray(config[key])) {
      throw new KilnError(`'${key}' should be set as an array, but was: ${inspectValue(config[key])}.`, { file: '_config.yml' });
    }
  }
}
