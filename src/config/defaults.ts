// Jekyll 4.3's configuration defaults (Jekyll::Configuration::DEFAULTS) and the derived settings
// Jekyll adds after reading the user's files (default collections, default excludes).

export type SiteConfig = Record<string, unknown> & {
  source: string;
  destination: string;
  collections_dir: string;
  layouts_dir: string;
  data_dir: string;
  includes_dir: string;
  collections: Record<string, Record<string, unknown>>;
  safe: boolean;
  include: string[];
  exclude: string[];
  keep_files: string[];
  encoding: string;
  markdown_ext: string;
  show_drafts: boolean | null;
  limit_posts: number;
  future: boolean;
  unpublished: boolean;
  whitelist: string[];
  plugins: string[];
  excerpt_separator: string;
  baseurl: string | null;
  permalink: string;
  paginate_path: string;
  timezone: string | null;
  defaults: unknown[];
};

export function jekyllDefaults(cwd: string): Record<string, unknown> {
  return {
    source: cwd,
    destination: cwd + '/_site',
    collections_dir: '',
    cache_dir: '.jekyll-cache',
    plugins_dir: '_plugins',
    layouts_dir: '_layouts',
    data_dir: '_data',
    includes_dir: '_includes',
    collections: {},
    safe: false,
    include: ['.htaccess'],
    exclude: [],
    keep_files: ['.git', '.svn'],
    encoding: 'utf-8',
    markdown_ext: 'markdown,mkdown,mkdn,mkd,md',
    strict_front_matter: false,
    show_drafts: null,
    limit_posts: 0,
    future: false,
    unpublished: false,
    whitelist: [],
    plugins: [],
    markdown: 'kramdown',
    highlighter: 'rouge',
    lsi: false,
    excerpt_separator: '\n\n',
    incremental: false,
    detach: false,
    port: '4000',
    host: '127.0.0.1',
    baseurl: null,
    show_dir_listing: false,
    permalink: 'date',
    paginate_path: '/page:num',
    timezone: null,
    quiet: false,
    verbose: false,
    defaults: [],
    liquid: { error_mode: 'warn', strict_filters: false, strict_variables: false },
    kramdown: {
      auto_ids: true,
      toc_levels: [1, 2, 3, 4, 5, 6],
      entity_output: 'as_char',
      smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
      input: 'GFM',
      hard_wrap: false,
      guess_lang: true,
      footnote_nr: 1,
      show_warnings: false,
    },
  };
}

export const DEFAULT_EXCLUDES = [
  '.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules',
  'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/',
];

const STYLE_TO_PERMALINK: Record<string, string> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};

/** A built-in style name (`date`, `pretty`…) to its template; anything else is a template already. */
export function styleToPermalink(style: unknown): string {
  const s = String(style);
  return STYLE_TO_PERMALINK[s] ?? s;
}

/** Jekyll's Utils.add_permalink_suffix: what a style adds to `/:collection/:path`-like templates. */
export function addPermalinkSuffix(template: string, style: string): string {
  if (style === 'pretty') return template + '/';
  if (style === 'date' || style === 'ordinal' || style === 'none') return template + ':output_ext';
  let out = template;
  if (style.endsWith('/')) out += '/';
  if (style.endsWith(':output_ext')) out += ':output_ext';
  return out;
}
