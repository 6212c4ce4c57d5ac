// Image URLs: resolves an `<img src>` written in a page to the site path of the file it points to
// (absolute, root-relative or relative, with baseurl), and names the variants next to it.

export interface UrlContext {
  /** The page's path in the destination, `/`-separated, e.g. `fr/communaute.html`. */
  pagePath: string;
  /** Site baseurl, e.g. `/docs` or `` (normalised: leading slash, no trailing slash). */
  baseurl: string;
  /** Site `url` (scheme and host), to recognise absolute links to the site itself. */
  siteUrl?: string;
}

const ORIGIN = 'http://kiln.invalid';

/** `/docs/` → `/docs`, `docs` → `/docs`, `/` or empty → ``. */
export function normaliseBaseurl(baseurl: unknown): string {
  if (typeof baseurl !== 'string') return '';
  const trimmed = baseurl.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * The destination-relative path (no leading slash, percent-decoded) that `src` designates when
 * written in the page `ctx.pagePath`, or undefined when it points elsewhere (another host, data:…).
 */
export function resolveImageSrc(src: string, ctx: UrlContext): string | undefined {
  const value = src.trim();
  if (value === '' || /^(data|blob|javascript|about|mailto):/i.test(value)) return undefined;
  const pageUrl = `${ORIGIN}${ctx.baseurl}/${ctx.pagePath.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN) {
    if (!ctx.siteUrl) return undefined;
    let site: URL;
    try {
      site = new URL(ctx.siteUrl);
    } catch {
      return undefined;
    }
    if (url.host !== site.host || !/^https?:$/.test(url.protocol)) return undefined;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (ctx.baseurl) {
    if (!pathname.startsWith(ctx.baseurl + '/')) return undefined;
    pathname = pathname.slice(ctx.baseurl.length);
  }
  const rel = pathname.replace(/^\/+/, '');
  return rel === '' ? undefined : rel;
}

/** `public/x/logo.jpg`, 480, `avif` → `public/x/logo-480.avif`. */
export function variantPath(relPath: string, width: number, ext: string): string {
  const slash = relPath.lastIndexOf('/');
  const dir = relPath.slice(0, slash + 1);
  const file = relPath.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  return `${dir}${stem}-${width}.${ext}`;
}

/**
 * The URL of a variant written the way the page wrote the original: same folder part (relative,
 * root-relative or absolute), the file name's stem with `-<width>.<ext>`, query and fragment dropped.
 */
export function variantUrl(src: string, width: number, ext: string): string {
  const value = src.trim();
  const cut = value.search(/[?#]/);
  const bare = cut < 0 ? value : value.slice(0, cut);
  const slash = bare.lastIndexOf('/');
  const dir = bare.slice(0, slash + 1);
  const file = bare.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  // srcset separates candidates with spaces and commas: keep them out of the URL.
  return `${dir}${stem}-${width}.${ext}`.replace(/ /g, '%20').replace(/,/g, '%2C');
}
