// html-proofer's OpenGraph check (only with `--checks OpenGraph`): `og:url` and `og:image` meta
// tags need content that is a valid URL which exists.
import { elementsOf, elementUrl, isIgnored, type CheckContext } from './context.js';

export function checkOpenGraph(ctx: CheckContext): void {
  for (const el of elementsOf(ctx, ['meta'])) {
    const property = el.attrs.property;
    if (property !== 'og:url' && property !== 'og:image') continue;
    const url = elementUrl(ctx, el);
    if (isIgnored(el, url)) continue;
    const fail = (message: string) => ctx.fail('OpenGraph', message, el, url.raw);
    const content = el.attrs.content;
    if (content === undefined) fail('open graph has no content attribute');
    else if (content === '') fail('open graph content attribute is empty');
    else if (!url.valid) fail(`${content} is an invalid URL`);
    else if (url.protocolRelative) fail(`open graph link ${url} is a protocol-relative URL, use explicit https:// instead`);
    else if (url.remote) ctx.external(url, el);
    else if (!url.exists()) fail(`internal open graph ${url.raw} does not exist`);
  }
}
