// The Markdown converter as the site uses it: `convertMarkdown` from src/markdown with the options
// Jekyll derives from the `kramdown:` config and `highlighter:` (computed once per config object).
import type { SiteConfig } from '../config/defaults.js';
import { convertMarkdown, kramdownOptionsFromJekyll, type MarkdownResult, type KramdownOptions } from '../markdown/index.js';

export type MarkdownFn = (source: string) => MarkdownResult;

export interface SiteMarkdown {
  convert(text: string, config: SiteConfig): MarkdownResult;
}

export function loadMarkdown(): SiteMarkdown {
  const optionsCache = new WeakMap<object, Partial<KramdownOptions>>();
  return {
    convert(text, config) {
      let options = optionsCache.get(config);
      if (!options) {
        options = kramdownOptionsFromJekyll(config.kramdown as Record<string, unknown> | undefined, String(config.highlighter ?? 'rouge'));
        optionsCache.set(config, options);
      }
      return convertMarkdown(text, options);
    },
  };
}
