// The Markdown converter as the site uses it: `convertMarkdown` from src/markdown with the options
// Jekyll derives from the `kramdown:` config (computed once per config object).
import type { SiteConfig } from '../config/defaults.js';

export interface MarkdownWarning {
  message: string;
  line?: number;
}

export type MarkdownFn = (source: string, options?: Record<string, unknown>) => { html: string; warnings: MarkdownWarning[] };

export interface SiteMarkdown {
  convert(text: string, config: SiteConfig): { html: string; warnings: MarkdownWarning[] };
}

interface MarkdownModule {
  convertMarkdown: MarkdownFn;
  kramdownOptionsFromJekyll(kramdownConfig: Record<string, unknown> | undefined): Record<string, unknown>;
}

/** Loads src/markdown (its index is built by another part of kiln; a clear error if it is absent). */
export async function loadMarkdown(): Promise<SiteMarkdown> {
  const specifier = '../markdown/index.js';
  let mod: MarkdownModule | undefined;
  let failure: unknown;
  try {
    mod = (await import(specifier)) as MarkdownModule;
  } catch (e) {
    failure = e;
  }
  const optionsCache = new WeakMap<object, Record<string, unknown>>();
  return {
    convert(text, config) {
      if (!mod) throw new Error(`The Markdown converter (src/markdown) could not be loaded: ${(failure as Error)?.message ?? failure}`);
      let options = optionsCache.get(config);
      if (!options) {
        options = mod.kramdownOptionsFromJekyll(config.kramdown as Record<string, unknown> | undefined);
        optionsCache.set(config, options);
      }
      return mod.convertMarkdown(text, options);
    },
  };
}
