// `{% link path/to/file.md %}` (the path may hold Liquid): the URL of the page, document or
// static file at that source path, with the baseurl; a missing target is a build error.

import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken, type Template, type Parser } from 'liquidjs';
import { getState } from '../state.js';

export class LinkTag extends Tag {
  private path: Template[];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    this.path = parser.parse(token.args.trim(), token.file);
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const relative = String(yield this.liquid.renderer.renderTemplates(this.path, ctx));
    const { services } = getState(ctx);
    const hook = services.options.link;
    const url = hook?.(relative) ?? hook?.('/' + relative.replace(/^\/+/, ''));
    if (url === undefined) {
      throw new Error(`Could not find document '${relative}' in tag 'link'.\nMake sure the document exists and the path is correct.`);
    }
    return String(services.relativeUrl(url));
  }
}
