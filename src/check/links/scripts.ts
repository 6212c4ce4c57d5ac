// html-proofer's Scripts check: empty `script` elements must have a src that exists (external
// ones go to the external validator, with SRI when asked).
import { elementsOf, elementUrl, isIgnored, type CheckContext } from './context.js';
import { checkSri } from './links.js';

export function checkScripts(ctx: CheckContext): void {
  for (const el of elementsOf(ctx, ['script'])) {
    const url = elementUrl(ctx, el);
    if (isIgnored(el, url)) continue;
    if (el.text.trim() !== '') continue;
    const fail = (message: string) => ctx.fail('Scripts', message, el, url.raw);
    if (el.attrs.src === undefined) fail('script is empty and has no src attribute');
    else if (url.protocolRelative) fail(`script link ${url} is a protocol-relative URL, use explicit https:// instead`);
    else if (url.remote) {
      ctx.external(url, el);
      if (ctx.options.checkSri) checkSri(el.attrs, url.raw ?? '', fail, false);
    } else if (!url.exists()) fail(`internal script reference ${el.attrs.src} does not exist`);
  }
}
