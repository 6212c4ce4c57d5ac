// html-proofer's Images check: `img` and `source` — screenshot filenames, missing src/srcset,
// every srcset candidate, protocol-relative and missing internal images, alt text (missing vs
// empty), and http images when HTTPS is enforced.
import { CheckedUrl } from './url.js';
import { blank, elementsOf, elementUrl, isIgnored, urlContext, type CheckContext } from './context.js';

const SCREEN_SHOT = /Screen(?: |%20)Shot(?: |%20)\d+-\d+-\d+(?: |%20)at(?: |%20)\d+.\d+.\d+/;
// html-proofer's loose "image candidate string".
const CANDIDATE = /\s*([^,]\S*[^,](?:\s+[^,]+)?)\s*(?:,|$)/g;

/** srcset split as html-proofer splits it (Ruby's String#split with a capture group). */
export function srcsetCandidates(srcset: string | undefined): string[] {
  if (blank(srcset)) return [];
  return rubySplit(srcset!, CANDIDATE).filter((_, i) => i % 2 === 1).map((s) => s.trim());
}

/** Ruby's `str.split(regex)` with one capture group: pieces and captures interleaved, trailing empties dropped. `g` is global. */
function rubySplit(str: string, g: RegExp): string[] {
  const out: string[] = [];
  g.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(str))) {
    if (m[0] === '') { g.lastIndex++; if (m.index >= str.length) break; continue; }
    out.push(str.slice(last, m.index), m[1] ?? '');
    last = m.index + m[0].length;
  }
  out.push(str.slice(last));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

export function checkImages(ctx: CheckContext): void {
  const { options } = ctx;
  for (const el of elementsOf(ctx, ['img', 'source'])) {
    const url = elementUrl(ctx, el);
    if (isIgnored(el, url)) continue;
    const fail = (message: string, u?: string) => ctx.fail('Images', message, el, u ?? url.raw);

    if (SCREEN_SHOT.test(url.url)) fail(`image has a terrible filename (${url.raw})`);

    const srcset = el.attrs.srcset;
    const candidates = srcsetCandidates(srcset);
    const multiple = (!blank(srcset) && srcset!.split(',').length > 1) || candidates.some((c) => !blank(c) && c.split(' ').filter(Boolean).length > 1);

    if (blank(url.url)) {
      fail('image has no src or srcset attribute');
    } else if (multiple) {
      for (const candidate of candidates.map((c) => c.split(' ')[0])) {
        const u = new CheckedUrl(candidate, urlContext(ctx), true);
        if (u.protocolRelative) fail(`image link ${u.url} is a protocol-relative URL, use explicit https:// instead`, candidate);
        else if (u.remote) ctx.external(u, el);
        else if (!u.exists()) fail(`internal image ${candidate} does not exist`, candidate);
      }
    } else if (url.protocolRelative) {
      fail(`image link ${url} is a protocol-relative URL, use explicit https:// instead`);
    } else if (url.remote) {
      ctx.external(url, el);
    } else if (!url.exists()) {
      fail(`internal image ${url.raw} does not exist`);
    }

    if (el.name === 'img' && !url.ignored && el.attrs['aria-hidden'] !== 'true') {
      const alt = el.attrs.alt;
      if (alt === undefined) {
        if (!options.ignoreMissingAlt) fail(`image ${url.raw ?? ''} does not have an alt attribute`);
      } else if (alt.trim() === '' && !options.ignoreEmptyAlt) {
        fail(`image ${url.raw ?? ''} has an alt attribute, but no content`);
      }
    }

    if (options.enforceHttps && url.http) fail(`image ${url.raw} uses the http scheme`);
  }
}

