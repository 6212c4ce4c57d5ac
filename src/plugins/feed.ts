// jekyll-feed 0.17.0: an Atom feed page (`/feed.xml`, or `feed.path`) of the newest posts
// (`feed.posts_limit`, default 10), plus, when configured, one feed per post category
// (`feed.categories`), per collection (`feed.collections`, list or hash with path/categories) and
// per tag (`feed.tags`: true or only/except/path). A feed whose file already exists in the source is
// not generated. Feeds are pages rendered with Liquid like any other (the gem's minified template,
// reproduced below), so they read site.posts/site.tags at render time and their dependencies are
// recorded. `{% feed_meta %}` prints the <link> to the main feed.
import fs from 'node:fs';
import path from 'node:path';
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { absoluteUrl } from '../liquid/filters/url.js';
import { isHash, isNil, rubyToS, rubyTruthy } from '../liquid/ruby/value.js';
import { getState } from '../liquid/state.js';
import { LOWEST, type GeneratorContext, type KilnPlugin } from './registry.js';

/** The feed page's Liquid, as the gem's template reads once its whitespace after `>`/`}` is removed. */
const FEED_TEMPLATE = [
  '<?xml version="1.0" encoding="utf-8"?>',
  `{% if page.xsl %}<?xml-stylesheet type="text/xml" href="{{ '/feed.xslt.xml' | absolute_url }}"?>{% endif %}`,
  '<feed xmlns="http://www.w3.org/2005/Atom" {% if site.lang %}xml:lang="{{ site.lang }}"{% endif %}>',
  '<generator uri="https://jekyllrb.com/" version="{{ jekyll.version }}">Jekyll</generator>',
  '<link href="{{ page.url | absolute_url }}" rel="self" type="application/atom+xml" />',
  `<link href="{{ '/' | absolute_url }}" rel="alternate" type="text/html" {% if site.lang %}hreflang="{{ site.lang }}" {% endif %}/>`,
  '<updated>{{ site.time | date_to_xmlschema }}</updated>',
  '<id>{{ page.url | absolute_url | xml_escape }}</id>',
  // Title: site title (or name), then " | Collection" and " | Category" for those feeds.
  '{% assign title = site.title | default: site.name %}',
  '{% if page.collection != "posts" %}{% assign collection = page.collection | capitalize %}{% assign title = title | append: " | " | append: collection %}{% endif %}',
  '{% if page.category %}{% assign category = page.category | capitalize %}{% assign title = title | append: " | " | append: category %}{% endif %}',
  '{% if title %}<title type="html">{{ title | smartify | xml_escape }}</title>{% endif %}',
  '{% if site.description %}<subtitle>{{ site.description | xml_escape }}</subtitle>{% endif %}',
  '{% if site.author %}<author><name>{{ site.author.name | default: site.author | xml_escape }}</name>',
  '{% if site.author.email %}<email>{{ site.author.email | xml_escape }}</email>{% endif %}',
  '{% if site.author.uri %}<uri>{{ site.author.uri | xml_escape }}</uri>{% endif %}</author>{% endif %}',
  // The entries: the tag's or the collection's documents, the category's, no drafts, newest first.
  '{% if page.tags %}{% assign posts = site.tags[page.tags] %}{% else %}{% assign posts = site[page.collection] %}{% endif %}',
  '{% if page.category %}{% assign posts = posts | where: "categories", page.category %}{% endif %}',
  '{% unless site.show_drafts %}{% assign posts = posts | where_exp: "post", "post.draft != true" %}{% endunless %}',
  '{% assign posts = posts | sort: "date" | reverse %}',
  '{% assign posts_limit = site.feed.posts_limit | default: 10 %}',
  '{% for post in posts limit: posts_limit %}',
  '<entry{% if post.lang %}{{" "}}xml:lang="{{ post.lang }}"{% endif %}>',
  '{% assign post_title = post.title | smartify | strip_html | normalize_whitespace | xml_escape %}',
  '<title type="html">{{ post_title }}</title>',
  '<link href="{{ post.url | absolute_url }}" rel="alternate" type="text/html" title="{{ post_title }}" />',
  '<published>{{ post.date | date_to_xmlschema }}</published>',
  '<updated>{{ post.last_modified_at | default: post.date | date_to_xmlschema }}</updated>',
  '<id>{{ post.id | absolute_url | xml_escape }}</id>',
  '{% assign excerpt_only = post.feed.excerpt_only | default: site.feed.excerpt_only %}',
  '{% unless excerpt_only %}<content type="html" xml:base="{{ post.url | absolute_url | xml_escape }}"><![CDATA[{{ post.content | strip }}]]></content>{% endunless %}',
  '{% assign post_author = post.author | default: post.authors[0] | default: site.author %}',
  '{% assign post_author = site.data.authors[post_author] | default: post_author %}',
  '{% assign post_author_email = post_author.email | default: nil %}',
  '{% assign post_author_uri = post_author.uri | default: nil %}',
  '{% assign post_author_name = post_author.name | default: post_author %}',
  '<author><name>{{ post_author_name | default: "" | xml_escape }}</name>',
  '{% if post_author_email %}<email>{{ post_author_email | xml_escape }}</email>{% endif %}',
  '{% if post_author_uri %}<uri>{{ post_author_uri | xml_escape }}</uri>{% endif %}</author>',
  '{% if post.category %}<category term="{{ post.category | xml_escape }}" />',
  '{% elsif post.categories %}{% for category in post.categories %}<category term="{{ category | xml_escape }}" />{% endfor %}{% endif %}',
  '{% for tag in post.tags %}<category term="{{ tag | xml_escape }}" />{% endfor %}',
  '{% assign post_summary = post.description | default: post.excerpt %}',
  '{% if post_summary and post_summary != empty %}<summary type="html"><![CDATA[{{ post_summary | strip_html | normalize_whitespace }}]]></summary>{% endif %}',
  '{% assign post_image = post.image.path | default: post.image %}',
  '{% if post_image %}{% unless post_image contains "://" %}{% assign post_image = post_image | absolute_url %}{% endunless %}',
  '<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{{ post_image | xml_escape }}" />',
  '<media:content medium="image" url="{{ post_image | xml_escape }}" xmlns:media="http://search.yahoo.com/mrss/" />{% endif %}',
  '</entry>{% endfor %}</feed>',
].join('');

