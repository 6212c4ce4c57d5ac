// `{% highlight lang [linenos] %}…{% endhighlight %}`: the body rendered as Liquid, trimmed of
// leading/trailing line breaks, highlighted with the Rouge-compatible lexers and wrapped exactly as
// Jekyll does (`<figure class="highlight"><pre><code class="language-x" data-lang="x">`, the
// rouge-table for linenos).

import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken, type Template, type Parser } from 'liquidjs';
import { highlight as defaultHighlight } from '../../highlight/index.js';
import { getState } from '../state.js';

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/;
const OPTIONS = /(?:\w="[^"]*"|\w=\w|\w)+/g;

function escapeSpecial(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export class HighlightTag extends Tag {
  private lang: string;
  private options: Record<string, string | string[] | true> = {};
  private templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    const m = SYNTAX.exec(token.args.trim());
    if (!m) {
      throw new Error(`Syntax Error in tag 'highlight' while parsing the following markup:\n\n  ${token.args.trim()}\n\nValid syntax: highlight <lang> [linenos]`);
    }
    this.lang = m[1].toLowerCase();
    for (const opt of m[2].match(OPTIONS) ?? []) {
      const [key, value] = opt.split('=');
      this.options[key] = value === undefined ? true : value.includes('"') ? value.replace(/"/g, '').split(/\s+/).filter(Boolean) : value;
    }
    if (this.options.linenos === true) this.options.linenos = 'inline';
    let closed = false;
    while (remainTokens.length) {
      const t = remainTokens.shift()!;
      if (t.kind === 4 /* TokenKind.Tag */ && (t as TagToken).name === 'endhighlight') {
        closed = true;
        break;
      }
      this.templates.push(parser.parseToken(t, remainTokens));
    }
    if (!closed) throw new Error(`tag ${token.getText()} not closed`);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const body = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx));
    const code = body.replace(/^[\n\r]+|[\n\r]+$/g, '');
    const hook = getState(ctx).services.options.highlight ?? defaultHighlight;
    let html = hook(code, this.lang) ?? escapeSpecial(code);
    if (this.options.linenos) {
      let lines = (code.match(/\n/g) ?? []).length;
      if (!code.endsWith('\n')) {
        lines++;
        html += '\n';
      }
      const numbers = Array.from({ length: lines }, (_, i) => String(i + 1)).join('\n') + '\n';
      html =
        '<table class="rouge-table"><tbody><tr><td class="gutter gl">' +
        `<pre class="lineno">${numbers}</pre></td><td class="code"><pre>${html}</pre></td></tr></tbody></table>`;
    }
    const prefix = ctx.getSync(['highlighter_prefix']) ?? '';
    const suffix = ctx.getSync(['highlighter_suffix']) ?? '';
    const attrs = `class="language-${this.lang.replace(/\+/g, '-')}" data-lang="${this.lang}"`;
    emitter.write(`${prefix}<figure class="highlight"><pre><code ${attrs}>${html.replace(/\n$/, '')}</code></pre></figure>${suffix}`);
  }
}
