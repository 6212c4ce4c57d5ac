// Jekyll's gem-based themes (Jekyll::Theme): `theme: minima` in the config names a gem whose
// `_layouts`, `_includes`, `_sass`, `assets`, `_data` and `_config.yml` sit behind the site's own.
// This module finds the gem as RubyGems would (without Ruby: the gem paths' `specifications/` and
// `gems/` folders, highest version wins) and describes it; the reader, the config loader, the
// Sass converter and the include tag use what it returns.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KilnError } from '../util/errors.js';

export interface Theme {
  /** `config.theme`, downcased and stripped as Jekyll::Theme#initialize does. */
  name: string;
  version: string;
  /** The gem folder, symbolic links resolved (Theme#root). */
  root: string;
  /** The gemspec file it was found by (absent when only `gems/<name>-<version>/` exists). */
  specFile?: string;
  authors: string[];
  summary?: string;
  description?: string;
  metadata: Record<string, string>;
  /** Runtime dependencies by gem name (Jekyll requires them as plugins, `jekyll` excepted). */
  runtimeDependencies: string[];
  runtimeRequirements: Map<string, string>;
  includesPath?: string;
  layoutsPath?: string;
  sassPath?: string;
  assetsPath?: string;
  dataPath?: string;
}

export interface ThemeLookup {
  theme?: Theme;
  /** Jekyll's warning when `theme:` is not a string (the site builds without a theme). */
  warning?: string;
}

type Env = Record<string, string | undefined>;

const cache = new Map<string, ThemeLookup>();

/**
 * The site's theme (Site#configure_theme), memoised per source, name and gem environment.
 * Throws Jekyll's MissingDependencyException message when no installed gem has that name.
 */
export function siteTheme(config: Record<string, unknown>, env: Env = process.env): ThemeLookup {
  const value = config.theme;
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') {
    const cls = Array.isArray(value) ? 'Array' : typeof value === 'number' ? (Number.isInteger(value) ? 'Integer' : 'Float') : typeof value === 'boolean' ? (value ? 'TrueClass' : 'FalseClass') : 'Hash';
    return { warning: `Theme: value of 'theme' in config should be String to use gem-based themes, but got ${cls}` };
  }
  const source = String(config.source ?? process.cwd());
  const key = [source, value, env.GEM_PATH, env.GEM_HOME, env.BUNDLE_PATH, env.HOME].join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const name = value.toLowerCase().trim();
  const paths = gemPaths(source, env);
  const lookup = { theme: loadTheme(value, paths, lockedVersion(source, name), bundledGem(source, name, paths)) };
  cache.set(key, lookup);
  return lookup;
}

/** Forgets resolved themes (a rebuild after the config or the gem changed). */
export function clearThemeCache(): void {
  cache.clear();
}

/** Jekyll::Theme.new(name): the gem, its folders. */
export function loadTheme(rawName: string, paths: string[], locked?: string, bundled?: FoundGem): Theme {
  const name = rawName.toLowerCase().trim();
  // Under Bundler only the locked version is seen (a path or git gem from the Gemfile.lock first);
  // when the locked version is not installed, the highest one is used.
  const found = bundled ?? (locked !== undefined ? findGem(name, paths, locked) : undefined) ?? findGem(name, paths);
  if (!found) throw new KilnError(`The ${name} theme could not be found.`, { file: '_config.yml' });
  let root: string;
  try {
    root = fs.realpathSync(found.gemDir);
  } catch {
    throw new KilnError(`Path ${found.gemDir} does not exist, is not accessible or includes a symbolic link loop`, { file: '_config.yml' });
  }
  const spec = found.specFile ? parseGemspec(fs.readFileSync(found.specFile, 'utf8')) : undefined;
  const theme: Theme = {
    name,
    version: found.version,
    root,
    specFile: found.specFile,
    authors: spec?.authors ?? [],
    summary: spec?.summary,
    description: spec?.description,
    metadata: spec?.metadata ?? {},
    runtimeDependencies: spec?.runtimeDependencies ?? [],
    runtimeRequirements: spec?.runtimeRequirements ?? new Map(),
  };
  theme.includesPath = pathFor(root, '_includes');
  theme.layoutsPath = pathFor(root, '_layouts');
  theme.sassPath = pathFor(root, '_sass');
  theme.assetsPath = pathFor(root, 'assets');
  theme.dataPath = pathFor(root, '_data');
  return theme;
}

