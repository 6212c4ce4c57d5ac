// Options of `kiln check`, with html-proofer 5's defaults, and how they are read from
// `kiln: check:` in `_config.yml` (snake_case or camelCase keys, html-proofer's names).

/** A pattern as html-proofer takes them: an exact string, or a regular expression. */
export type Pattern = string | RegExp;

export interface CheckOptions {
  /** html-proofer check names to run (default Links, Images, Scripts; also Favicon, OpenGraph). */
  checks: string[];
  /** Run html-validate on every page (default true). */
  validateHtml: boolean;
  /** Report the markup errors that would make links unreliable, such as a swallowed quote (default true). */
  checkMarkup: boolean;
  allowHashHref: boolean;
  allowMissingHref: boolean;
  assumeExtension: string;
  directoryIndexFiles: string[];
  extensions: string[];
  checkExternalHash: boolean;
  checkInternalHash: boolean;
  checkSri: boolean;
  disableExternal: boolean;
  enforceHttps: boolean;
  ignoreEmptyAlt: boolean;
  ignoreMissingAlt: boolean;
  ignoreEmptyMailto: boolean;
  ignoreFiles: Pattern[];
  ignoreUrls: Pattern[];
  ignoreStatusCodes: number[];
  only4xx: boolean;
  /** Ordered [regex, replacement] pairs applied to every URL (html-proofer's swap_urls). */
  swapUrls: [RegExp, string][];
  /** Element name → [old attribute, new attribute] pairs (html-proofer's swap_attributes). */
  swapAttributes: Record<string, [string, string][]>;
  /** Folder that absolute links (`/x`) resolve against; default the checked folder. */
  rootDir?: string;
  external: ExternalOptions;
  /** Where link and validation caches live (default `<cwd>/.kiln-cache`); null disables caching. */
  cacheDir: string | null;
  /** Where html-validate's configuration comes from (folder holding `.htmlvalidate.json`). */
  htmlValidateConfigDir?: string;
  /** Worker threads for a cold html-validate run, besides the main thread (default: cores − 2, 0 to 3; 0 = main thread only). */
  workers?: number;
  /**
   * Quote the start tag of failures found after the page pass (internal and external links),
   * which means reading their pages again; only `--format github` shows quotes (default true).
   */
  snippets?: boolean;
}

export interface ExternalOptions {
  /** Requests in flight overall. */
  concurrency: number;
  /** Requests in flight per host. */
  perHostConcurrency: number;
  /** Milliseconds before a request is abandoned. */
  timeoutMs: number;
  /** Retries after a 429/503 or a network error. */
  retries: number;
  /** First backoff delay; doubles each retry; Retry-After wins when given. */
  backoffMs: number;
  /** Longest wait honoured from a Retry-After header. */
  maxRetryAfterMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** How long a cached result is trusted, in ms (html-proofer's `timeframe`); 0 disables the cache. */
  cacheTtlMs: number;
  userAgent: string;
}

export const DEFAULT_CHECKS = ['Links', 'Images', 'Scripts'];

export function defaultOptions(): CheckOptions {
  return {
    checks: [...DEFAULT_CHECKS],
    validateHtml: true,
    checkMarkup: true,
    allowHashHref: true,
    allowMissingHref: false,
    assumeExtension: '.html',
    directoryIndexFiles: ['index.html'],
    extensions: ['.html'],
    checkExternalHash: true,
    checkInternalHash: true,
    checkSri: false,
    disableExternal: false,
    enforceHttps: true,
    ignoreEmptyAlt: true,
    ignoreMissingAlt: false,
    ignoreEmptyMailto: false,
    ignoreFiles: [],
    ignoreUrls: [],
    ignoreStatusCodes: [],
    only4xx: false,
    swapUrls: [],
    swapAttributes: {},
    external: {
      concurrency: 16,
      perHostConcurrency: 2,
      timeoutMs: 30_000,
      retries: 2,
      backoffMs: 1000,
      maxRetryAfterMs: 60_000,
      maxRedirects: 10,
      cacheTtlMs: 24 * 3600_000,
      userAgent: 'Mozilla/5.0 (compatible; kiln-check; +https://github.com/gjtorikian/html-proofer)',
    },
    cacheDir: null,
  };
}

/**
 * A Ruby regular expression (as written for html-proofer) as a JavaScript one: `\A`, `\z`,
 * `\Z` and `\h` have no JavaScript spelling; the rest of the common syntax is shared.
 */
export function rubyRegExp(source: string, flags = ''): RegExp {
  const js = source.replace(/\\(\\)|\\([AzZh])/g, (m, escaped: string | undefined, letter: string | undefined) => {
    if (escaped) return m;
    return { A: '^', z: '$', Z: '(?=\\n?$)', h: '[0-9a-fA-F]' }[letter as 'A' | 'z' | 'Z' | 'h'];
  });
  return new RegExp(js, flags);
}

/** A Ruby `gsub` replacement (`\\1`, `\\0`, `\\&`) as a JavaScript one (`$1`, `$&`). */
export function rubyReplacement(replacement: string): string {
  return replacement.replace(/\$/g, '$$$$').replace(/\\(\d|&)/g, (_, g: string) => (g === '0' || g === '&' ? '$&' : `$${g}`));
}

/** `/re/` → RegExp, anything else stays an exact string (html-proofer's `to_regex?`). */
export function toPattern(item: string): Pattern {
  return item.length >= 2 && item.startsWith('/') && item.endsWith('/') ? rubyRegExp(item.slice(1, -1)) : item;
}

/** A comma-separated list (html-proofer's CLI lists). */
export function splitList(value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : value.split(',');
}

/** `re:replacement,re:replacement` with `\:` for a literal colon (html-proofer's `--swap-urls`). */
export function parseSwapUrls(value: string): [RegExp, string][] {
  return splitList(value).map((pair) => {
    const at = pair.search(/(?<!\\):/);
    const re = (at < 0 ? pair : pair.slice(0, at)).replace(/\\:/g, ':');
    const to = (at < 0 ? '' : pair.slice(at + 1)).replace(/\\:/g, ':');
    return [rubyRegExp(re, 'g'), rubyReplacement(to)];
  });
}

/** `30d`, `12h`, `2w`, `1M` (html-proofer's cache timeframe) → milliseconds; a number is taken as ms. */
export function parseTimeframe(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+)([Mwdh])$/.exec(value.trim());
  if (!m) throw new Error(`${value} is not a valid timeframe (use e.g. 30d, 12h, 2w, 1M)`);
  const unit = { M: 2629746, w: 604800, d: 86400, h: 3600 }[m[2] as 'M' | 'w' | 'd' | 'h'];
  return Number(m[1]) * unit * 1000;
}

