// The site model: what the reader produces and the renderer consumes. Plain classes holding
// Jekyll's per-item state (data, content, url, output) — the Liquid view of each lives in drops.ts.
import type { RubyTime } from '../liquid/ruby/time.js';
import type { SiteConfig } from '../config/defaults.js';

export interface Layout {
  /** Name used in `layout:` (path under _layouts without the last extension). */
  name: string;
  absPath: string;
  /** Site-relative path (`_layouts/default.html`). */
  relativePath: string;
  data: Record<string, unknown>;
  content: string;
  contentLine: number;
}

/** What pages and documents share for rendering. */
export interface Renderable {
  kind: 'page' | 'document';
  absPath: string;
  /** Jekyll's relative_path (pages: `fr/index.md`; documents: `_posts/x.md`). */
  relativePath: string;
  /** File extension with the dot (`.md`). */
  ext: string;
  data: Record<string, unknown>;
  /** Current content: raw until rendered, then converted (before layouts), as Jekyll mutates it. */
  content: string;
  contentLine: number;
  url: string;
  outputExt: string;
  /** Output path relative to the destination (posix). */
  outputPath: string;
  output?: string;
  /** Rendered at most once per build; the Liquid object caches per item. */
  liquid?: Record<string, unknown>;
}

export class Page implements Renderable {
  readonly kind = 'page' as const;
  url = '';
  outputExt = '';
  outputPath = '';
  output?: string;
  liquid?: Record<string, unknown>;
  /** A generator's page with its own Liquid view (jekyll-archives' Archive and its attributes). */
  liquidView?: (hooks?: import('./drops.js').DropHooks) => Record<string, unknown>;
  pager?: import('./paginate.js').Pager;
  /** Front matter defaults that apply to this page (Jekyll reads them through data's default_proc). */
  defaults: Record<string, unknown> = {};
  /** The page's own front matter; `data` is it over the defaults (a nil value stays nil). */
  frontMatter: Record<string, unknown> = {};
  /** With `page_excerpts: true`: the excerpt source of an HTML page, and its rendering. */
  excerptSource?: string;
  excerptOutput?: string;
  constructor(
    public absPath: string,
    /** `''` for the root, else `/fr`, `/fr/sub` (Jekyll's @dir). */
    public dir: string,
    /** File name (`index.md`). */
    public name: string,
    public data: Record<string, unknown>,
    public content: string,
    public contentLine: number,
  ) {}
  get ext(): string {
    const i = this.name.lastIndexOf('.');
    return i <= 0 ? '' : this.name.slice(i);
  }
  get basename(): string {
    return this.name.slice(0, this.name.length - this.ext.length).replace(/\.*$/, '');
  }
  /** Set for paginated copies: Jekyll memoizes relative_path before the generator moves them. */
  fixedRelativePath?: string;
  get relativePath(): string {
    return this.fixedRelativePath ?? (this.dir ? this.dir + '/' + this.name : this.name).replace(/^\/+/, '');
  }
  get isHtml(): boolean {
    return ['.html', '.xhtml', '.htm'].includes(this.outputExt);
  }
}

export class Collection {
  docs: Doc[] = [];
  files: StaticFile[] = [];
  constructor(
    public label: string,
    public metadata: Record<string, unknown>,
  ) {}
  get relativeDirectory(): string {
    return '_' + this.label;
  }
  get write(): boolean {
    return !!this.metadata.output;
  }
}

export class Doc implements Renderable {
  readonly kind = 'document' as const;
  url = '';
  /**
   * The permalink template names a placeholder documents lack (`:id`): Jekyll raises only when the
   * URL is asked for (writing the document, or `url`/`id` read from Liquid), so a collection with
   * `output: false` builds until then.
   */
  urlError?: Error;
  outputExt = '';
  outputPath = '';
  output?: string;
  liquid?: Record<string, unknown>;
  /** Raw excerpt source, when the document generates one. */
  excerptSource?: string;
  /** Rendered excerpt HTML (lazily, once). */
  excerptOutput?: string;
  /** Whether this document is written (collection output, published, not in the future). */
  writes = false;
  constructor(
    public absPath: string,
    public relativePath: string,
    public collection: Collection,
    public data: Record<string, unknown>,
    public content: string,
    public contentLine: number,
  ) {}
  get ext(): string {
    const base = this.basename;
    const i = base.lastIndexOf('.');
    return i <= 0 ? '' : base.slice(i);
  }
  get basename(): string {
    return this.relativePath.slice(this.relativePath.lastIndexOf('/') + 1);
  }
  get basenameWithoutExt(): string {
    const b = this.basename;
    return b.slice(0, b.length - this.ext.length);
  }
  get date(): RubyTime {
    return this.data.date as RubyTime;
  }
  get isDraft(): boolean {
    return this.data.draft === true;
  }
}

export class StaticFile {
  url = '';
  outputPath = '';
  constructor(
    public absPath: string,
    /** Jekyll's relative_path: `/css/main.css` (leading slash) or `_coll/x.pdf`. */
    public relativePath: string,
    public name: string,
    public mtimeMs: number,
    public collection?: Collection,
    public data: Record<string, unknown> = {},
  ) {}
  get extname(): string {
    const i = this.name.lastIndexOf('.');
    return i <= 0 ? '' : this.name.slice(i);
  }
  get basename(): string {
    return this.name.slice(0, this.name.length - this.extname.length).replace(/\.*$/, '');
  }
  /** Whether it is copied: `published: false` defaults hide it; collection files need output. */
  get writes(): boolean {
    const published = this.data.published !== false;
    return this.collection ? published && this.collection.write : published;
  }
}

export interface Site {
  config: SiteConfig;
  source: string;
  time: RubyTime;
  layouts: Map<string, Layout>;
  pages: Page[];
  /**
   * jekyll-sass-converter's source map pages, appended to `site.pages` while the site renders (each
   * when its Sass page converts): what `site.pages` shows a page rendered after them.
   */
  sourceMapPages: Page[];
  staticFiles: StaticFile[];
  collections: Map<string, Collection>;
  data: Record<string, unknown>;
  /** Every source file read (absolute), with what it became, for the dependency graph. */
  warnings: string[];
}
