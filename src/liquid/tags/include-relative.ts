// `{% include_relative file %}`: like include, but the file is looked up beside the page or
// document being rendered (its folder in the source, also when the tag sits in a layout).

import path from 'node:path';
import { JekyllIncludeBase } from './include.js';
import type { RenderState } from '../state.js';

export class IncludeRelativeTag extends JekyllIncludeBase {
  protected dirs(state: RenderState): string[] {
    const page = state.pagePath.replace(/\/#excerpt$/, '');
    return [path.join(state.services.source, path.dirname(page))];
  }
}
