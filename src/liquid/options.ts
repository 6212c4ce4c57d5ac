// The options of the Jekyll-flavoured Liquid engine, with their defaults (documented like liquidjs).

import type { Logger } from '../util/log.js';

/** Hooks into the rest of the site build: the engine itself knows no documents. */
export interface JekyllLiquidHooks {
  /** `markdownify` filter: Markdown → HTML with the site's converter. Default: the text unchanged. */
  markdownify?: (text: string) => string;
  /** `scssify` / `sassify` filters: Sass → CSS with the site's Sass settings. Default: the text unchanged. */
  sassify?: (text: string, syntax: 'scss' | 'sass') => string;
  /** `smartify` filter: SmartyPants. Default: the built-in port of Jekyll's SmartyPants converter. */
  smartify?: (text: string) => string;
  /**
   * `{% post_url name %}`: the post's URL (without baseurl — the tag adds it, as Jekyll does),
   * or undefined when no post matches (→ build error naming the post, as Jekyll raises).
   */
  postUrl?: (name: string) => string | undefined;
  /**
   * `{% link path %}`: the URL of the page/document/static file at `path` (relative to the source,
   * without baseurl), or undefined when nothing matches (→ build error, as Jekyll raises).
   */
  link?: (path: string) => string | undefined;
  /**
   * `{% highlight %}`: Rouge-compatible token HTML for `code` in `lang`, or null when there is
   * no such lexer (the code is then escaped as plain text). Default: `highlight()` from
   * `src/highlight/index.ts` when that module is present.
   */
  highlight?: (code: string, lang: string) => string | null;
}

export interface JekyllLiquidOptions extends JekyllLiquidHooks {
  /** Absolute path of the site source. Required: includes and messages are relative to it. */
  source: string;
  /**
   * The merged site configuration (`site` without documents). Read keys: `baseurl`, `url`
   * (relative_url / absolute_url), `includes_dir` (default `_includes`), `liquid.error_mode`
   * (`warn` default, `lax`, `strict`), `liquid.strict_filters` (default false),
   * `liquid.strict_variables` (default false). Default `{}`.
   */
  config?: Record<string, unknown>;
  /** Folders searched by `{% include %}`, absolute, in order. Default: `[<source>/<includes_dir>]`. */
  includesDirs?: string[];
  /** `--safe`: includes resolving (through symlinks) outside their folder are refused. Default false. */
  safe?: boolean;
  /** Reads a file as UTF-8 (lets the site share its read cache). Default: `fs.readFileSync(path, 'utf8')`. */
  readFile?: (absPath: string) => string;
  /** Where warnings go (lax-parsing fallbacks, deprecated shapes). Default: none. */
  logger?: Logger;
  /** Deepest include nesting before "Nesting too deep" (Liquid's limit). Default 100. */
  maxIncludeDepth?: number;
}

/** Per-render options. */
export interface LiquidRenderOptions {
  /** The file being rendered, relative to the source (for messages and the include chain). */
  file: string;
  /** Receives the absolute path of every file read during the render (includes, relative includes). */
  deps?: Set<string>;
  /**
   * The path (relative to the source) of the page or document being rendered; `include_relative`
   * resolves from its folder even inside layouts, as Jekyll does. Default: `scope.page.path`, else `file`.
   */
  pagePath?: string;
  /** Line in `file` where the template text starts (front matter lines before it). Default 1. */
  lineOffset?: number;
}
