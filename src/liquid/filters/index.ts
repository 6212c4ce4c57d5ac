// Registers every Jekyll/Liquid filter family on a liquidjs instance (replacing liquidjs's own
// where they differ from Ruby's).

import type { Liquid } from 'liquidjs';
import { arrayFilters } from './array.js';
import { dateFilters } from './date.js';
import { escapeFilters } from './escape.js';
import { jsonFilters } from './json.js';
import { markupFilters } from './markup.js';
import { mathFilters } from './math.js';
import { stringFilters } from './string.js';
import { urlFilters } from './url.js';
import type { FilterFn } from './types.js';

export const jekyllFilters: Record<string, FilterFn> = {
  ...stringFilters,
  ...escapeFilters,
  ...mathFilters,
  ...arrayFilters,
  ...dateFilters,
  ...jsonFilters,
  ...urlFilters,
  ...markupFilters,
};

export function registerFilters(liquid: Liquid): void {
  for (const [name, fn] of Object.entries(jekyllFilters)) liquid.registerFilter(name, fn as never);
}
