// jekyll-paginate-v2's configuration: the gem's defaults (generator/defaults.rb), merged with the
// site's `pagination:` and then each template page's `pagination:` front matter as Jekyll's
// deep_merge_hashes does (nested hashes merge, a nil never overwrites), and the deprecated
// `title_suffix` migrated as the gem does.
import { deepMerge } from '../config/merge.js';
import { isHash } from '../liquid/ruby/value.js';

export type PaginationConfig = Record<string, unknown>;

/** Generator::DEFAULT, in the gem's key order. */
export function defaultPaginationConfig(): PaginationConfig {
  return {
    enabled: false,
    collection: 'posts',
    offset: 0,
    per_page: 10,
    permalink: '/page:num/',
    title: ':title - page :num',
    page_num: 1,
    sort_reverse: false,
    sort_field: 'date',
    limit: 0,
    trail: { before: 0, after: 0 },
    indexpage: null,
    extension: 'html',
    debug: false,
    legacy: false,
  };
}

/** deep_merge_hashes(DEFAULT, site.config['pagination'] || {}). */
export function sitePaginationConfig(siteConfig: Record<string, unknown>): PaginationConfig {
  const own = siteConfig.pagination;
  return mergeConfig(defaultPaginationConfig(), own);
}

/** deep_merge_hashes(config, other || {}): a non-hash `other` other than nil/false is a Ruby TypeError. */
export function mergeConfig(config: PaginationConfig, other: unknown): PaginationConfig {
  if (other === undefined || other === null || other === false) return deepMerge(config, {});
  if (!isHash(other)) throw new TypeError(`no implicit conversion of ${typeof other} into Hash`);
  return deepMerge(config, other);
}

/** PaginationModel#_fix_deprecated_config_features: `title_suffix` becomes `title` (when unset), then goes. */
export function fixDeprecatedConfig(config: PaginationConfig): void {
  if (config.title_suffix === undefined || config.title_suffix === null) return;
  if (config.title === undefined || config.title === null) config.title = ':title' + String(config.title_suffix);
  delete config.title_suffix;
}

/** The deprecation message Jekyll prints once per build when the site config still has `title_suffix`. */
export const TITLE_SUFFIX_DEPRECATION =
  "Deprecation: Pagination: The 'title_suffix' configuration has been deprecated. Please use 'title'. See https://github.com/sverrirs/jekyll-paginate-v2/blob/master/README-GENERATOR.md#site-configuration";
