// Filters that hand text to the site's converters (markdownify, scssify/sassify, smartify through hooks) and
// slugify in all of Jekyll's modes.

import { slugify } from '../ruby/slugify.js';
import { isNil, rubyToS } from '../ruby/value.js';
import { getState } from '../state.js';
import { smartypants } from './smartypants.js';
import type { FilterFn } from './types.js';

export const markupFilters: Record<string, FilterFn> = {
  markdownify(input) {
    const hook = getState(this.context).services.options.markdownify;
    const text = rubyToS(input);
    return hook ? hook(text) : text;
  },
  scssify(input) {
    const hook = getState(this.context).services.options.sassify;
    const text = rubyToS(input);
    return hook ? hook(text, 'scss') : text;
  },
  sassify(input) {
    const hook = getState(this.context).services.options.sassify;
    const text = rubyToS(input);
    return hook ? hook(text, 'sass') : text;
  },
  smartify(input) {
    const hook = getState(this.context).services.options.smartify;
    const text = rubyToS(input);
    return hook ? hook(text) : smartypants(text);
  },
  slugify(input, mode) {
    if (isNil(input)) return input;
    const services = getState(this.context).services;
    return slugify(rubyToS(input), isNil(mode) ? undefined : rubyToS(mode), false, (s) => services.warn(`Warning: Empty \`slug\` generated for '${s}'.`));
  },
};
