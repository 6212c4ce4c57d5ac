// Turns the path of a request URL into safe, decoded path segments, or says why it cannot.
// Every refusal happens here, before the file system is touched: `..` and `.` segments (raw or
// percent-encoded, at any depth of the URL), encoded slashes (`%2f`), backslashes (raw or `%5c`),
// NUL bytes, malformed percent-encoding and drive letters. Decoding happens exactly once, so
// `%252e%252e` stays the literal name `%2e%2e` and cannot become `..` later.

export type ParsedPath =
  | { ok: true; segments: string[]; trailingSlash: boolean }
  | { ok: false; reason: 'malformed' | 'traversal' };

export function parseUrlPath(rawUrl: string): ParsedPath {
  let raw = rawUrl;
  const q = raw.search(/[?#]/);
  if (q >= 0) raw = raw.slice(0, q);
  // Absolute-form request targets (`GET http://host/path`) carry the path after the authority.
  const abs = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(raw);
  if (abs) raw = raw.slice(abs[0].length) || '/';
  if (!raw.startsWith('/')) return { ok: false, reason: 'malformed' };
  if (raw.includes('\\')) return { ok: false, reason: 'traversal' };

  const parts = raw.split('/').slice(1);
  const trailingSlash = parts.length > 0 && parts[parts.length - 1] === '';
  const segments: string[] = [];
  for (const part of parts) {
    if (part === '') continue; // `//` collapses, as every static server does
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (decoded.includes('\0')) return { ok: false, reason: 'malformed' };
    if (decoded.includes('/') || decoded.includes('\\')) return { ok: false, reason: 'traversal' };
    if (decoded === '..' || decoded === '.') return { ok: false, reason: 'traversal' };
    if (segments.length === 0 && /^[a-zA-Z]:/.test(decoded)) return { ok: false, reason: 'traversal' };
    segments.push(decoded);
  }
  return { ok: true, segments, trailingSlash };
}

/** `segments` with the baseurl's segments removed, or null when the path is outside the baseurl. */
export function stripBaseurl(segments: string[], baseSegments: string[]): string[] | null {
  if (baseSegments.length > segments.length) return null;
  for (let i = 0; i < baseSegments.length; i++) if (segments[i] !== baseSegments[i]) return null;
  return segments.slice(baseSegments.length);
}

/** `/blog/` → ['blog']; '' and '/' → []. */
export function baseurlSegments(baseurl: string | undefined): string[] {
  return (baseurl ?? '').split('/').filter(Boolean);
}

/** The URL path for decoded segments, each percent-encoded again. */
export function encodeSegments(segments: string[], trailingSlash = false): string {
  const p = '/' + segments.map((s) => encodeURIComponent(s)).join('/');
  return trailingSlash && segments.length ? p + '/' : p;
}
