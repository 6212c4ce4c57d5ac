// jekyll-seo-tag 2.8.0: `{% seo %}` (and `{% seo title=false %}`) prints the page's <title>,
// generator, Open Graph, Twitter and verification meta tags and a JSON-LD block. The values follow
// the gem's drops: every title and description goes through markdownify | strip_html |
// normalize_whitespace | escape_once; the author is page.author, page.authors[0] or site.author
// (a name looked up in site.data.authors); the image is made absolute and URI-escaped; the
// canonical URL is the absolute page URL without index.html; paginated pages prefix "Page N of M
// for ". The markup is the gem's minified template (one tag per line, no indentation).
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { isHash, isNil, rubyOutput, rubyToS, rubyTruthy } from '../liquid/ruby/value.js';
import { filterCaller, prop, variable, type FilterCaller } from './liquid-helpers.js';
import type { KilnPlugin } from './registry.js';

const VERSION = '2.8.0';
const TITLE_SEPARATOR = ' | ';
const HOMEPAGE_OR_ABOUT = /^\/(about\/)?(index.html?)?$/m;
const ABSOLUTE_URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

type Hash = Record<string, unknown>;

/** format_string results by input text, per build (keyed by the build's `site` drop). */
const formatted = new WeakMap<object, Map<string, string | undefined>>();

/** The values the template shows for one page (the gem's SeoTag::Drop). */
export class SeoValues {
  private readonly memo = new Map<string, unknown>();
  constructor(
    private readonly text: string,
    readonly site: Hash,
    readonly page: Hash,
    readonly paginator: unknown,
    private readonly f: FilterCaller,
  ) {}

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** markdownify | strip_html | normalize_whitespace | escape_once; nil when that leaves nothing. */
  formatString(value: unknown): string | undefined {
    // The same site title or description is formatted on every page: once per build (site drop).
    let cache = formatted.get(this.site);
    if (!cache) formatted.set(this.site, (cache = new Map()));
    if (typeof value === 'string' && cache.has(value)) return cache.get(value);
    let s: unknown = value;
    for (const name of ['markdownify', 'strip_html', 'normalize_whitespace', 'escape_once']) s = this.f(name, s);
    const text = rubyToS(s);
    const result = text === '' ? undefined : text;
    if (typeof value === 'string') cache.set(value, result);
    return result;
  }

  get siteTitle(): string | undefined {
    return this.once('siteTitle', () => this.formatString(or(prop(this.site, 'title'), prop(this.site, 'name'))));
  }
  get siteDescription(): string | undefined {
    return this.once('siteDescription', () => this.formatString(prop(this.site, 'description')));
  }
  get siteTagline(): string | undefined {
    return this.once('siteTagline', () => this.formatString(prop(this.site, 'tagline')));
  }
  get pageTitle(): string | undefined {
    return this.once('pageTitle', () => this.formatString(prop(this.page, 'title')) ?? this.siteTitle);
  }

  get title(): string | undefined {
    const base = this.once('title', () => {
      const site = this.siteTitle;
      const page = this.pageTitle;
      if (site && page !== site) return page + TITLE_SEPARATOR + site;
      if (this.siteDescription && site) return site + TITLE_SEPARATOR + (this.siteTagline ?? this.siteDescription);
      return page ?? site;
    });
    const number = this.pageNumber();
    return number !== undefined && base !== undefined ? number + base : base;
  }

  /** Whether the tag prints <title> (`title=false` in the tag's markup turns it off). */
  get showTitle(): boolean {
    return !!this.title && !/title=false/i.test(this.text);
  }

  private pageNumber(): string | undefined {
    const current = prop(this.paginator, 'page');
    if (!rubyTruthy(this.paginator) || !rubyTruthy(current)) return undefined;
    const total = prop(this.paginator, 'total_pages');
    const message = rubyTruthy(prop(this.site, 'seo_paginator_message')) ? rubyToS(prop(this.site, 'seo_paginator_message')) : 'Page %<current>s of %<total>s for ';
    if (!(Number(current) > 1)) return undefined;
    return message.replace(/%<current>s|%<total>s|%%/g, (m) => (m === '%%' ? '%' : rubyToS(m === '%<current>s' ? current : total)));
  }

  get homepageOrAbout(): boolean {
    return HOMEPAGE_OR_ABOUT.test(rubyToS(prop(this.page, 'url')));
  }

