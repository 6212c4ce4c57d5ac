// Filters that hand text to the site's converters (markdownify, scssify/sassify, smartify through hooks) and
// slugify in all of Jekyll's modes.

import { slugify } from '../ruby/slugify.js';
import { isNil, rubyToS } from '../ruby/value.js';
import { getState } from '../state.js';
import { convertMarkdown, kramdownOptionsFromJekyll, type KramdownOptions } from '../../markdown/index.js';
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
    const options = getState(this.context).services.options;
    const text = rubyToS(input);
    return options.smartify ? options.smartify(text) : smartify(text, options.config);
  },
  slugify(input, mode) {
    if (isNil(input)) return input;
    const services = getState(this.context).services;
    return slugify(rubyToS(input), isNil(mode) ? undefined : rubyToS(mode), false, (s) => services.warn(`Warning: Empty \`slug\` generated for '${s}'.`));
  },
};

const smartifyOptions = new WeakMap<object, Partial<KramdownOptions>>();

/**
 * Jekyll's SmartyPants converter: kramdown with the site's `kramdown:` options and the SmartyPants
 * input (quotes, dashes, entities as characters, HTML re-written as kramdown writes it), chomped.
 */
function smartify(text: string, config: Record<string, unknown> | undefined): string {
  // Nothing the SmartyPants parsers or the HTML escaping would touch, and no line ending to chomp.
  if (!/[<>&'"\-.\r\n]/.test(text)) return text;
  const key = config ?? smartifyOptions;
  let options = smartifyOptions.get(key);
  if (!options) {
    options = { ...kramdownOptionsFromJekyll(config?.kramdown as Record<string, unknown> | undefined), input: 'SmartyPants' };
    smartifyOptions.set(key, options);
  }
  // The same titles are smartified on many pages (seo, feed): results are kept per options.
  let cache = smartifyCache.get(options);
  if (!cache) smartifyCache.set(options, (cache = new Map()));
  let out = cache.get(text);
  if (out === undefined) {
    out = convertMarkdown(text, options).html.replace(/\n$/, '');
    if (cache.size >= 5000) cache.clear();
    cache.set(text, out);
  }
  return out;
}

const smartifyCache = new WeakMap<object, Map<string, string>>();
