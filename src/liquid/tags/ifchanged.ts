// `{% ifchanged %}…{% endifchanged %}`: prints its body only when it differs from the body it
// printed last time in this render (Liquid's ifchanged register).

import type { Compiler, RenderFn } from '../compile.js';
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken, type Template, type Parser } from 'liquidjs';

export class IfchangedTag extends Tag {
  private templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    let closed = false;
    while (remainTokens.length) {
      const t = remainTokens.shift()!;
      if (t.kind === 4 /* TokenKind.Tag */ && (t as TagToken).name === 'endifchanged') {
        closed = true;
        break;
      }
      this.templates.push(parser.parseToken(t, remainTokens));
    }
    if (!closed) throw new Error(`tag ${token.getText()} not closed`);
  }

  compile(compiler: Compiler): RenderFn {
    const body = compiler.templates(this.templates);
    return (ctx, out) => {
      const parts = { s: '' };
      body(ctx, parts);
      const text = parts.s;
      if (text !== ctx.getRegister('ifchanged')) {
        ctx.setRegister('ifchanged', text);
        out.s += text;
      }
    };
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const out = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx));
    if (out !== ctx.getRegister('ifchanged')) {
      ctx.setRegister('ifchanged', out);
      emitter.write(out);
    }
  }
}