type Hash = Record<string, unknown>;

interface CollectionFeed {
  categories: string[];
  path?: string;
}

function feedConfig(config: Hash): Hash {
  const feed = config.feed;
  return isHash(feed) ? feed : {};
}

/** The gem's `collections`: posts always, plus `feed.collections` (a list or a hash of settings). */
function feedCollections(feed: Hash): Map<string, CollectionFeed> {
  const out = new Map<string, CollectionFeed>();
  const raw = feed.collections;
  const entries: [string, unknown][] = Array.isArray(raw) ? raw.map((c) => [rubyToS(c), {}]) : isHash(raw) ? Object.entries(raw) : [];
  for (const [name, meta] of entries) out.set(name, meta as CollectionFeed);
  // normalize_posts_meta: posts' path and categories fall back to the top-level feed keys.
  const posts = (isHash(out.get('posts')) ? { ...out.get('posts') } : {}) as Hash;
  if (!rubyTruthy(posts.path)) posts.path = feed.path;
  if (!rubyTruthy(posts.categories)) posts.categories = feed.categories;
  out.set('posts', posts as unknown as CollectionFeed);
  for (const [name, meta] of out) {
    const m = (isHash(meta) ? meta : {}) as Hash;
    const categories = Array.isArray(m.categories) ? [...new Set(m.categories.map((c) => rubyToS(c)))] : [];
    out.set(name, { categories, path: rubyTruthy(m.path) ? rubyToS(m.path) : undefined });
  }
  return out;
}

