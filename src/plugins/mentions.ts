// jekyll-mentions 1.6.0: after a page or written document renders to HTML, every @mention in its
// text becomes `<a href="https://github.com/user" class="user-mention">@user</a>` (html-pipeline
// 2.14's MentionFilter). As in the gem, only a body (or a whole output without `<body`) in which the
// mention pattern matches is touched, and then it is reparsed and written back as Nokogiri does
// (libxml-html.ts), so the rest of that body takes libxml2's serialisation too. Text inside pre,
// code, a, style and script is left alone; @mention, @mentions, @mentioned, @mentioning are not
// links. The base URL: `jekyll-mentions:` (a string, or a hash with `base_url`) in the site config
// or the item's front matter, else SSL/GITHUB_HOSTNAME from the environment, else github.com.
import { isHash, isNil } from '../liquid/ruby/value.js';
import type { Renderable, Site } from '../site/model.js';
import { parseHtmlFragment, serializeHtmlFragment, type HtmlElement, type HtmlNode } from './libxml-html.js';
import type { KilnPlugin } from './registry.js';

/**
 * MentionPatterns[/[\w][\w-]*​/] (Ruby \w and \W are ASCII-only, as JS's are without the u flag);
 * the atomic group `(?>…)` is a lookahead plus backreference, so a login never gives back characters.
 */
const MENTION = /(?:^|\W)@(?=([A-Za-z0-9_][A-Za-z0-9_-]*))\1(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)/g;
const MENTION_TEST = new RegExp(MENTION.source);
/** Logins that link to "more info" about mentions: none configured, so left as text. */
const MENTION_LOGINS = new Set(['mention', 'mentions', 'mentioned', 'mentioning']);
const IGNORE_PARENTS = new Set(['pre', 'code', 'a', 'style', 'script']);
const OPENING_BODY_TAG = /<body([\s\S]*?)>[ \t\n\v\f\r]*/;

function rubyClassName(value: unknown): string {
  if (value === true) return 'TrueClass';
  if (value === false) return 'FalseClass';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  return typeof value === 'object' && value !== null ? (value.constructor?.name ?? 'Object') : 'Object';
}

/** Jekyll::Mentions.mention_base: the URL mentions link under. */
export function mentionBase(config: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = config['jekyll-mentions'];
  if (isNil(setting)) return defaultBase(env);
  if (typeof setting === 'string') return setting;
  // Hash#fetch: a base_url key that is there but empty gives nil (then the filter's '/').
  if (isHash(setting)) return Object.prototype.hasOwnProperty.call(setting, 'base_url') ? (isNil(setting.base_url) ? null : String(setting.base_url)) : defaultBase(env);
  throw new Error(`Your jekyll-mentions config has to either be a string or a hash. It's a ${rubyClassName(setting)} right now.`);
}

function defaultBase(env: NodeJS.ProcessEnv): string {
  const ssl = env.SSL ?? '';
  const host = env.GITHUB_HOSTNAME ?? '';
  if (ssl !== '' && host !== '') return `${ssl === 'true' ? 'https://' : 'http://'}${host.replace(/\/$/, '')}`;
  return 'https://github.com';
}

/** Jekyll::Mentions.mentionable?: pages, and documents that are written; HTML outputs; not opted out. */
export function mentionable(item: Renderable): boolean {
  const written = item.kind === 'page' || (item as { writes?: boolean }).writes === true;
  const permalink = item.data.permalink;
  const html = item.outputExt === '.html' || (typeof permalink === 'string' && permalink.endsWith('/'));
  return written && html && item.data['jekyll-mentions'] !== false;
}

function hasIgnoredAncestor(node: HtmlNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (IGNORE_PARENTS.has(p.name)) return true;
  return false;
}

/** MentionFilter#mention_link_filter on one text node: the nodes it becomes, or null when unchanged. */
function linkMentions(text: string, baseUrl: string): HtmlNode[] | null {
  if (!text.includes('@')) return null;
  const nodes: HtmlNode[] = [];
  let last = 0;
  let changed = false;
  const url = /[/~]$/.test(baseUrl) ? baseUrl : baseUrl + '/';
  for (const m of text.matchAll(MENTION)) {
    const login = m[1]!;
    if (MENTION_LOGINS.has(login.toLowerCase())) continue;
    // match.sub("@login", link): the prefix character stays text.
    const at = m.index! + m[0].indexOf('@' + login);
    if (at > last) nodes.push({ type: 'text', data: text.slice(last, at) });
    const link: HtmlElement = { type: 'element', name: 'a', attrs: [['href', url + login], ['class', 'user-mention']], children: [] };
    link.children.push({ type: 'text', data: '@' + login, parent: link });
    nodes.push(link);
    last = at + 1 + login.length;
    changed = true;
  }
  if (!changed) return null;
  if (last < text.length) nodes.push({ type: 'text', data: text.slice(last) });
  return nodes;
}

/** html-pipeline's MentionFilter over an HTML fragment, serialised as Nokogiri writes it. */
export function mentionFilter(html: string, baseUrl: string | null): string {
  const root = parseHtmlFragment(html);
  const texts: HtmlNode[] = [];
  const walk = (el: HtmlElement) => {
    for (const child of el.children) {
      if (child.type === 'text') texts.push(child);
      else if (child.type === 'element') walk(child);
    }
  };
  walk(root);
  for (const node of texts) {
    if (node.type !== 'text' || hasIgnoredAncestor(node)) continue;
    const replacement = linkMentions(node.data, baseUrl ?? '/');
    if (!replacement) continue;
    const parent = node.parent!;
    for (const n of replacement) n.parent = parent;
    parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
  }
  return serializeHtmlFragment(root, html);
}

/** Jekyll::Mentions.mentionify: the item's output with its mentions linked (unchanged when none). */
export function mentionify(output: string, siteConfig: Record<string, unknown>, data: Record<string, unknown>): string {
  if (!output.includes('@')) return output;
  const config = Object.prototype.hasOwnProperty.call(data, 'jekyll-mentions') ? { ...siteConfig, ...data } : siteConfig;
  const base = mentionBase(config);
  if (output.includes('<body')) {
    const m = OPENING_BODY_TAG.exec(output);
    // String#partition without a match: the body is empty, nothing to do.
    if (!m) return output;
    const head = output.slice(0, m.index);
    const tail = output.slice(m.index + m[0].length);
    const end = tail.indexOf('</body>');
    const body = end < 0 ? tail : tail.slice(0, end);
    const rest = end < 0 ? '' : tail.slice(end);
    if (!MENTION_TEST.test(body)) return output;
    return head + m[0] + mentionFilter(body, base) + rest;
  }
  if (!MENTION_TEST.test(output)) return output;
  return mentionFilter(output, base);
}

export const mentionsPlugin: KilnPlugin = {
  name: 'jekyll-mentions',
  postRender(item: Renderable, site: Site) {
    if (item.output === undefined || !mentionable(item)) return;
    item.output = mentionify(item.output, site.config, item.data);
  },
};
