// URI parsing as Addressable (the Ruby gem html-proofer uses) does it: RFC 3986's regular
// expression, then Addressable's validation, so "is an invalid URL" fires on the same inputs.
// Also the light normalisation html-proofer applies to URLs that have a scheme, and RFC 3986
// reference resolution for `<base href>`.

export interface UriParts {
  scheme?: string;
  /** Present (maybe empty) when the URI has `//`. */
  authority?: string;
  userinfo?: string;
  host?: string;
  port?: string;
  path: string;
  query?: string;
  fragment?: string;
}

// Ruby's `^`/`$` are line anchors and its `.` stops at a newline: the `m` flag gives the same.
const URI_RE = /^(([^:/?#]+):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$/m;
const IP_BASED = new Set(['http', 'https', 'ftp', 'tftp', 'sftp', 'ssh', 'svn+ssh', 'telnet', 'nntp', 'gopher', 'wais', 'ldap', 'prospero']);

/** Splits `uri` into its parts, or returns null where Addressable raises InvalidURIError. */
export function parseUri(uri: string): UriParts | null {
  const m = URI_RE.exec(uri);
  if (!m || m.index !== 0) return null;
  const parts: UriParts = { path: m[5] ?? '' };
  if (m[2] !== undefined) parts.scheme = m[2];
  if (m[3] !== undefined) {
    const authority = m[4];
    parts.authority = authority;
    const userinfo = /^([^[\]]*)@/.exec(authority)?.[1];
    if (userinfo !== undefined) parts.userinfo = userinfo;
    parts.host = authority.replace(/^([^[\]]*)@/, '').replace(/:([^:@[\]]*?)$/, '');
    const port = /:([^:@[\]]*?)$/.exec(authority)?.[1];
    if (port) parts.port = port;
  }
  if (m[6] !== undefined) parts.query = m[7];
  if (m[8] !== undefined) parts.fragment = m[9];
  // Addressable's validations.
  if (parts.scheme !== undefined && !/^[a-z][a-z0-9.+-]*$/i.test(parts.scheme)) return null;
  if (parts.port !== undefined && !/^\d+$/.test(safeDecode(parts.port))) return null;
  if (parts.scheme !== undefined && IP_BASED.has(parts.scheme.toLowerCase()) && !parts.host && !parts.path) return null;
  if (parts.host === undefined && (parts.port !== undefined || parts.userinfo !== undefined)) return null;
  if (parts.path && !parts.path.startsWith('/') && parts.authority !== undefined) return null;
  if (parts.path.startsWith('//') && parts.authority === undefined) return null;
  if (parts.host !== undefined && /[<>{}/\\?#@"\s]/.test(parts.host)) return null;
  return parts;
}

export function formatUri(p: UriParts): string {
  let s = '';
  if (p.scheme !== undefined) s += p.scheme + ':';
  if (p.authority !== undefined) s += '//' + p.authority;
  s += p.path;
  if (p.query !== undefined) s += '?' + p.query;
  if (p.fragment !== undefined) s += '#' + p.fragment;
  return s;
}

/** Percent-decoding that never throws: valid UTF-8 runs decode, anything else stays as is. */
export function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
    const text = bytes.toString('utf8');
    return text.includes('\uFFFD') ? run : text;
  });
}

const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443', ftp: '21' };

/** Encodes what Addressable's normalisation encodes: characters not allowed in the component. */
function encodeComponent(s: string, allowed: RegExp, allAllowed: RegExp): string {
  if (allAllowed.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (allowed.test(ch)) out += ch;
    else out += Buffer.from(ch, 'utf8').toString('hex').replace(/(..)/g, '%$1').toUpperCase();
  }
  return out;
}
const PATH_OK = /[A-Za-z0-9\-._~!$&'()*+,;=:@/%]/;
const QUERY_OK = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/;
const PATH_ALL_OK = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;
const QUERY_ALL_OK = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;

const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

/** Removes `.` and `..` segments (RFC 3986 §5.2.4). */
export function removeDotSegments(path: string): string {
  if (!DOT_SEGMENT.test(path)) return path;
  const out: string[] = [];
  const segments = path.split('/');
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === '.') { if (i === segments.length - 1) out.push(''); continue; }
    if (seg === '..') {
      if (out.length > 1 || (out.length === 1 && out[0] !== '')) out.pop();
      if (i === segments.length - 1) out.push('');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

/**
 * html-proofer's `clean_url!`: URLs with a scheme are normalised (lower-case scheme and host, no
 * default port, dot segments removed, unsafe characters percent-encoded); a trailing slash is kept
 * exactly as written. Unparseable URLs are returned unchanged (reported later as invalid).
 */
export function cleanUrl(url: string): string {
  return cleanAndParse(url).url;
}

/** `cleanUrl`, also returning the cleaned URL's parts (null when it does not parse). */
export function cleanAndParse(url: string): { url: string; parts: UriParts | null } {
  const parts = parseUri(url);
  if (!parts || parts.scheme === undefined) return { url, parts };
  const cleaned = normalise(url, parts as UriParts & { scheme: string });
  return { url: cleaned, parts: cleaned === url ? parts : parseUri(cleaned) };
}

function normalise(url: string, parts: UriParts & { scheme: string }): string {
  const scheme = parts.scheme.toLowerCase();
  const n: UriParts = { ...parts, scheme };
  if (parts.authority !== undefined) {
    const host = (parts.host ?? '').toLowerCase();
    const port = parts.port && parts.port !== DEFAULT_PORT[scheme] ? ':' + parts.port : '';
    n.authority = (parts.userinfo !== undefined ? parts.userinfo + '@' : '') + host + port;
    n.path = encodeComponent(removeDotSegments(parts.path), PATH_OK, PATH_ALL_OK);
    if (n.path === '' && IP_BASED.has(scheme)) n.path = '/';
  } else {
    n.path = encodeComponent(parts.path, PATH_OK, PATH_ALL_OK);
  }
  if (n.query !== undefined) n.query = encodeComponent(n.query, QUERY_OK, QUERY_ALL_OK);
  if (n.fragment !== undefined) n.fragment = encodeComponent(n.fragment, QUERY_OK, QUERY_ALL_OK);
  const normal = formatUri(n);
  if (url.endsWith('/') && !normal.endsWith('/')) return normal + '/';
  if (!url.endsWith('/') && normal.endsWith('/')) return normal.slice(0, -1);
  return normal;
}

/** RFC 3986 §5.2 reference resolution (Addressable::URI.join(base, ref)). */
export function joinUri(base: string, ref: string): string {
  const b = parseUri(base);
  const r = parseUri(ref);
  if (!b || !r) return ref;
  const t: UriParts = { path: '' };
  if (r.scheme !== undefined) return formatUri({ ...r, path: removeDotSegments(r.path) });
  if (r.authority !== undefined) {
    Object.assign(t, r, { scheme: b.scheme, path: removeDotSegments(r.path) });
    return formatUri(t);
  }
  t.scheme = b.scheme;
  t.authority = b.authority;
  t.fragment = r.fragment;
  if (r.path === '') {
    t.path = b.path;
    t.query = r.query !== undefined ? r.query : b.query;
  } else {
    if (r.path.startsWith('/')) t.path = removeDotSegments(r.path);
    else {
      const merged = b.authority !== undefined && b.path === '' ? '/' + r.path : b.path.slice(0, b.path.lastIndexOf('/') + 1) + r.path;
      t.path = removeDotSegments(merged);
    }
    t.query = r.query;
  }
  return formatUri(t);
}
