// Which paths the watcher must not react to: the destination (and the writer's staging siblings),
// caches, version control and dependencies, the site's own `exclude` entries, and the temporary,
// swap, backup and lock files editors create while saving (vim, emacs, JetBrains, gedit, Kate,
// VS Code/Chrome, sed -i).
import path from 'node:path';

const ALWAYS_IGNORED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '.kiln-cache', '.jekyll-cache', '.sass-cache', '.bundle']);
const ALWAYS_IGNORED_FILES = new Set(['.jekyll-metadata', '.DS_Store', 'Thumbs.db', '4913']);

/** A file an editor writes on the way to saving, never the saved file itself. */
export function isEditorArtifact(name: string): boolean {
  return (
    ALWAYS_IGNORED_FILES.has(name) ||
    /^\..*\.sw[a-px]$/.test(name) || // vim swap: .name.swp .swo … and its .swx probe
    /~$/.test(name) || // vim/emacs backups
    /^\.#/.test(name) || // emacs lock files
    /^#.*#$/.test(name) || // emacs auto-save
    /___jb_(tmp|old|bak)___$/.test(name) || // JetBrains safe write
    /^\.goutputstream-/.test(name) || // gedit / GIO
    /\.kate-swp$/.test(name) ||
    /\.crswap$/.test(name) || // Chrome File System Access
    /\.(tmp|temp|bak|orig|rej)$/i.test(name) ||
    /^sed[A-Za-z0-9]{6}$/.test(name) || // sed -i
    /\.tmp\.\d+(\.\d+)*$/.test(name) || // write-file-atomic and friends: name.tmp.<pid>
    /^\.~lock\..*#$/.test(name) // LibreOffice
  );
}

export interface IgnoreOptions {
  source: string;
  destination: string;
  /** The site's `exclude` list (paths relative to the source; simple `*` wildcards allowed). */
  exclude?: string[];
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A glob (`*`, `**`, `?`) as a regular expression over `/`-separated paths; a folder matches its contents. */
export function wildcard(pattern: string): RegExp {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*');
  return new RegExp(`^${re}(/.*)?$`);
}

/** A predicate telling the watcher which absolute paths to skip (directories are skipped whole). */
export function createIgnore(options: IgnoreOptions): (absPath: string) => boolean {
  const source = path.resolve(options.source);
  const destination = path.resolve(options.destination);
  const stagingPrefix = `.${path.basename(destination)}.kiln-`;
  const stagingDir = path.dirname(destination);
  const excludes = (options.exclude ?? [])
    .map((e) => String(e).replace(/^\.?\//, '').replace(/\/$/, ''))
    .filter((e) => e !== '' && e !== '.');
  const exactExcludes = excludes.filter((e) => !/[*?]/.test(e));
  const patternExcludes = excludes.filter((e) => /[*?]/.test(e)).map(wildcard);

  return (absPath: string): boolean => {
    const p = path.resolve(absPath);
    if (p === source) return false;
    if (inside(destination, p)) return true;
    if (path.dirname(p) === stagingDir && path.basename(p).startsWith(stagingPrefix)) return true;
    const name = path.basename(p);
    if (isEditorArtifact(name)) return true;
    if (!inside(source, p)) return false;
    const rel = path.relative(source, p).split(path.sep).join('/');
    const parts = rel.split('/');
    if (parts.some((part) => ALWAYS_IGNORED_DIRS.has(part))) return true;
    // Staging siblings of a destination inside the source, at any depth.
    if (parts.some((part) => part.startsWith(stagingPrefix))) return true;
    if (exactExcludes.some((e) => rel === e || rel.startsWith(e + '/'))) return true;
    if (patternExcludes.some((re) => re.test(rel))) return true;
    return false;
  };
}

const CONFIG_NAMES = new Set(['_config.yml', '_config.yaml', '_config.toml']);

/** Whether a change to `absPath` means the configuration (and so everything) may have changed. */
export function isConfigFile(absPath: string, source: string, configFiles?: string[]): boolean {
  const p = path.resolve(absPath);
  if (configFiles?.some((c) => path.resolve(source, c) === p)) return true;
  return path.dirname(p) === path.resolve(source) && CONFIG_NAMES.has(path.basename(p));
}
