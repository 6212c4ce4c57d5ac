// kiln's own Markup check: attributes whose name holds a quote, `<` or `=` — almost always a
// quote that ended the previous attribute's value too early (`href="…targ\n="_blank"`), which
// silently breaks the link. html-proofer 3.19 crashed on these; kiln reports them at file:line.
import type { CheckContext } from './context.js';

export function checkMarkup(ctx: CheckContext): void {
  for (const m of ctx.page.malformed) {
    const value = m.previous?.value.replace(/\s+/g, ' ') ?? '';
    const shown = value.length > 60 ? '…' + value.slice(-59) : value;
    const prev = m.previous ? ` (the value of ${m.previous.name}="${shown}" probably swallowed a quote)` : '';
    ctx.fail('Markup', `malformed attribute '${m.name}' on <${m.element}>${prev}`, { name: m.element, attrs: {}, line: m.line, column: m.column, offset: m.offset, ignored: false, inCode: false, text: '' });
  }
}