/** Theme#path_for: the folder with symlinks resolved, kept only if it stays inside the root. */
function pathFor(root: string, folder: string): string | undefined {
  try {
    const real = fs.realpathSync(path.join(root, folder));
    if (real !== root && !real.startsWith(root + path.sep)) return undefined;
    return fs.statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Gem.path as RubyGems builds it: the bundle (Bundler's `vendor/bundle`, BUNDLE_PATH) first, then
 * GEM_PATH's entries (the default folders only when GEM_PATH is unset or ends with `:`), then
 * GEM_HOME. Only folders that exist are returned.
 */
export function gemPaths(source: string, env: Env = process.env): string[] {
  const out: string[] = [];
  const home = env.HOME || os.homedir();
  const subdirs = (dir: string) => {
    try {
      return fs.readdirSync(dir).sort().reverse().map((d) => path.join(dir, d));
    } catch {
      return [];
    }
  };
  const bundlePath = env.BUNDLE_PATH || bundleConfigPath(source);
  if (bundlePath) out.push(...subdirs(path.join(path.resolve(source, bundlePath), 'ruby')));
  out.push(...subdirs(path.join(source, 'vendor/bundle/ruby')));
  const gemPath = env.GEM_PATH;
  if (gemPath !== undefined && gemPath !== '') {
    const entries = gemPath.split(path.delimiter);
    out.push(...entries.filter((e) => e !== ''));
    if (gemPath.endsWith(path.delimiter)) out.push(...defaultGemPaths(home, subdirs));
  } else {
    out.push(...defaultGemPaths(home, subdirs));
  }
  if (env.GEM_HOME) out.push(env.GEM_HOME);
  const seen = new Set<string>();
  return out.filter((p) => {
    if (seen.has(p)) return false;
    seen.add(p);
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
}

function defaultGemPaths(home: string, subdirs: (dir: string) => string[]): string[] {
  const multiarch = subdirs('/usr/lib').filter((d) => /-linux-gnu/.test(d));
  return [
    ...subdirs(path.join(home, '.local/share/gem/ruby')),
    ...subdirs(path.join(home, '.gem/ruby')),
    ...subdirs('/var/lib/gems'),
    ...subdirs('/usr/local/lib/ruby/gems'),
    ...subdirs('/usr/lib/ruby/gems'),
    ...multiarch.flatMap((d) => subdirs(path.join(d, 'ruby/gems'))),
    ...subdirs('/usr/share/rubygems-integration'),
    ...multiarch.flatMap((d) => subdirs(path.join(d, 'rubygems-integration'))),
    // macOS system and Homebrew Rubies, rbenv and rvm installs.
    ...subdirs('/Library/Ruby/Gems'),
    ...subdirs('/opt/homebrew/lib/ruby/gems'),
    ...subdirs(path.join(home, '.rbenv/versions')).flatMap((v) => subdirs(path.join(v, 'lib/ruby/gems'))),
    ...subdirs(path.join(home, '.rvm/gems')),
  ];
}

/** `BUNDLE_PATH` from the site's `.bundle/config` (what `bundle config set path` writes). */
function bundleConfigPath(source: string): string | undefined {
  try {
    const text = fs.readFileSync(path.join(source, '.bundle/config'), 'utf8');
    const m = /^BUNDLE_PATH:\s*"?([^"\n]+)"?\s*$/m.exec(text);
    return m?.[1];
  } catch {
    return undefined;
  }
}

/** The version of `name` a site's Gemfile.lock pins (`    minima (2.5.1)` under `specs:`). */
export function lockedVersion(source: string, name: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(source, 'Gemfile.lock'), 'utf8');
  } catch {
    return undefined;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const m = new RegExp(String.raw`^ {4}${escaped} \(([^)\s-]+)(?:-[^)]*)?\)$`, 'm').exec(text.replace(/\r\n/g, '\n'));
  return m?.[1];
}

/**
 * A theme the site's Gemfile.lock takes from a path (`PATH remote: ../my-theme`, relative to the
 * site) or a git checkout (`GIT remote: …/my-theme.git revision: <sha>`, which Bundler keeps in
 * `<gem path>/bundler/gems/<repository>-<sha[0,12]>`), with the gemspec found there.
 */
export function bundledGem(source: string, name: string, paths: string[]): FoundGem | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(source, 'Gemfile.lock'), 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
  for (const section of text.split(/\n(?=\S)/)) {
    const kind = section.slice(0, section.indexOf('\n'));
    if (kind !== 'PATH' && kind !== 'GIT') continue;
    const remote = /^ {2}remote: (.+)$/m.exec(section)?.[1]?.trim();
    const escaped = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    const version = new RegExp(String.raw`^ {4}${escaped} \(([^)\s-]+)[^)]*\)$`, 'm').exec(section)?.[1];
    if (!remote || !version) continue;
    let dirs: string[];
    if (kind === 'PATH') {
      dirs = [path.resolve(source, remote)];
    } else {
      const revision = /^ {2}revision: ([0-9a-f]+)$/m.exec(section)?.[1];
      if (!revision) continue;
      const base = path.basename(remote.replace(/^(\w+:\/\/)?([^/:]+:)?(\/\/\w*\/)?(\w*\/)*/, ''), '.git');
      dirs = paths.map((p) => path.join(p, 'bundler/gems', `${base}-${revision.slice(0, 12)}`));
    }
    for (const dir of dirs) {
      // The gem may sit at the root of the path or repository, or in a folder named after it.
      for (const gemDir of [dir, path.join(dir, name)]) {
        const specFile = path.join(gemDir, `${name}.gemspec`);
        if (fs.existsSync(specFile)) return { version, gemDir, specFile };
      }
    }
  }
  return undefined;
}

interface FoundGem {
  version: string;
  gemDir: string;
  specFile?: string;
}

/** Gem::Specification.find_by_name: the highest version in any gem path; the first path wins a tie. */
export function findGem(name: string, paths: string[], onlyVersion?: string): FoundGem | undefined {
  let best: FoundGem | undefined;
  const versionOf = (entry: string, suffix: string): string | undefined => {
    if (!entry.startsWith(name + '-') || !entry.endsWith(suffix)) return undefined;
    const rest = entry.slice(name.length + 1, entry.length - suffix.length);
    // `<version>` or `<version>-<platform>`; versions start with a digit.
    const m = /^(\d[0-9A-Za-z.]*)(?:-[\w.-]+)?$/.exec(rest);
    return m?.[1];
  };
  const consider = (candidate: FoundGem) => {
    if (onlyVersion !== undefined && candidate.version !== onlyVersion) return;
    if (!best || compareVersions(candidate.version, best.version) > 0) best = candidate;
  };
  for (const base of paths) {
    const seen = new Set<string>();
    for (const entry of list(path.join(base, 'specifications'))) {
      const version = versionOf(entry, '.gemspec');
      if (!version) continue;
      const full = entry.slice(0, -'.gemspec'.length);
      seen.add(full);
      consider({ version, gemDir: path.join(base, 'gems', full), specFile: path.join(base, 'specifications', entry) });
    }
    for (const entry of list(path.join(base, 'gems'))) {
      const version = versionOf(entry, '');
      if (!version || seen.has(entry)) continue;
      consider({ version, gemDir: path.join(base, 'gems', entry) });
    }
  }
  return best;
}

function list(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Gem::Version#<=>: numeric segments by value, a letter segment (prerelease) before any number. */
export function compareVersions(a: string, b: string): number {
  const seg = (v: string) => (v.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d/.test(s) ? Number(s) : s));
  const x = seg(a);
  const y = seg(b);
  // Trailing zeros do not count (1.0 == 1).
  while (x.length && x[x.length - 1] === 0) x.pop();
  while (y.length && y[y.length - 1] === 0) y.pop();
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? 0;
    const q = y[i] ?? 0;
    if (p === q) continue;
    if (typeof p === 'string' && typeof q === 'number') return -1;
    if (typeof p === 'number' && typeof q === 'string') return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

export interface GemspecInfo {
  name?: string;
  version?: string;
  authors: string[];
  summary?: string;
  description?: string;
  metadata: Record<string, string>;
  runtimeDependencies: string[];
  /** Requirement text by dependency (`'>= 3.5, < 5.0'`), as Gem::Dependency#to_s shows it. */
  runtimeRequirements: Map<string, string>;
}

/**
 * The fields Jekyll's ThemeDrop shows, read from an installed gemspec (the Ruby file RubyGems
 * writes under `specifications/`: `s.name = "minima".freeze`, `s.add_runtime_dependency(%q<x>…)`).
 */
export function parseGemspec(text: string): GemspecInfo {
  const str = (field: string) => {
    const m = new RegExp(String.raw`\.${field}\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')`).exec(text);
    return m ? unescapeRuby(m[1] ?? m[2] ?? '') : undefined;
  };
  const strings = (body: string) => [...body.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => unescapeRuby(m[1] ?? m[2] ?? ''));
  const authors = /\.authors\s*=\s*\[([^\]]*)\]/.exec(text);
  const metadata: Record<string, string> = {};
  const meta = /\.metadata\s*=\s*\{([^}]*)\}/.exec(text);
  if (meta) for (const m of meta[1]!.matchAll(/"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)"/g)) metadata[unescapeRuby(m[1]!)] = unescapeRuby(m[2]!);
  // Installed stubs: `s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])`; source
  // gemspecs (Bundler path/git gems): `s.add_runtime_dependency "jekyll", "> 3.5", "< 5.0"`.
  // → ['jekyll', '>= 3.5, < 5.0'].
  const deps = (method: string) =>
    [...text.matchAll(new RegExp(String.raw`\.${method}(?:\(\s*|[ \t]+)(?:%q<([^>]+)>|"([^"]+)"|'([^']+)')(?:\.freeze)?([^\n]*)`, 'g'))].map((m) => {
      const rest = m[4] ?? '';
      const reqs = strings(rest.replace(/\)\s*$/, '')).filter((r) => /^\s*(?:[<>=!~]+\s*)?\d/.test(r));
      return [m[1] ?? m[2] ?? m[3]!, reqs.length ? reqs.join(', ') : '>= 0'] as const;
    });
  let runtimeDeps = deps('add_runtime_dependency');
  if (runtimeDeps.length === 0) {
    const development = new Set(deps('add_development_dependency').map(([n]) => n));
    runtimeDeps = deps('add_dependency').filter(([n]) => !development.has(n));
  }
  const requirements = new Map<string, string>();
  for (const [n, r] of runtimeDeps) if (!requirements.has(n)) requirements.set(n, r);
  const runtime = [...requirements.keys()];
  return {
    name: str('name'),
    version: str('version'),
    authors: authors ? strings(authors[1]!) : [],
    summary: str('summary'),
    description: str('description'),
    metadata,
    runtimeDependencies: runtime,
    runtimeRequirements: requirements,
  };
}

