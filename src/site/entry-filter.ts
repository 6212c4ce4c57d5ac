// Jekyll's EntryFilter: which directory entries the reader sees. Dot-, underscore-, `#`- and
// `~`-prefixed names and backups (`x~`) are skipped unless `include`d; `exclude` patterns match as
// Ruby's File.fnmatch (no FNM_PATHNAME: `*` crosses `/`) or as a path prefix; under --safe,
// symlinks pointing outside the source are skipped.
import fs from 'node:fs';
import path from 'node:path';

const SPECIAL = /^[._#~]/;

export class EntryFilter {
  private readonly exclude: CompiledPatterns;
  private readonly include: CompiledPatterns;
  constructor(
    private readonly source: string,
    include: string[],
    exclude: string[],
    private readonly safe: boolean,
    /** Site-relative folder the entries are in (`''`, `fr`, `_posts`). */
    private readonly baseDirectory = '',
    /** Absolute folder the entries are relative to, for symlink checks (default source/baseDirectory). */
    private readonly entriesDir?: string,
  ) {
    const inc = include.map(String);
    this.include = compilePatterns(source, inc);
    this.exclude = compilePatterns(source, exclude.map(String).filter((p) => !inc.includes(p)));
  }

  /**
   * Keeps the entries Jekyll would read. Entries are relative to the base directory. `symlinks`,
   * when the caller knows them (directory listings do), spares an lstat per entry under --safe.
   */
  filter(entries: string[], symlinks?: Set<string>): string[] {
    return entries.filter((e) => {
      if (e.endsWith('.')) return false;
      const included = this.isIncluded(e);
      if (this.isExcluded(e) && !included) return false;
      if ((!symlinks || symlinks.has(e)) && this.isUnsafeSymlink(e)) return false;
      if (included) return true;
      return !(isSpecial(e) || e.endsWith('~'));
    });
  }

  isIncluded(entry: string): boolean {
    return globInclude(this.source, this.include, entry) || globInclude(this.source, this.include, path.posix.basename(entry));
  }

  isExcluded(entry: string): boolean {
    return globInclude(this.source, this.exclude, path.posix.join(this.baseDirectory, entry));
  }

  isUnsafeSymlink(entry: string): boolean {
    if (!this.safe) return false;
    const abs = path.join(this.entriesDir ?? path.join(this.source, this.baseDirectory), entry);
    let link: boolean;
    try {
      link = fs.lstatSync(abs).isSymbolicLink();
    } catch {
      return false;
    }
    if (!link) return false;
    try {
      return !fs.realpathSync(abs).startsWith(fs.realpathSync(this.source));
    } catch {
      return true;
    }
  }
}

export function isSpecial(entry: string): boolean {
  return SPECIAL.test(entry) || SPECIAL.test(path.posix.basename(entry));
}

interface CompiledPatterns {
  /** Each pattern joined to the source, as Jekyll compares them. */
  withSource: string[];
}

const compiledCache = new Map<string, CompiledPatterns>();

function compilePatterns(source: string, patterns: string[]): CompiledPatterns {
  const key = source + '\0' + patterns.join('\0');
  let hit = compiledCache.get(key);
  if (!hit) {
    hit = { withSource: patterns.map((p) => joinPath(source, p)) };
    compiledCache.set(key, hit);
  }
  return hit;
}

function globInclude(source: string, patterns: CompiledPatterns, entry: string): boolean {
  if (patterns.withSource.length === 0) return false;
  const entryWithSource = joinPath(source, entry);
  let isDir: boolean | undefined;
  for (const patternWithSource of patterns.withSource) {
    if (entryWithSource.startsWith(patternWithSource) || fnmatch(patternWithSource, entryWithSource)) return true;
    if (patternWithSource.endsWith('/')) {
      isDir ??= isDirectory(entryWithSource);
      if (isDir && patternWithSource === entryWithSource + '/') return true;
    }
  }
  return false;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Ruby's File.join: one separator between parts. */
function joinPath(a: string, b: string): string {
  if (b === '') return a;
  return a.replace(/\/+$/, '') + '/' + b.replace(/^\/+/, '');
}

const fnmatchCache = new Map<string, RegExp>();

/** File.fnmatch without flags: `*` and `?` match any character (slashes too), `[...]` classes. */
export function fnmatch(pattern: string, subject: string): boolean {
  // Without wildcards File.fnmatch is plain equality.
  if (!/[*?[\\]/.test(pattern)) return pattern === subject;
  let re = fnmatchCache.get(pattern);
  if (!re) {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '*') src += '.*';
      else if (c === '?') src += '.';
      else if (c === '[') {
        const close = pattern.indexOf(']', i + 1);
        if (close < 0) src += '\\[';
        else {
          let body = pattern.slice(i + 1, close);
          if (body.startsWith('!')) body = '^' + body.slice(1);
          src += '[' + body.replace(/\\/g, '\\\\') + ']';
          i = close;
        }
      } else if (c === '\\' && i + 1 < pattern.length) src += '\\' + pattern[++i];
      else src += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
    re = new RegExp('^' + src + '$', 's');
    fnmatchCache.set(pattern, re);
  }
  return re.test(subject);
}
