// DNS-rebinding guard: a web page on some domain that resolves to 127.0.0.1 could otherwise read
// the preview (drafts, unpublished pages) from the user's own browser. Requests must name the
// server by an IP address, `localhost` (or a `*.localhost` name, which always resolves locally), or
// the host it was bound to — as Vite's `server.allowedHosts` does by default.
import net from 'node:net';

export function isAllowedHost(hostHeader: string | undefined, boundHost: string, extra: string[] = []): boolean {
  if (!hostHeader) return false;
  let name = hostHeader.trim().toLowerCase();
  if (name.startsWith('[')) {
    const end = name.indexOf(']');
    if (end < 0) return false;
    name = name.slice(1, end);
  } else {
    name = name.replace(/:\d*$/, '');
  }
  if (name === '') return false;
  if (net.isIP(name)) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  const bound = boundHost.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === bound) return true;
  return extra.some((h) => h.toLowerCase() === name || (h.startsWith('.') && name.endsWith(h.toLowerCase())));
}
