// `{% case %}` whose `when` values compare with Ruby `==` (2 == 2.0), every matching `when`
// rendering as in Ruby Liquid; liquidjs's parsing is kept.

import { CaseTag, evalToken, toValue, type Context, type Emitter, type Template, type Value } from 'liquidjs';

export class RubyCaseTag extends CaseTag {
  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const self = this as unknown as { value: Value; branches: { values: unknown[]; templates: Template[] }[]; elseTemplates: Template[] };
    const eq = (this.liquid.options.operators as Record<string, (l: unknown, r: unknown) => unknown>)['=='];
    const target = yield toValue(yield self.value.value(ctx, false));
    let hit = false;
    for (const branch of self.branches) {
      for (const token of branch.values) {
        if (eq(target, yield evalToken(token as never, ctx))) {
          hit = true;
          yield this.liquid.renderer.renderTemplates(branch.templates, ctx, emitter);
          break;
        }
      }
    }
    if (!hit) yield this.liquid.renderer.renderTemplates(self.elseTemplates ?? [], ctx, emitter);
  }
}