  private get pageSeo(): Hash {
    const seo = prop(this.page, 'seo');
    return isHash(seo) ? seo : {};
  }
  private get siteSocial(): Hash {
    const social = prop(this.site, 'social');
    return isHash(social) ? social : {};
  }

  get name(): string | undefined {
    return this.once('name', () => {
      if (rubyTruthy(this.pageSeo.name)) return this.formatString(this.pageSeo.name);
      if (!this.homepageOrAbout) return undefined;
      if (rubyTruthy(this.siteSocial.name)) return this.formatString(this.siteSocial.name);
      return this.siteTitle;
    });
  }

  get description(): string | undefined {
    return this.once('description', () => this.formatString(or(prop(this.page, 'description'), prop(this.page, 'excerpt'))) ?? this.siteDescription);
  }

  /** The author hash: page.author, page.authors[0] or site.author, names completed from site.data.authors. */
  get author(): Hash {
    return this.once('author', () => {
      const sources: unknown[] = [prop(this.page, 'author')];
      const authors = prop(this.page, 'authors');
      if (Array.isArray(authors)) sources.push(authors[0]);
      sources.push(prop(this.site, 'author'));
      // `!s.to_s.empty?`: only nil and "" are passed over ([] and {} print as "[]" and "{}").
      const resolved = sources.find((s) => !isNil(s) && s !== '');
      if (isHash(resolved)) return resolved;
      if (typeof resolved === 'string') {
        const data = prop(prop(this.site, 'data'), 'authors');
        const extra = isHash(data) && isHash(data[resolved]) ? (data[resolved] as Hash) : {};
        return { name: resolved, ...extra };
      }
      return {};
    });
  }

  get authorTwitter(): string | undefined {
    const a = this.author;
    const twitter = or(a.twitter, a.name);
    return typeof twitter === 'string' ? twitter.replace(/^@/, '') : undefined;
  }

  /** The image hash with `path` first (the gem's ImageDrop fallback data). */
  private get imageHash(): Hash {
    const meta = prop(this.page, 'image');
    if (isHash(meta)) return { path: null, ...meta };
    if (typeof meta === 'string') return { path: meta };
    return { path: null };
  }

  /** The escaped absolute image URL, or nil. */
  get imagePath(): string | undefined {
    return this.once('imagePath', () => {
      const h = this.imageHash;
      const raw = or(or(h.path, h.facebook), h.twitter);
      if (!rubyTruthy(raw)) return undefined;
      const absolute = typeof raw === 'string' && isAbsoluteUri(raw) === false ? this.f('absolute_url', raw) : raw;
      return rubyTruthy(absolute) ? rubyToS(this.f('uri_escape', absolute)) : undefined;
    });
  }

  image(key: string): unknown {
    return key === 'path' ? this.imagePath : this.imageHash[key];
  }

  get dateModified(): string | undefined {
    const date = or(or(this.pageSeo.date_modified, prop(this.page, 'last_modified_at')), prop(this.page, 'date'));
    return rubyTruthy(date) ? rubyToS(this.f('date_to_xmlschema', date)) : undefined;
  }
  get datePublished(): string | undefined {
    const date = prop(this.page, 'date');
    return rubyTruthy(date) ? rubyToS(this.f('date_to_xmlschema', date)) : undefined;
  }

  get type(): unknown {
    if (rubyTruthy(this.pageSeo.type)) return this.pageSeo.type;
    if (this.homepageOrAbout) return 'WebSite';
    return rubyTruthy(prop(this.page, 'date')) ? 'BlogPosting' : 'WebPage';
  }

  get links(): unknown {
    if (rubyTruthy(this.pageSeo.links)) return this.pageSeo.links;
    if (this.homepageOrAbout && rubyTruthy(this.siteSocial.links)) return this.siteSocial.links;
    return undefined;
  }

  get logo(): string | undefined {
    const logo = prop(this.site, 'logo');
    if (!rubyTruthy(logo)) return undefined;
    return rubyToS(this.f('uri_escape', isAbsoluteUri(logo) ? logo : this.f('absolute_url', logo)));
  }

  get pageLocale(): string {
    const lang = or(or(prop(this.page, 'lang'), prop(this.site, 'lang')), 'en_US');
    return rubyToS(or(or(prop(this.page, 'locale'), prop(this.site, 'locale')), lang)).replace(/-/g, '_');
  }

  get canonicalUrl(): string {
    return this.once('canonical', () => {
      const own = prop(this.page, 'canonical_url');
      if (rubyToS(own) !== '') return rubyToS(own);
      return rubyToS(this.f('absolute_url', prop(this.page, 'url'))).replace(/\/index\.html$/, '/');
    });
  }

