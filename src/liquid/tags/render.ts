// `{% render %}`: Ruby Liquid's tag needs a file system Jekyll never gives it, so every use fails the
// build with Liquid's message (liquidjs's own render would read files relative to the process).

import { Tag } from 'liquidjs';

export class RenderTag extends Tag {
  render(): never {
    throw new Error('This liquid context does not allow includes.');
  }
}
