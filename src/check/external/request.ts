// One HTTP request with a timeout, retried with exponential backoff on 429/503 (honouring
// Retry-After, in seconds or as a date) and on network errors. Redirects are followed.
import type { ExternalOptions } from '../options.js';

export interface HttpOutcome {
  kind: 'response' | 'timeout' | 'error';
  status: number;
  statusText: string;
  headers?: Headers;
  body?: string;
  /** The network error's message (kind 'error'). */
  error?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Milliseconds to wait from a Retry-After header, or undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function request(url: string, method: 'HEAD' | 'GET', opts: ExternalOptions, wantBody: boolean): Promise<HttpOutcome> {
  let attempt = 0;
  for (;;) {
    const outcome = await once(url, method, opts, wantBody);
    const retryable = outcome.kind === 'error' || (outcome.kind === 'response' && (outcome.status === 429 || outcome.status === 503));
    if (!retryable || attempt >= opts.retries) return outcome;
    const fromHeader = outcome.headers ? retryAfterMs(outcome.headers.get('retry-after')) : undefined;
    const wait = Math.min(fromHeader ?? opts.backoffMs * 2 ** attempt, opts.maxRetryAfterMs);
    attempt++;
    await sleep(wait);
  }
}

async function once(url: string, method: 'HEAD' | 'GET', opts: ExternalOptions, wantBody: boolean): Promise<HttpOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let current = url;
    // Redirects are followed here (not by fetch) so that their number is bounded by maxRedirects.
    for (let hops = 0; ; hops++) {
      const res = await fetch(current, {
        method,
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: 'application/xml,application/xhtml+xml,text/html;q=0.9, text/plain;q=0.8,image/png,*/*;q=0.5',
        },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel().catch(() => undefined);
        if (hops >= opts.maxRedirects) return { kind: 'error', status: 0, statusText: '', error: `more than ${opts.maxRedirects} redirects` };
        current = new URL(location, current).href;
        continue;
      }
      let body: string | undefined;
      // Only pages can hold fragments worth checking: no PDF or image bodies in memory.
      if (wantBody && method === 'GET' && res.ok && /html|xml/i.test(res.headers.get('content-type') ?? 'text/html')) body = await res.text();
      else await res.body?.cancel().catch(() => undefined);
      return { kind: 'response', status: res.status, statusText: res.statusText, headers: res.headers, body };
    }
  } catch (err) {
    if (controller.signal.aborted) return { kind: 'timeout', status: 0, statusText: '' };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'error', status: 0, statusText: '', error: cause?.code ?? cause?.message ?? (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
