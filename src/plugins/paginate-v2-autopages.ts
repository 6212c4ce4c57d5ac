// jekyll-paginate-v2's AutoPages: not made yet (see the README); with `autopages: enabled` the
// build says so rather than silently dropping the tag, category and collection pages.
import { deepMerge } from '../config/merge.js';
import { isHash, rubyTruthy } from '../liquid/ruby/value.js';
import type { GeneratorContext } from './registry.js';

export function createAutopages(ctx: GeneratorContext): void {
  const own = (ctx.site.config as Record<string, unknown>).autopages;
  const config = deepMerge({ enabled: false }, isHash(own) ? own : {});
  if (!rubyTruthy(config.enabled)) return;
  ctx.warn('kiln: jekyll-paginate-v2 autopages are not supported yet: the tag, category and collection pages are missing from this build.');
}
