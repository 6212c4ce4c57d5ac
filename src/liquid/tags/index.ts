// Registers Jekyll's tags on a liquidjs instance.

import type { Liquid } from 'liquidjs';
import { IncludeTag } from './include.js';
import { IncludeRelativeTag } from './include-relative.js';
import { HighlightTag } from './highlight.js';
import { PostUrlTag } from './post-url.js';
import { LinkTag } from './link.js';
import { IfchangedTag } from './ifchanged.js';
import { ForTag, TablerowTag } from './for.js';
import { RenderTag } from './render.js';
import { RubyCaseTag } from './case.js';
import { RubyIfTag } from './if.js';
import { RubyCommentTag } from './comment.js';

export function registerTags(liquid: Liquid): void {
  liquid.registerTag('include', IncludeTag);
  liquid.registerTag('include_relative', IncludeRelativeTag);
  liquid.registerTag('highlight', HighlightTag);
  liquid.registerTag('post_url', PostUrlTag);
  liquid.registerTag('link', LinkTag);
  liquid.registerTag('ifchanged', IfchangedTag);
  liquid.registerTag('for', ForTag);
  liquid.registerTag('tablerow', TablerowTag);
  liquid.registerTag('render', RenderTag);
  liquid.registerTag('case', RubyCaseTag);
  liquid.registerTag('if', RubyIfTag);
  liquid.registerTag('comment', RubyCommentTag);
  // liquidjs extras that Ruby Liquid 5.4 does not know: "Unknown tag" as in Jekyll.
  const tags = liquid.tags as Record<string, unknown>;
  delete tags.layout;
  delete tags.block;
}
