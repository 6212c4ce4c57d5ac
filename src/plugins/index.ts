// kiln's built-in equivalents of Jekyll plugin gems, and the hooks the build calls: Liquid tags
// registered when the engine is made, generators run after the site is read. Only the plugins
// the site's config loads (registry.ts: `plugins:`/`gems:`, `whitelist:` under --safe) take part.
import type { Liquid } from 'liquidjs';
import { requestedPlugins, type GeneratorContext, type KilnPlugin } from './registry.js';
import type { Renderable, Site } from '../site/model.js';
import { seoPlugin } from './seo.js';
import { feedPlugin } from './feed.js';
import { sitemapPlugin } from './sitemap.js';
import { paginatePlugin } from './paginate.js';
import { redirectFromPlugin } from './redirect-from.js';
import { includeCachePlugin } from './include-cache.js';
import { optionalFrontMatterPlugin } from './optional-front-matter.js';
import { readmeIndexPlugin } from './readme-index.js';
import { defaultLayoutPlugin } from './default-layout.js';
import { titlesFromHeadingsPlugin } from './titles-from-headings.js';
import { relativeLinksPlugin } from './relative-links.js';
import { avatarPlugin } from './avatar.js';
import { gistPlugin } from './gist.js';
import { mentionsPlugin } from './mentions.js';
import { lastModifiedAtPlugin } from './last-modified-at.js';
import { paginateV2Plugin } from './paginate-v2.js';
import { tocPlugin } from './toc.js';
import { archivesPlugin } from './archives.js';

export type { GeneratorContext, KilnPlugin } from './registry.js';
export { requestedPlugins, pluginEnabled } from './registry.js';

/** Every plugin kiln knows, by gem name. */
export const PLUGINS: readonly KilnPlugin[] = [seoPlugin, feedPlugin, sitemapPlugin, paginatePlugin, redirectFromPlugin,
  includeCachePlugin,
  optionalFrontMatterPlugin,
  readmeIndexPlugin,
  defaultLayoutPlugin,
  titlesFromHeadingsPlugin,
  relativeLinksPlugin,
  avatarPlugin,
  gistPlugin,
  mentionsPlugin,
  lastModifiedAtPlugin,
  paginateV2Plugin,
  tocPlugin,
  archivesPlugin,
];

/**
 * The known plugins this site loads, in Jekyll's generator order: by priority, and among equals in
 * the order the gems were required (the `plugins:` list), which Ruby's sort leaves as it is.
 */
export function activePlugins(config: Record<string, unknown>): KilnPlugin[] {
  const names = requestedPlugins(config);
  const active = names.map((n) => PLUGINS.find((p) => p.name === n)).filter((p): p is KilnPlugin => !!p);
  return active.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
}

/** Registers the active plugins' Liquid tags (`{% seo %}`, `{% feed_meta %}`…). */
export function registerPluginTags(liquid: Liquid, config: Record<string, unknown>): void {
  for (const p of activePlugins(config)) p.registerTags?.(liquid);
}

const postRenderers = new WeakMap<object, KilnPlugin[]>();

/** Runs the active plugins' post_render hooks on a freshly rendered page or document. */
export function runPostRender(site: Site, item: Renderable): void {
  let hooks = postRenderers.get(site.config);
  if (!hooks) postRenderers.set(site.config, (hooks = activePlugins(site.config).filter((p) => p.postRender)));
  for (const p of hooks) p.postRender!(item, site);
}

/** Gems a site may list that kiln covers elsewhere (converters, highlighter) or that add nothing. */
const BUILT_IN = new Set(['jekyll', 'jekyll-sass-converter', 'kramdown', 'kramdown-parser-gfm', 'rouge', 'jekyll-watch']);

/** Runs the active plugins' generators (before rendering); says which requested gems kiln lacks. */
export function runGenerators(ctx: GeneratorContext): void {
  const names = requestedPlugins(ctx.site.config);
  const missing = names.filter((n) => !BUILT_IN.has(n) && !PLUGINS.some((p) => p.name === n));
  if (missing.length) ctx.warn(`kiln: no equivalent for the plugin${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: what ${missing.length > 1 ? 'they add' : 'it adds'} (pages, tags, filters) is missing from this build.`);
  for (const p of activePlugins(ctx.site.config)) p.generate?.(ctx);
}