const camel = (key: string) => key.replace(/[-_]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Applies `kiln: check:` settings (html-proofer's option names, snake_case or camelCase) onto
 * `base`. Lists may be YAML arrays or comma-separated strings; patterns take `/re/` for regexes.
 */
export function applyConfig(base: CheckOptions, config: Record<string, unknown> | undefined): CheckOptions {
  if (!config) return base;
  const out: CheckOptions = { ...base, external: { ...base.external } };
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? splitList(v) : []);
  for (const [rawKey, value] of Object.entries(config)) {
    const key = camel(rawKey);
    switch (key) {
      case 'checks': out.checks = list(value); break;
      case 'ignoreFiles': out.ignoreFiles = list(value).map(toPattern); break;
      case 'ignoreUrls': out.ignoreUrls = list(value).map(toPattern); break;
      case 'ignoreStatusCodes': out.ignoreStatusCodes = list(value).map(Number); break;
      case 'swapUrls':
        out.swapUrls = value && typeof value === 'object' && !Array.isArray(value)
          ? Object.entries(value as Record<string, unknown>).map(([re, to]) => [rubyRegExp(re, 'g'), rubyReplacement(String(to))])
          : parseSwapUrls(list(value).join(','));
        break;
      case 'directoryIndexFile': out.directoryIndexFiles = [String(value)]; break;
      case 'directoryIndexFiles': out.directoryIndexFiles = list(value); break;
      case 'extensions': out.extensions = list(value); break;
      case 'assumeExtension': out.assumeExtension = String(value); break;
      case 'rootDir': out.rootDir = String(value); break;
      case 'cacheDir': out.cacheDir = value === null || value === false ? null : String(value); break;
      case 'htmlValidate': out.validateHtml = Boolean(value); break;
      case 'workers': out.workers = Number(value); break;
      case 'timeframe':
      case 'cacheTtl': out.external.cacheTtlMs = parseTimeframe(value as string | number); break;
      case 'validateHtml':
      case 'checkMarkup':
      case 'allowHashHref':
      case 'allowMissingHref':
      case 'checkExternalHash':
      case 'checkInternalHash':
      case 'checkSri':
      case 'disableExternal':
      case 'enforceHttps':
      case 'ignoreEmptyAlt':
      case 'ignoreMissingAlt':
      case 'ignoreEmptyMailto':
      case 'only4xx':
        (out as unknown as Record<string, unknown>)[key] = Boolean(value);
        break;
      case 'swapAttributes':
        out.swapAttributes = value as CheckOptions['swapAttributes'];
        break;
      case 'external':
        if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            const ek = camel(k) as keyof ExternalOptions;
            if (ek === 'cacheTtlMs') out.external.cacheTtlMs = parseTimeframe(v as string | number);
            else if (ek in out.external) (out.external as unknown as Record<string, unknown>)[ek] = v;
          }
        }
        break;
      default:
        break;
    }
  }
  return out;
}
