// Which of kiln's built-in plugin equivalents run for a site, as Jekyll 4.3 decides which gems it
// requires: those named in `plugins:` (Jekyll 4 no longer reads the legacy `gems:` key), and under
// `--safe` only those also in `whitelist:`; before them the Gemfile's `jekyll_plugins` group, which
// Bundler loads (bundler.ts). Each plugin lives in its own file; this module only selects them.
import type { Liquid } from 'liquidjs';
import type { Site, Page, Renderable } from '../site/model.js';
import { bundlerPlugins } from './bundler.js';

/** What a generator may do to the site after it is read (Jekyll's Generator#generate). */
export interface GeneratorContext {
  site: Site;
  /**
   * A page with no file behind it (Jekyll's PageWithoutAFile.new(site, base, dir, name)); `name`
   * may hold slashes (`/feed/by_tag/x.xml`) as the gems pass it, and `page.name` keeps them.
   */
  makePage(dir: string, name: string, content: string, data: Record<string, unknown>): Page;
  /** Runs jekyll-paginate's generator (src/site/paginate.ts) on the site. */
  paginate?(): void;
  warn(message: string): void;
}

export interface KilnPlugin {
  /** The gem name used in `plugins:`. */
  name: string;
  /** Liquid tags the gem registers. */
  registerTags?(liquid: Liquid): void;
  /** Runs after reading, adds pages (Jekyll's Generator#generate). */
  generate?(ctx: GeneratorContext): void;
  /** Jekyll generator priority: higher runs first (`:lowest` -100, `:normal` 0, `:highest` 100). */
  priority?: number;
  /**
   * A `[:pages, :documents], :post_render` hook: runs right after an item renders, may rewrite
   * `item.output` (jekyll-mentions). It must read nothing but the item and the site's config, so the
   * item's render dependencies stay what the rebuild graph recorded.
   */
  postRender?(item: Renderable, site: Site): void;
}

/** Jekyll's `:lowest` generator priority (jekyll-feed, jekyll-sitemap, jekyll-paginate). */
export const LOWEST = -100;

/**
 * The gems a build loads, in load order: the Gemfile's `jekyll_plugins` group (Bundler, before
 * anything else, --safe or not), then `plugins:` — under --safe only those in `whitelist:`.
 */
export function requestedPlugins(config: Record<string, unknown>, fromBundler: string[] = bundlerPlugins()): string[] {
  const listed = (Array.isArray(config.plugins) ? config.plugins : []).map(String);
  // Array[site.config["whitelist"]].flatten: a single name works too.
  const whitelist = (Array.isArray(config.whitelist) ? config.whitelist : [config.whitelist]).map(String);
  const allowed = config.safe ? listed.filter((name) => whitelist.includes(name)) : listed;
  return [...new Set([...fromBundler, ...allowed])];
}

/** Whether `name` runs for this site. */
export function pluginEnabled(config: Record<string, unknown>, name: string): boolean {
  return requestedPlugins(config).includes(name);
}

/**
 * `item.data[key] = value` as a Jekyll generator writes it: into the item's own data, so Liquid
 * sees it (a page's Liquid hash is its front matter over its defaults: both are updated).
 */
export function setItemData(item: Renderable, key: string, value: unknown): void {
  item.data[key] = value;
  if (item.kind === 'page') (item as Page).frontMatter[key] = value;
}
