// `{% post_url 2024-03-05-title %}` (optionally `category/2024-03-05-title`): the post's URL with
// the baseurl, through the site's postUrl hook; an unknown post is a build error, as in Jekyll.

import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { getState } from '../state.js';

const MATCHER = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/;

export class PostUrlTag extends Tag {
  private post: string;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.post = token.args.trim();
    if (!MATCHER.test(this.post)) {
      throw new Error(`Could not parse name of post "${this.post}" in tag 'post_url'.\n Make sure the post exists and the name is correct.`);
    }
  }

  render(ctx: Context): string {
    const { services } = getState(ctx);
    const url = services.options.postUrl?.(this.post);
    if (url === undefined) {
      throw new Error(`Could not find post "${this.post}" in tag 'post_url'.\nMake sure the post exists and the name is correct.`);
    }
    return String(services.relativeUrl(url));
  }
}
