// html-proofer's Links check: `a` and `link` hrefs — bare `#`, missing href, invalid and
// protocol-relative URLs, mailto/tel/http schemes, SRI on external stylesheets; valid URLs go on
// to the internal or external validator.
import { blank, elementsOf, elementUrl, isIgnored, type CheckContext } from './context.js';

// Ruby's URI::MailTo::EMAIL_REGEXP.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function checkLinks(ctx: CheckContext): void {
  const { options } = ctx;
  for (const el of elementsOf(ctx, ['a', 'link'])) {
    const url = elementUrl(ctx, el);
    if (isIgnored(el, url)) continue;
    const fail = (message: string) => ctx.fail('Links', message, el, url.raw);

    if (!options.allowHashHref && el.attrs.href === '#') {
      fail('linking to internal hash #, which points to nowhere');
      continue;
    }
    if (blank(url.raw)) {
      if (options.allowMissingHref) continue;
      fail(`'${el.name}' tag is missing a reference`);
      continue;
    }
    if (!url.valid) {
      fail(`${url.raw} is an invalid URL`);
      continue;
    }
    if (url.protocolRelative) {
      fail(`${url} is a protocol-relative URL, use explicit https:// instead`);
      continue;
    }
    switch (url.scheme) {
      case 'mailto': {
        const p = url.path ?? '';
        if (p === '') {
          if (!options.ignoreEmptyMailto) fail(`${url.raw} contains no email address`);
        } else if (p.split(',').some((email) => !EMAIL.test(email))) {
          fail(`${url.raw} contains an invalid email address`);
        }
        break;
      }
      case 'tel':
        if ((url.path ?? '') === '') fail(`${url.raw} contains no phone number`);
        break;
      case 'http':
        if (options.enforceHttps) fail(`${url.raw} is not an HTTPS link`);
        break;
    }
    if (url.nonHttpRemote) continue;

    if (!url.internal && url.remote) {
      if (options.checkSri && el.name === 'link') checkSri(el.attrs, url.raw ?? '', fail, true);
      // html-proofer skips these: resolvers often answer 404 for a valid domain.
      if (el.attrs.rel === 'dns-prefetch') continue;
      if (!url.host) {
        fail(`${url.raw} is an invalid URL`);
        continue;
      }
      ctx.external(url, el);
    } else if (url.internal) {
      // Without redirects (html-proofer's `typhoeus: {followlocation: false}`), a server would not
      // add the slash: a directory linked without it is reported.
      const p = url.path ?? '';
      if (ctx.options.external.maxRedirects === 0 && p !== '' && !p.endsWith('/') && ctx.resolver.kind(url.absolutePath) === 'dir') {
        fail(`internally linking to a directory ${url.raw} without trailing slash`);
        continue;
      }
      ctx.internal(url, el);
    }
  }
}

/** Subresource Integrity on external `<link rel=stylesheet>` and `<script src>`. */
export function checkSri(attrs: Record<string, string>, raw: string, fail: (m: string) => void, stylesheetOnly: boolean): void {
  if (stylesheetOnly && attrs.rel !== 'stylesheet') return;
  if (blank(attrs.integrity) && blank(attrs.crossorigin)) fail(`SRI and CORS not provided in: ${raw}`);
  else if (blank(attrs.integrity)) fail(`Integrity is missing in: ${raw}`);
  else if (blank(attrs.crossorigin)) fail(`CORS not provided for external resource in: ${raw}`);
}
