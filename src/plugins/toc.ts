// jekyll-toc 0.18.0: on pages with `toc: true`, the filters `toc` (the list, then the HTML with
// anchors), `toc_only` (the list) and `inject_anchors` (the HTML with anchors), and the tag
// `{% toc %}` (the list of page.content). Headings h1–h6 (`toc.min_level`/`max_level`) outside
// `.no_toc_section` and without class `no_toc` become entries, their id the heading's own or one
// made from its text (suffixed -1, -2… when repeated). The HTML goes through libxml2's parser and
// serializer as the gem's Nokogiri does (toc-html-*.ts), so the result is the same to the byte.
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { isHash, isNil, rubyToS } from '../liquid/ruby/value.js';
import { classList, getAttribute, insertBefore, textContent, type HtmlElement, type HtmlFragment, type HtmlNode } from './toc-html-dom.js';
import { parseHtmlFragment } from './toc-html-parse.js';
import { fragmentInnerHtml } from './toc-html-serialize.js';
import { prop, variable } from './liquid-helpers.js';
import type { KilnPlugin } from './registry.js';

/** Jekyll::TableOfContents::Configuration, from the site's `toc:` hash over the defaults. */
export interface TocConfig {
  /** Heading levels taken (min_level..max_level, default 1..6). */
  levels: number[];
  /** `<ol>` instead of `<ul>` (ordered_list, default false). */
  orderedList: boolean;
  /** Headings inside an element with this class (or one of these) are left out (default no_toc_section). */
  noTocSectionClass: string | string[];
  /** id and class of the outer list (default toc, section-nav). */
  listId: string;
  listClass: string;
  /** class of nested lists (default none). */
  sublistClass: string;
  /** class of each item, then item_prefix + the heading's tag name (default toc-entry, toc-). */
  itemClass: string;
  itemPrefix: string;
}

const DEFAULTS: Record<string, unknown> = {
  min_level: 1,
  max_level: 6,
  ordered_list: false,
  no_toc_section_class: 'no_toc_section',
  list_id: 'toc',
  list_class: 'section-nav',
  sublist_class: '',
  item_class: 'toc-entry',
  item_prefix: 'toc-',
};

function levelNumber(v: unknown): number {
  return typeof v === 'number' ? Math.trunc(v) : Number.parseInt(rubyToS(v), 10);
}

/** Configuration#initialize: DEFAULT_CONFIG.merge(options); anything but a hash is ignored (TypeError). */
export function tocConfig(options: unknown): TocConfig {
  const o = isHash(options) ? { ...DEFAULTS, ...options } : DEFAULTS;
  const min = levelNumber(o.min_level);
  const max = levelNumber(o.max_level);
  const levels: number[] = [];
  for (let l = min; l <= max; l++) levels.push(l);
  const section = o.no_toc_section_class;
  return {
    levels,
    orderedList: !isNil(o.ordered_list) && o.ordered_list !== false,
    noTocSectionClass: Array.isArray(section) ? section.map(rubyToS) : rubyToS(section),
    listId: rubyToS(o.list_id),
    listClass: rubyToS(o.list_class),
    sublistClass: rubyToS(o.sublist_class),
    itemClass: rubyToS(o.item_class),
    itemPrefix: rubyToS(o.item_prefix),
  };
}

interface TocEntry {
  id: string;
  /** The heading's text, HTML-escaped. */
  text: string;
  nodeName: string;
  /** The heading's first child: the anchor goes before it. */
  headerContent: HtmlNode | undefined;
  level: number;
}

/** CGI.escapeHTML. */
function cgiEscapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** CGI.escape: every byte but [a-zA-Z0-9_.~-] as %XX, spaces as `+`. */
function cgiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[a-zA-Z0-9_.~-]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Helper#generate_toc_id: downcased, punctuation (not \p{Word}, `-` or space) removed, spaces to `-`, CGI-escaped. */
export function generateTocId(text: string): string {
  return cgiEscape(text.toLowerCase().replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- ]/gu, '').replaceAll(' ', '-'));
}

/** Jekyll::TableOfContents::Parser. */
export class TocParser {
  private readonly doc: HtmlFragment;
  private readonly config: TocConfig;
  private readonly entries: TocEntry[];

  constructor(html: string, options: unknown) {
    this.doc = parseHtmlFragment(html);
    this.config = tocConfig(options);
    this.entries = this.parseContent();
  }

  /** The list, then the HTML with anchors. */
  toc(): string {
    return this.buildToc() + this.injectAnchorsIntoHtml();
  }

  buildToc(): string {
    const tag = this.listTag;
    return `<${tag} id="${this.config.listId}" class="${this.config.listClass}">\n${this.buildTocList(this.entries)}</${tag}>`;
  }

  injectAnchorsIntoHtml(): string {
    for (const entry of this.entries) {
      // Jekyll fails the same way on a heading with nothing inside.
      if (!entry.headerContent) throw new Error("undefined method `add_previous_sibling' for nil:NilClass");
      insertBefore(entry.headerContent, anchorNodes(entry.id));
    }
    return fragmentInnerHtml(this.doc);
  }

  private get listTag(): string {
    return this.config.orderedList ? 'ol' : 'ul';
  }