  absoluteUrl(v: unknown): unknown {
    return this.f('absolute_url', v);
  }

  jsonify(v: unknown): string {
    return rubyToS(this.f('jsonify', v));
  }

  /** The JSON-LD object: keys sorted, nil values left out (the gem's JSONLDDrop#to_json). */
  jsonLd(): Hash {
    const author = this.author;
    let ldAuthor: Hash | undefined;
    const authorType = author.type;
    if (rubyTruthy(author.name) && (!rubyTruthy(authorType) || authorType === 'Organization' || authorType === 'Person')) {
      ldAuthor = { '@type': rubyTruthy(authorType) ? authorType : 'Person', name: author.name };
      if (rubyTruthy(author.url)) ldAuthor.url = author.url;
    }
    let image: unknown;
    if (this.imagePath !== undefined) {
      const keys = Object.keys(this.imageHash);
      if (keys.length === 1) image = this.imagePath;
      else {
        const h: Hash = {};
        for (const k of keys) if (k !== 'path') h[k] = this.imageHash[k];
        h.url = this.imagePath;
        h['@type'] = 'imageObject';
        image = h;
      }
    }
    let publisher: Hash | undefined;
    const logo = this.logo;
    if (logo) {
      publisher = { '@type': 'Organization', logo: { '@type': 'ImageObject', url: logo } };
      if (rubyTruthy(author.name)) publisher.name = author.name;
    }
    const type = this.type;
    const entries: [string, unknown][] = [
      ['@context', 'https://schema.org'],
      ['@type', type],
      ['author', ldAuthor],
      ['dateModified', this.dateModified],
      ['datePublished', this.datePublished],
      ['description', this.description],
      ['headline', this.pageTitle],
      ['image', image],
      ['mainEntityOfPage', type === 'BlogPosting' || type === 'CreativeWork' ? { '@type': 'WebPage', '@id': this.canonicalUrl } : undefined],
      ['name', this.name],
      ['publisher', publisher],
      ['sameAs', this.links],
      ['url', this.canonicalUrl],
    ];
    const out: Hash = {};
    for (const [k, v] of entries) if (!isNil(v)) out[k] = v;
    return out;
  }
}

/** Ruby `a || b`. */
function or(a: unknown, b: unknown): unknown {
  return rubyTruthy(a) ? a : b;
}

/** Addressable::URI.parse(s).absolute? (true with a scheme); nil for what is not a string. */
function isAbsoluteUri(s: unknown): boolean | undefined {
  if (typeof s !== 'string') return undefined;
  return ABSOLUTE_URI.test(s);
}