function feedPath(collections: Map<string, CollectionFeed>, collection: string, category: string | null): string {
  const prefix = collection === 'posts' ? '/feed' : `/feed/${collection}`;
  if (category !== null) return `${prefix}/${category}.xml`;
  return collections.get(collection)?.path ?? `${prefix}.xml`;
}

export function generateFeeds(ctx: GeneratorContext): void {
  const { site } = ctx;
  const feed = feedConfig(site.config);
  if (rubyTruthy(feed.disable_in_development) && (process.env.JEKYLL_ENV || 'development') === 'development') {
    ctx.warn('Jekyll Feed: Skipping feed generation in development');
    return;
  }
  const exists = (p: string) => fs.existsSync(path.join(site.source, p.replace(/^\/+/, '')));
  const xsl = exists('feed.xslt.xml');
  const make = (p: string, collection: string, category: string | null, tags: string | null) =>
    site.pages.push(ctx.makePage('', p, FEED_TEMPLATE, { layout: null, sitemap: false, xsl, collection, category, tags }));
  const collections = feedCollections(feed);
  for (const [name, meta] of collections) {
    for (const category of [...meta.categories, null]) {
      const p = feedPath(collections, name, category);
      if (!exists(p)) make(p, name, category, null);
    }
  }
  if (rubyTruthy(feed.tags)) generateTagFeeds(ctx, feed, exists, (p, tag) => make(p, 'posts', null, tag));
}

function generateTagFeeds(ctx: GeneratorContext, feed: Hash, exists: (p: string) => boolean, make: (p: string, tag: string) => void): void {
  const tags = siteTags(ctx);
  if (tags.length === 0) return;
  const conf = isHash(feed.tags) ? feed.tags : {};
  const except = Array.isArray(conf.except) ? conf.except.map((t) => rubyToS(t)) : [];
  const only = Array.isArray(conf.only) ? conf.only.map((t) => rubyToS(t)) : tags;
  const dir = rubyTruthy(conf.path) ? rubyToS(conf.path) : '/feed/by_tag/';
  for (const tag of only.filter((t) => !except.includes(t))) {
    // Only simple names make a feed path.
    if (/[^a-zA-Z0-9_]/.test(tag)) continue;
    const p = `${dir}${tag}.xml`;
    if (!exists(p)) make(p, tag);
  }
}

/** site.tags's keys: every tag of the published posts, in the order they are first met. */
function siteTags(ctx: GeneratorContext): string[] {
  const posts = ctx.site.collections.get('posts');
  const tags = new Set<string>();
  for (const doc of posts?.docs ?? []) {
    const list = doc.data.tags;
    if (Array.isArray(list)) for (const t of list) tags.add(rubyToS(t));
  }
  return [...tags];
}

/** `{% feed_meta %}`: `<link type=… rel="alternate" href=… title=… />`, attributes XML-escaped. */
export class FeedMetaTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const config = getState(ctx).services.config;
    const feed = feedConfig(config);
    const p = isNil(feed.path) ? 'feed.xml' : feed.path;
    const title = rubyTruthy(config.title) ? config.title : config.name;
    const attrs: [string, unknown][] = [
      ['type', 'application/atom+xml'],
      ['rel', 'alternate'],
      ['href', absoluteUrl(p, config)],
    ];
    if (rubyTruthy(title)) attrs.push(['title', title]);
    return `<link ${attrs.map(([k, v]) => `${k}=${xmlAttr(rubyToS(v))}`).join(' ')} />`;
  }
}

/** Ruby's String#encode(xml: :attr): quoted, with & < > " ' escaped. */
function xmlAttr(s: string): string {
  return '"' + s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!) + '"';
}

export const feedPlugin: KilnPlugin = {
  name: 'jekyll-feed',
  // `priority :lowest`: after other generators (pagination included).
  priority: LOWEST,
  registerTags(liquid) {
    liquid.registerTag('feed_meta', FeedMetaTag);
  },
  generate: generateFeeds,
};
