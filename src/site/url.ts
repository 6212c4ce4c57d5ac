// Jekyll::URL: fills a permalink template from placeholders, escapes the values as Addressable
// does, sanitizes (`..`, `./`, repeated slashes) and maps a URL to its output path.
import { KilnError } from '../util/errors.js';

/** Jekyll's URL.escape_path: values outside [a-zA-Z0-9./-] are percent-encoded as Addressable does. */
export function escapePath(value: string): string {
  if (value === '' || /^[a-zA-Z0-9./-]+$/.test(value)) return value;
  let out = '';
  for (const ch of value) {
    if (/[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]/.test(ch)) out += ch;
    else out += [...Buffer.from(ch, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
  }
  return out.replace('#', '%23');
}

/** Jekyll's URL.unescape_path. */
export function unescapePath(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function sanitizeUrl(str: string): string {
  return ('/' + str).replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');
}

/**
 * Pages and static files: the placeholders are a hash replaced in order (`:path`, `:basename`,
 * `:output_ext`); a nil value removes `/:key`. Unknown `:words` stay as they are.
 */
export function urlFromHash(template: string, placeholders: [string, string | null][]): string {
  let result = template;
  for (const [key, value] of placeholders) {
    if (!result.includes(':')) break;
    if (value === null) result = result.replaceAll('/:' + key, '');
    else result = result.replaceAll(':' + key, escapePath(value));
  }
  return sanitizeUrl(result);
}

/** Documents: every `:name` must be a known placeholder (`:name_` falls back to `:name`). */
export function urlFromPlaceholders(template: string, lookup: (key: string) => string | null | undefined, file: string): string {
  const result = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name];
    for (const key of pool) {
      const value = lookup(key);
      if (value !== undefined) return match.replace(':' + key, escapePath(value ?? ''));
    }
    throw new KilnError(`The URL template doesn't have ${pool.join(' or ')} keys. Check your permalink template!`, { file });
  });
  return sanitizeUrl(result);
}

/** Where a URL is written under the destination (relative, posix). Documents add index.html to `/`. */
export function outputPathForUrl(url: string, outputExt: string, kind: 'page' | 'document'): string {
  let p = unescapePath(url);
  if (p.endsWith('/')) p += kind === 'page' ? 'index' : 'index.html';
  if (kind === 'page' || !url.endsWith('/')) {
    if (!p.endsWith(outputExt)) p += outputExt;
  }
  return p.replace(/^\/+/, '');
}
