// `{% if %}` with Ruby Liquid's block list: every `elsif`/`else` appends a block and the first true
// one renders, so an `else` always wins and whatever follows it (a second `else`, an `elsif`, as in
// `{% else if x %}` written twice) never renders. liquidjs rejects those ("duplicated else",
// "unexpected elsif after else"); here they are parsed and dropped. liquidjs's IfTag (and its
// compiled form) is kept: only the parse stream it reads is filtered.

import { IfTag, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';

type Parser = ConstructorParameters<typeof IfTag>[3];
type Stream = ReturnType<Parser['parseStream']>;
type Handler = (this: Stream, arg?: unknown) => void;

export class RubyIfTag extends IfTag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid, afterElseDropped(parser));
  }
}

/** A parser whose streams hand IfTag the blocks up to the first `else` body, and nothing after it. */
function afterElseDropped(parser: Parser): Parser {
  const filtered = Object.create(parser) as Parser;
  filtered.parseStream = (tokens: TopLevelToken[]) => {
    const stream = parser.parseStream(tokens);
    let elseSeen = false;
    let dead = false;
    const on = stream.on.bind(stream);
    stream.on = ((name: string, cb: Handler) => {
      if (name === 'tag:else') {
        return on(name, function (this: Stream, tag?: unknown) {
          if (elseSeen) dead = true;
          else if (!dead) {
            elseSeen = true;
            cb.call(this, tag);
          }
        });
      }
      if (name === 'tag:elsif') {
        return on(name, function (this: Stream, tag?: unknown) {
          if (elseSeen) dead = true;
          else cb.call(this, tag);
        });
      }
      if (name === 'template') {
        return on(name, function (this: Stream, tpl?: unknown) {
          if (!dead) cb.call(this, tpl);
        });
      }
      return on(name, cb as never);
    }) as Stream['on'];
    return stream;
  };
  return filtered;
}
