// Markdown → HTML, byte-compatible with kramdown 2.4 + kramdown-parser-gfm as Jekyll 4.3 runs them.
// `convertMarkdown` parses with our own block/span state machines (block/, span/) into kramdown's element
// tree and serialises it as kramdown's HTML converter does (html/).

import { KilnError } from '../util/errors.js';
import { HtmlConverter } from './html/convert.js';
import { kramdownOptionsFromJekyll, mergeOptions, type KramdownOptions } from './options.js';
import { Parser } from './parser.js';

export type { KramdownOptions } from './options.js';
export { clearHighlightCache, defineRougeFormatter } from './html/highlight.js';
export { kramdownOptionsFromJekyll } from './options.js';

export interface MarkdownWarning {
  message: string;
  line?: number;
}

export interface MarkdownResult {
  html: string;
  warnings: MarkdownWarning[];
}

const JEKYLL_DEFAULTS = mergeOptions(kramdownOptionsFromJekyll(undefined));

/**
 * Convert Markdown to HTML. Options are kramdown's (snake_case names); without options, Jekyll 4.3's
 * defaults apply (GFM input, auto ids, Rouge with default_lang plaintext…). `context.file` only names the
 * document in errors: an invalid option value throws a KilnError, as kramdown raises.
 */
export function convertMarkdown(source: string, options?: Partial<KramdownOptions>, context: { file?: string } = {}): MarkdownResult {
  let opts: KramdownOptions;
  try {
    opts = options === undefined ? { ...JEKYLL_DEFAULTS } : mergeOptions(options);
  } catch (e) {
    throw new KilnError(`Invalid kramdown option: ${(e as Error).message}`, { file: context.file, cause: e });
  }
  const parser = new Parser(opts);
  const root = parser.parse(source);
  const inline = (root.options.options as Record<string, unknown> | undefined) ?? {};
  const convOpts = Object.keys(inline).length ? { ...opts, ...inline } : opts;
  const converter = new HtmlConverter(root, convOpts);
  const html = converter.convert(root);
  const warnings = [...parser.warnings, ...converter.warnings.map((message) => ({ message }))];
  return { html, warnings };
}
