// The few Ruby String/File behaviours jekyll-paginate-v2 leans on, written out so its URLs and
// titles come out as the gem's do: String#split with a regexp (trailing empty fields dropped),
// String#sub with a string replacement (first match, backslash escapes), File.join (one slash at
// each junction), and the gem's Utils path helpers.

/** String#split(regexp): every field, then the trailing empty ones removed ("".split → []). */
export function rubySplit(text: string, separator: RegExp): string[] {
  const fields = text.split(separator);
  while (fields.length && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/**
 * String#sub(pattern, replacement) for a literal pattern: the first occurrence only; in the
 * replacement `\\0`/`\\&` stand for the match, `\\\\` for a backslash, other group references
 * (none exist for a literal) for nothing.
 */
export function rubySub(text: string, pattern: string, replacement: string): string {
  const at = text.indexOf(pattern);
  if (at < 0) return text;
  const value = replacement.replace(/\\(\\|&|0|\d|k<[^>]*>|`|')/g, (_, what: string) => {
    if (what === '\\') return '\\';
    if (what === '&' || what === '0') return pattern;
    if (what === '`') return text.slice(0, at);
    if (what === "'") return text.slice(at + pattern.length);
    return '';
  });
  return text.slice(0, at) + value + text.slice(at + pattern.length);
}

/** File.join(a, b): one slash between the parts (a's trailing and b's leading ones collapse). */
export function fileJoin(a: string, b: string): string {
  if (a.endsWith('/')) return a + b.replace(/^\/+/, '');
  if (b.startsWith('/')) return a + b;
  return `${a}/${b}`;
}

export function ensureLeadingDot(p: string): string {
  return p.startsWith('.') ? p : `.${p}`;
}

export function ensureTrailingSlash(p: string): string {
  return p.endsWith('/') ? p : `${p}/`;
}

/** Utils.format_page_number: `:num` (first one) and, when a total is given, `:max`. */
export function formatPageNumber(format: string, pageNumber: number, totalPages?: number): string {
  const s = rubySub(format, ':num', String(pageNumber));
  return totalPages === undefined ? s : rubySub(s, ':max', String(totalPages));
}

/** Utils.format_page_title: `:title`, then `:num` and `:max`. */
export function formatPageTitle(format: string, title: string, pageNumber: number, totalPages: number): string {
  return formatPageNumber(rubySub(format, ':title', title), pageNumber, totalPages);
}

/** Utils.ensure_full_path: a folder URL gets the index file, a URL without any dot the index name. */
export function ensureFullPath(url: string, indexName: string, ext: string): string {
  if (url.endsWith('/')) return url + indexName + ext;
  if (!url.includes('.')) return url + indexName;
  return url;
}