function unescapeRuby(s: string): string {
  return s.replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|n|t|"|'|\\)/g, (_, e: string, braced?: string, four?: string) => {
    if (braced || four) return String.fromCodePoint(parseInt((braced ?? four)!, 16));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e;
  });
}

/**
 * The plugins a theme brings (PluginManager#require_theme_deps): its runtime dependencies but
 * `jekyll`, each only where plugins are allowed (not under --safe unless whitelisted).
 */
export function themePlugins(config: Record<string, unknown>): string[] {
  let theme: Theme | undefined;
  try {
    theme = siteTheme(config).theme;
  } catch {
    return [];
  }
  if (!theme) return [];
  const whitelist = (Array.isArray(config.whitelist) ? config.whitelist : [config.whitelist]).map(String);
  return theme.runtimeDependencies.filter((d) => d !== 'jekyll' && (!config.safe || whitelist.includes(d)));
}

/** Site#includes_load_paths: the site's `includes_dir`, then the theme's `_includes`. */
export function includesLoadPaths(config: Record<string, unknown>): string[] {
  const dirs = [path.join(String(config.source), String(config.includes_dir ?? '_includes'))];
  const theme = siteTheme(config).theme;
  if (theme?.includesPath) dirs.push(theme.includesPath);
  return dirs;
}

/**
 * Jekyll's ThemeDrop (the top-level `theme` Liquid variable, nil without a theme), keys in the
 * order its jsonify shows them. `dependencies` are Gem::Dependency#to_s strings (Jekyll itself
 * cannot print them: Gem::Dependency has no to_liquid).
 */
export function themeDrop(config: Record<string, unknown>): Record<string, unknown> | null {
  const theme = siteTheme(config).theme;
  if (!theme) return null;
  return {
    version: theme.version,
    metadata: { ...theme.metadata },
    root: theme.root,
    dependencies: theme.runtimeDependencies.map((d) => `${d} (${theme.runtimeRequirements.get(d) ?? '>= 0'})`),
    authors: theme.authors.join(', '),
    description: theme.description ?? theme.summary ?? null,
  };
}