  private headings(): HtmlElement[] {
    // min_level > max_level: the gem's CSS selector is empty and Nokogiri fails to parse it.
    if (this.config.levels.length === 0) throw new Error("unexpected '$' after ''");
    const names = new Set(this.config.levels.map((l) => `h${l}`));
    const sections = new Set(Array.isArray(this.config.noTocSectionClass) ? this.config.noTocSectionClass : [this.config.noTocSectionClass]);
    const out: HtmlElement[] = [];
    const walk = (nodes: HtmlNode[], inSection: boolean) => {
      for (const n of nodes) {
        if (n.type !== 'element') continue;
        if (names.has(n.name) && !inSection && !classList(n).includes('no_toc')) out.push(n);
        walk(n.children, inSection || classList(n).some((c) => sections.has(c)));
      }
    };
    walk(this.doc.children, false);
    return out;
  }

  /** Parser#parse_content (from html-pipeline's toc_filter). */
  private parseContent(): TocEntry[] {
    const counts = new Map<string, number>();
    return this.headings().map((node) => {
      const text = textContent(node);
      const attr = getAttribute(node, 'id');
      let id: string;
      if (attr) {
        // The id attribute object is the hash key: never equal to another, so never suffixed.
        id = attr.value ?? '';
      } else {
        const base = generateTocId(text);
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        id = n === 0 ? base : `${base}-${n}`;
      }
      return { id, text: cgiEscapeHtml(text), nodeName: node.name, headerContent: node.children[0], level: Number.parseInt(node.name.slice(1), 10) || 0 };
    });
  }

  private buildTocList(entries: TocEntry[]): string {
    let i = 0;
    let list = '';
    const min = entries.length ? Math.min(...entries.map((e) => e.level)) : NaN;
    while (i < entries.length) {
      const entry = entries[i]!;
      if (entry.level === min) {
        list += `<li class="${this.config.itemClass} ${this.config.itemPrefix}${entry.nodeName}"><a href="#${entry.id}">${entry.text}</a>`;
        const next = i + 1;
        if (next < entries.length && entries[next]!.level > min) {
          const nest = nestEntries(entries.slice(next), min);
          list += `\n<${this.listTag}${this.ulAttributes}>\n${this.buildTocList(nest)}</${this.listTag}>\n`;
          i += nest.length;
        }
        list += '</li>\n';
      } else if (entry.level > min) {
        const nest = nestEntries(entries.slice(i), min);
        list += this.buildTocList(nest);
        i += nest.length - 1;
      }
      i++;
    }
    return list;
  }

  private get ulAttributes(): string {
    return this.config.sublistClass === '' ? '' : ` class="${this.config.sublistClass}"`;
  }
}

/** Parser#get_nest_entries: the entries up to the next one at `min` (exclusive). */
function nestEntries(entries: TocEntry[], min: number): TocEntry[] {
  const out: TocEntry[] = [];
  for (const e of entries) {
    if (e.level === min) break;
    out.push(e);
  }
  return out;
}

/** The anchor markup, parsed as Nokogiri parses a string given to add_previous_sibling. */
function anchorNodes(id: string): HtmlNode[] {
  const parsed = parseHtmlFragment(`<div><a class="anchor" href="#${id}" aria-hidden="true"><span class="octicon octicon-link"></span></a></div>`);
  const div = parsed.children[0];
  return div && div.type === 'element' ? [...div.children] : parsed.children;
}

function siteTocConfig(ctx: Context): unknown {
  return prop(variable(ctx, 'site'), 'toc') ?? {};
}

function htmlInput(html: unknown): string {
  return isNil(html) ? '' : rubyToS(html);
}

/** `toc_enabled?`: the page's `toc` is exactly true. */
function tocEnabled(ctx: Context): boolean {
  return prop(variable(ctx, 'page'), 'toc') === true;
}

interface FilterThis {
  context: Context;
}

export const tocFilters = {
  toc(this: FilterThis, html: unknown): unknown {
    if (!tocEnabled(this.context)) return html;
    return new TocParser(htmlInput(html), siteTocConfig(this.context)).toc();
  },
  toc_only(this: FilterThis, html: unknown): unknown {
    if (!tocEnabled(this.context)) return '';
    return new TocParser(htmlInput(html), siteTocConfig(this.context)).buildToc();
  },
  inject_anchors(this: FilterThis, html: unknown): unknown {
    if (!tocEnabled(this.context)) return html;
    return new TocParser(htmlInput(html), siteTocConfig(this.context)).injectAnchorsIntoHtml();
  },
};

/** `{% toc %}`: the list of page.content when the page's `toc` is truthy. */
export class TocTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const page = variable(ctx, 'page');
    const flag = prop(page, 'toc');
    if (isNil(flag) || flag === false) return '';
    return new TocParser(htmlInput(prop(page, 'content')), siteTocConfig(ctx)).buildToc();
  }
}

export const tocPlugin: KilnPlugin = {
  name: 'jekyll-toc',
  registerTags(liquid) {
    liquid.registerTag('toc', TocTag);
    for (const [name, fn] of Object.entries(tocFilters)) liquid.registerFilter(name, fn as never);
  },
};