/** The tag's output for one render. */
export function renderSeo(values: SeoValues, jekyllVersion: string): string {
  const { site, page, paginator } = values;
  const out = (v: unknown) => rubyOutput(v);
  const lines: string[] = [];
  const line = (s: string) => lines.push(s + '\n');
  let text = `<!-- Begin Jekyll SEO tag v${VERSION} -->\n`;
  if (values.showTitle) line(`<title>${out(values.title)}</title>`);
  line(`<meta name="generator" content="Jekyll v${jekyllVersion}" />`);
  const pageTitle = values.pageTitle;
  if (pageTitle) line(`<meta property="og:title" content="${out(pageTitle)}" />`);
  const authorName = values.author.name;
  if (rubyTruthy(authorName)) line(`<meta name="author" content="${out(authorName)}" />`);
  line(`<meta property="og:locale" content="${out(values.pageLocale)}" />`);
  const description = values.description;
  if (description) {
    line(`<meta name="description" content="${out(description)}" />`);
    line(`<meta property="og:description" content="${out(description)}" />`);
  }
  if (rubyTruthy(prop(site, 'url'))) {
    line(`<link rel="canonical" href="${out(values.canonicalUrl)}" />`);
    line(`<meta property="og:url" content="${out(values.canonicalUrl)}" />`);
  }
  if (values.siteTitle) line(`<meta property="og:site_name" content="${out(values.siteTitle)}" />`);
  const image = values.imagePath;
  if (image) {
    line(`<meta property="og:image" content="${out(image)}" />`);
    if (rubyTruthy(values.image('height'))) line(`<meta property="og:image:height" content="${out(values.image('height'))}" />`);
    if (rubyTruthy(values.image('width'))) line(`<meta property="og:image:width" content="${out(values.image('width'))}" />`);
    if (rubyTruthy(values.image('alt'))) line(`<meta property="og:image:alt" content="${out(values.image('alt'))}" />`);
  }
  if (rubyTruthy(prop(page, 'date'))) {
    line(`<meta property="og:type" content="article" />`);
    line(`<meta property="article:published_time" content="${out(values.datePublished)}" />`);
  } else {
    line(`<meta property="og:type" content="website" />`);
  }
  const abs = (v: unknown) => out(values.absoluteUrl(v));
  if (rubyTruthy(prop(paginator, 'previous_page'))) line(`<link rel="prev" href="${abs(prop(paginator, 'previous_page_path'))}" />`);
  if (rubyTruthy(prop(paginator, 'next_page'))) line(`<link rel="next" href="${abs(prop(paginator, 'next_page_path'))}" />`);
  if (image) {
    const card = [prop(prop(page, 'twitter'), 'card'), prop(prop(site, 'twitter'), 'card')].find((c) => !emptyForDefault(c)) ?? 'summary_large_image';
    line(`<meta name="twitter:card" content="${out(card)}" />`);
    line(`<meta property="twitter:image" content="${out(image)}" />`);
  } else {
    line(`<meta name="twitter:card" content="summary" />`);
  }
  if (image && rubyTruthy(values.image('alt'))) line(`<meta name="twitter:image:alt" content="${out(values.image('alt'))}" />`);
  if (pageTitle) line(`<meta property="twitter:title" content="${out(pageTitle)}" />`);
  const twitter = prop(site, 'twitter');
  if (rubyTruthy(twitter)) {
    line(`<meta name="twitter:site" content="@${rubyToS(prop(twitter, 'username')).split('@').join('')}" />`);
    const creator = values.authorTwitter;
    if (creator) line(`<meta name="twitter:creator" content="@${creator.split('@').join('')}" />`);
  }
  const facebook = prop(site, 'facebook');
  if (rubyTruthy(facebook)) {
    if (rubyTruthy(prop(facebook, 'admins'))) line(`<meta property="fb:admins" content="${out(prop(facebook, 'admins'))}" />`);
    if (rubyTruthy(prop(facebook, 'publisher'))) line(`<meta property="article:publisher" content="${out(prop(facebook, 'publisher'))}" />`);
    if (rubyTruthy(prop(facebook, 'app_id'))) line(`<meta property="fb:app_id" content="${out(prop(facebook, 'app_id'))}" />`);
  }
  const verifications = prop(site, 'webmaster_verifications');
  if (rubyTruthy(verifications)) {
    const names: [string, string][] = [
      ['google', 'google-site-verification'],
      ['bing', 'msvalidate.01'],
      ['alexa', 'alexaVerifyID'],
      ['yandex', 'yandex-verification'],
      ['baidu', 'baidu-site-verification'],
      ['facebook', 'facebook-domain-verification'],
    ];
    for (const [key, name] of names) {
      const v = prop(verifications, key);
      if (rubyTruthy(v)) line(`<meta name="${name}" content="${out(v)}" />`);
    }
  } else if (rubyTruthy(prop(site, 'google_site_verification'))) {
    line(`<meta name="google-site-verification" content="${out(prop(site, 'google_site_verification'))}" />`);
  }
  text += lines.join('');
  text += `<script type="application/ld+json">\n${values.jsonify(values.jsonLd())}</script>\n<!-- End Jekyll SEO tag -->\n`;
  return text;
}

/** Liquid's `default` filter: nil, false and empty strings/arrays/hashes take the default. */
function emptyForDefault(v: unknown): boolean {
  if (!rubyTruthy(v)) return true;
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (isHash(v)) return Object.keys(v).length === 0;
  return false;
}

export class SeoTag extends Tag {
  private readonly markup: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.markup = token.args;
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    return renderSeoIn(ctx, this.liquid, this.markup);
  }
}

export function renderSeoIn(ctx: Context, liquid: Liquid, markup: string): string {
  const f = filterCaller(ctx, liquid);
  const site = (variable(ctx, 'site') ?? {}) as Hash;
  const page = (variable(ctx, 'page') ?? {}) as Hash;
  const values = new SeoValues(markup, site, page, variable(ctx, 'paginator'), f);
  const jekyll = variable(ctx, 'jekyll');
  return renderSeo(values, rubyToS(prop(jekyll, 'version') ?? '4.3.1'));
}

export const seoPlugin: KilnPlugin = {
  name: 'jekyll-seo-tag',
  registerTags(liquid) {
    liquid.registerTag('seo', SeoTag);
  },
};
