// html-proofer's external URL validator: each distinct URL is requested once (HEAD, or GET when
// its fragment must be checked; GET again when HEAD is refused), with concurrency limits overall
// and per host, a timeout, retries on 429/503, and the results cache. Messages are html-proofer's.
import { collectAnchors } from '../dom/page.js';
import type { CheckOptions } from '../options.js';
import { HostLimiter } from './limiter.js';
import { LinkCache } from './cache.js';
import { request, type HttpOutcome } from './request.js';
import { parseUri, safeDecode } from '../links/uri.js';

export interface ExternalReference {
  file: string;
  line?: number;
  column?: number;
  /** Offset of the element's start tag in its page. */
  offset?: number;
}

export interface ExternalFailure {
  url: string;
  message: string;
  status: number;
  refs: ExternalReference[];
}

export interface ExternalResult {
  failures: ExternalFailure[];
  checked: number;
  fromCache: number;
}

export async function validateExternal(
  urls: Map<string, ExternalReference[]>,
  options: CheckOptions,
  cacheFile: string | null,
): Promise<ExternalResult> {
  const cache = new LinkCache(cacheFile, options.external.cacheTtlMs);
  const limiter = new HostLimiter(options.external.concurrency, options.external.perHostConcurrency);
  const failures: ExternalFailure[] = [];
  const seenQueries = new Map<string, Set<string>>();
  let fromCache = 0;
  const jobs: Promise<void>[] = [];
  // One request per page and method, however many fragments of it the site links to.
  const responses = new Map<string, Promise<HttpOutcome>>();
  const fetchShared: Fetch = (target, method, wantBody) => {
    const key = `${method} ${target}`;
    let pending = responses.get(key);
    if (!pending) {
      pending = request(target, method, options.external, wantBody);
      responses.set(key, pending);
    }
    return pending;
  };

  // Sorted, as html-proofer does, so requests to one host come together.
  for (const url of [...urls.keys()].sort()) {
    const refs = urls.get(url)!;
    const parts = parseUri(url);
    if (!parts || !parts.host) {
      failures.push({ url, message: `${url} is an invalid URL`, status: 0, refs });
      continue;
    }
    // html-proofer checks one URL per path and set of query keys (`?page=1`, `?page=2`: once).
    if (parts.query !== undefined) {
      const keys = [...new Set(new URLSearchParams(parts.query).keys())].join('-');
      const domainPath = parts.host + safeDecode(parts.path);
      const seen = seenQueries.get(domainPath) ?? new Set<string>();
      seenQueries.set(domainPath, seen);
      if (seen.has(keys)) continue;
      seen.add(keys);
    }
    if (cache.fresh(url)) {
      fromCache++;
      continue;
    }
    const fail = (message: string, status: number) => failures.push({ url, message, status, refs });
    jobs.push(limiter.run(parts.host.toLowerCase(), () => checkOne(url, parts.fragment, options, cache, fail, fetchShared)));
  }
  await Promise.all(jobs);
  cache.save();
  return { failures, checked: urls.size, fromCache };
}

type Fetch = (target: string, method: 'HEAD' | 'GET', wantBody: boolean) => Promise<HttpOutcome>;

async function checkOne(
  url: string,
  fragment: string | undefined,
  options: CheckOptions,
  cache: LinkCache,
  fail: (message: string, status: number) => void,
  fetchShared: Fetch,
): Promise<void> {
  const wantHash = options.checkExternalHash && !!fragment;
  const target = fragment !== undefined ? url.slice(0, url.indexOf('#')) : url;
  // GETs always keep the body of a successful answer, so any fragment of the page can be checked.
  let outcome: HttpOutcome = await fetchShared(target, wantHash ? 'GET' : 'HEAD', true);
  // Some servers refuse HEAD: ask again with GET, as html-proofer does.
  if (outcome.kind === 'response' && !ok(outcome.status) && !wantHash) outcome = await fetchShared(target, 'GET', true);
  const status = outcome.status;
  if (options.ignoreStatusCodes.includes(status)) return;

  if (outcome.kind === 'response' && ok(status)) {
    // A fragment is checked in HTML/XML answers only (a PDF's #page=2 is taken on trust).
    if (wantHash && !options.only4xx && outcome.body !== undefined && !hashFound(url, fragment!, outcome.body)) {
      const msg = `External link ${url} failed: ${url.slice(0, url.indexOf('#'))} exists, but the hash '${fragment}' does not`;
      fail(msg, status);
      cache.set(url, { found: false, status, message: msg });
      return;
    }
    cache.set(url, { found: true, status, message: 'OK' });
    return;
  }
  if (outcome.kind === 'timeout') {
    const msg = `External link ${url} failed: got a time out (response code 0)`;
    cache.set(url, { found: false, status: 0, message: msg });
    if (!options.only4xx) fail(msg, 0);
    return;
  }
  if (outcome.kind === 'error') {
    const msg = [
      `External link ${url} failed with something very wrong.`,
      "It's possible the client couldn't connect to the server, or perhaps the request timed out.",
      'Sometimes, making too many requests at once also breaks things.',
      ...(outcome.error ? [`Either way, the return message from the server is: ${outcome.error}`] : []),
    ].join('\n');
    cache.set(url, { found: false, status: 0, message: msg });
    if (!options.only4xx) fail(msg, 0);
    return;
  }
  if (options.only4xx && !(status >= 400 && status <= 499)) return;
  const msg = `External link ${url} failed${outcome.statusText ? `: ${outcome.statusText}` : ''}`;
  fail(msg, status);
  cache.set(url, { found: false, status, message: msg });
}

const ok = (status: number) => status >= 200 && status <= 299;

/** The fragment names an id or name in the page (GitHub's `user-content-` prefix and `#L12` lines too). */
function hashFound(url: string, fragment: string, body: string): boolean {
  const anchors = collectAnchors(body);
  const decoded = safeDecode(fragment);
  if (anchors.has(fragment) || anchors.has(decoded)) return true;
  if (/github\.com/i.test(parseUri(url)?.host ?? '')) {
    if (anchors.has(`user-content-${fragment}`)) return true;
    if (/^L\d+/.test(fragment)) return true;
  }
  return false;
}
