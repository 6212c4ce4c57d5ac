// `{% comment %}` as Ruby Liquid's Comment block: its body is parsed like any block's, so a nested
// `{% comment %}…{% endcomment %}` needs its own end tag before the outer one closes, and a `raw`
// body is opaque; other tags in a comment (even stray `endif`/`else` or unknown ones) are ignored.
// liquidjs ended a comment at the first `endcomment`, leaving the outer one's as "Unknown tag".

import { CommentTag, TokenKind, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';

export class RubyCommentTag extends CommentTag {
  constructor(tagToken: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    // liquidjs's CommentTag reads up to the first endcomment: hand it only the matching one.
    super(tagToken, [matchingEnd(tagToken, remainTokens)], liquid);
  }
}

/** Removes the comment's body from `tokens` and returns its own `endcomment` token. */
function matchingEnd(start: TagToken, tokens: TopLevelToken[]): TopLevelToken {
  let depth = 1;
  while (tokens.length) {
    const token = tokens.shift()!;
    if (token.kind !== TokenKind.Tag) continue;
    const name = (token as TagToken).name;
    if (name === 'comment') depth++;
    else if (name === 'raw') skipRaw(tokens);
    else if (name === 'endcomment' && --depth === 0) return token;
  }
  throw new Error(`tag ${start.getText()} not closed`);
}

function skipRaw(tokens: TopLevelToken[]): void {
  while (tokens.length) {
    const token = tokens.shift()!;
    if (token.kind === TokenKind.Tag && (token as TagToken).name === 'endraw') return;
  }
}
