// html-proofer's Favicon check (only with `--checks Favicon`): a page must link an icon that
// exists, unless it redirects at once with `<meta http-equiv="refresh" content="0;…">`.
import { elementsOf, elementUrl, isIgnored, type CheckContext } from './context.js';
import type { PageElement } from '../dom/page.js';
import type { CheckedUrl } from './url.js';

export function checkFavicon(ctx: CheckContext): void {
  let found: { el: PageElement; url: CheckedUrl } | undefined;
  for (const el of elementsOf(ctx, ['link'])) {
    const url = elementUrl(ctx, el);
    if (isIgnored(el, url)) continue;
    const rel = (el.attrs.rel ?? '').split(/\s+/).filter(Boolean);
    if (rel[rel.length - 1] === 'icon') { found = { el, url }; break; }
  }
  if ((ctx.page.metaRefresh ?? '').startsWith('0;')) return;
  if (!found) {
    ctx.fail('Favicon', 'no favicon provided');
    return;
  }
  const { el, url } = found;
  if (url.protocolRelative) ctx.fail('Favicon', `favicon link ${url} is a protocol-relative URL, use explicit https:// instead`, el, url.raw);
  else if (url.remote) ctx.external(url, el);
  else if (!url.exists()) ctx.fail('Favicon', `internal favicon ${url.raw} does not exist`, el, url.raw);
}
