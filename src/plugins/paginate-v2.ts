// jekyll-paginate-v2 3.0.0 (PaginationGenerator, `priority :lowest`): pages whose front matter
// has `pagination: { enabled: true }` become templates for paginated lists of posts or of any
// collection, under the site's `pagination:` settings merged with the page's. AutoPages
// (tag/category/collection pages, paginate-v2-autopages.ts) are made first, as the gem does, and
// are templates like the others.
// The legacy `paginate:` settings make the gem fail the build (its compatibility mode expired on
// 2018-01-01), and so does kiln.
import { KilnError } from '../util/errors.js';
import { isHash, isNil, rubyTruthy } from '../liquid/ruby/value.js';
import type { Page } from '../site/model.js';
import { LOWEST, type GeneratorContext, type KilnPlugin } from './registry.js';
import { fixDeprecatedConfig, mergeConfig, sitePaginationConfig, TITLE_SUFFIX_DEPRECATION } from './paginate-v2-config.js';
import { collectionNames, postsForTemplate } from './paginate-v2-posts.js';
import { paginateTemplate, shareParsedTemplates } from './paginate-v2-pages.js';
import { createAutopages } from './paginate-v2-autopages.js';

const BOTH_CONFIGURED =
  "The new jekyll-paginate-v2 and the old jekyll-paginate logic cannot both be configured in the site config at the same time. Please disable the old 'paginate:' config settings by either omitting the values or setting them to 'paginate:off'.";
const LEGACY_EXPIRED = 'Legacy jekyll-paginate configuration compatibility mode has expired. Please upgrade to jekyll-paginate-v2 configuration.';

/** discover_paginate_templates: pages whose `pagination` is a hash with a truthy `enabled`. */
function templatePages(pages: Page[]): Page[] {
  return pages.filter((p) => isHash(p.data.pagination) && rubyTruthy(p.data.pagination.enabled));
}

/** The collection labels a template's documents come from (`all` is every one but posts). */
function collectionsOf(ctx: GeneratorContext, value: unknown): string[] {
  return collectionNames(value).flatMap((n) => {
    const name = n.toLowerCase().trim();
    return name === 'all' ? [...ctx.site.collections.keys()].filter((c) => c !== 'posts') : [name];
  });
}

export function generatePaginationV2(ctx: GeneratorContext): void {
  const site = ctx.site;
  const config = site.config as Record<string, unknown>;
  const autopages = createAutopages(ctx);
  const siteConfig = sitePaginationConfig(config);
  if (!isNil(config.paginate)) {
    // Compatibility mode: refused when both are set, and expired anyway.
    if (!isNil(config.pagination)) throw new KilnError(BOTH_CONFIGURED, { file: '_config.yml' });
    throw new KilnError(LEGACY_EXPIRED, { file: '_config.yml' });
  }
  if (!rubyTruthy(siteConfig.enabled)) {
    // Unpaginated autopages stay pages (named index.html, as the root index's path).
    shareParsedTemplates(site.pages, new Set(autopages));
    return;
  }
  if (!isNil(siteConfig.title_suffix)) ctx.warn(TITLE_SUFFIX_DEPRECATION);

  const templates = templatePages(site.pages);
  if (templates.length === 0) {
    ctx.warn("Pagination: Is enabled, but I couldn't find any pagination page. Skipping pagination. Pages must have 'pagination: enabled: true' in their front-matter for pagination to work.");
    return;
  }
  const ours = new Set<Page>();
  for (const template of templates) {
    const templateConfig = mergeConfig(siteConfig, template.data.pagination);
    fixDeprecatedConfig(templateConfig);
    if (!rubyTruthy(templateConfig.enabled)) continue;
    const posts = postsForTemplate(site, templateConfig);
    const made = paginateTemplate(ctx, {
      template,
      config: templateConfig,
      siteTitle: config.title,
      posts,
      collections: collectionsOf(ctx, templateConfig.collection),
    });
    for (const p of made) ours.add(p);
  }
  shareParsedTemplates(site.pages, ours);
}

export const paginateV2Plugin: KilnPlugin = {
  name: 'jekyll-paginate-v2',
  priority: LOWEST,
  generate: generatePaginationV2,
};
