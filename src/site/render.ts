// Jekyll's Renderer, per page or document: Liquid on the content (when it has Liquid and
// render_with_liquid allows), then the converter chosen by extension (Markdown, Sass, identity),
// then the layouts innermost first. Records what each render used (includes, layouts, site lists)
// for the dependency graph. Payload quirks kept on purpose: `layout` and `content` carry over
// from the previous render, as Jekyll's shared payload does.
import type { JekyllLiquid, LiquidScope } from '../liquid/engine.js';
import type { Logger } from '../util/log.js';
import { KilnError } from '../util/errors.js';
import { documentDrop, excerptDrop, jekyllDrop, mergeLayoutData, pageDrop, siteDrop, type DropHooks, type SiteDependency } from './drops.js';
import type { Doc, Layout, Page, Renderable, Site } from './model.js';
import { pagerDrop } from './paginate.js';
import { themeDrop } from './theme.js';
import { runPostRender } from '../plugins/index.js';

export interface Converter {
  isMarkdown(ext: string): boolean;
  isSass(ext: string): boolean;
  markdown(text: string, file: string): string;
  /** Sass/SCSS → CSS; may add an extra output (the source map). Partials read go into `deps`. */
  sass(text: string, item: Renderable, deps?: Set<string>): string;
}

/** What one item's render read, for incremental rebuilds. */
export interface RenderDeps {
  /** Absolute paths: includes, layouts, the item's own file. */
  files: Set<string>;
  /**
   * Site lists read (`posts`, `pages`, `data`, …), `body:<file>` for another item's content, and
   * `leftover` when the item's body read the `layout`/`content` the previous render left behind.
   */
  site: Set<string>;
}

/** The `layout` and `content` one render leaves in Jekyll's shared payload for the next one. */
export interface LeftoverState {
  layout: Record<string, unknown> | null;
  content: string | null;
}

export class SiteRenderer {
  readonly site: Site;
  readonly siteLiquid: Record<string, unknown>;
  readonly jekyll = jekyllDrop();
  readonly deps = new Map<Renderable, RenderDeps>();
  /** Relative paths of the items rendered, in order. */
  readonly rendered: string[] = [];
  /** The leftover payload each item's render started from (compared by rebuilds for `leftover` readers). */
  readonly incoming = new Map<Renderable, LeftoverState>();
  /** The leftover payload each item's render left behind. */
  readonly outgoing = new Map<Renderable, LeftoverState>();
  /** What each rendered excerpt read: a rebuild reuses an excerpt only when none of it changed. */
  readonly excerptDeps = new Map<Doc | Page, RenderDeps>();
  private readonly excerptsInProgress = new Set<Doc | Page>();
  /**
   * The excerpts each item's render rendered first (Jekyll renders an excerpt on first access, so
   * what it sees depends on when that is): a rebuild carries them over only with that item.
   */
  readonly triggered = new Map<Renderable, (Doc | Page)[]>();
  /** Called after an excerpt is rendered (a rebuild compares it with the previous one). */
  onExcerpt?: (item: Doc | Page, output: string) => void;
  private currentItem?: Renderable;
  private current?: RenderDeps;
  /**
   * Jekyll's payload["highlighter_prefix"/"highlighter_suffix"]: "\n" while a Markdown item (or its
   * excerpt) renders, nil otherwise. An excerpt rendered in the middle of another page has its own
   * payload in Jekyll, so the page's value is restored after it.
   */
  private highlighterAffix: string | null = null;
  private themeLiquid?: Record<string, unknown> | null;
  private currentDoc?: Doc;
  private leftoverLayout: Record<string, unknown> | null = null;
  private leftoverContent: string | null = null;
  private readonly hooks: DropHooks;

  constructor(
    site: Site,
    private readonly engine: JekyllLiquid,
    private readonly converter: Converter,
    private readonly logger: Logger,
  ) {
    this.site = site;
    this.hooks = {
      excerpt: (doc) => this.renderExcerpt(doc),
      pageExcerpt: (page) => this.renderPageExcerpt(page),
      track: (dep: SiteDependency | `collection:${string}` | `body:${string}` | `output:${string}`) => this.current?.site.add(dep),
      currentDocument: () => this.currentDoc,
    };
    this.siteLiquid = siteDrop(site, this.hooks);
  }

  /** Jekyll's Site#render: every collection's documents (posts first), then the pages. */
  renderAll(): void {
    for (const c of this.site.collections.values()) for (const doc of c.docs) this.renderItem(doc);
    for (const page of this.site.pages) this.renderItem(page);
  }

  renderItem(item: Renderable): void {
    const deps: RenderDeps = { files: new Set([item.absPath]), site: new Set() };
    // Its Liquid may be another file's (jekyll-paginate-v2's copies: Jekyll caches templates by page.path).
    const liquidFrom = (item as { liquidFrom?: string }).liquidFrom;
    if (liquidFrom) deps.files.add(liquidFrom);
    const outer = this.current;
    this.current = deps;
    this.currentItem = item;
    this.currentDoc = item.kind === 'document' ? (item as Doc) : undefined;
    this.incoming.set(item, this.leftover);
    try {
      item.output = this.run(item);
      // Jekyll triggers :post_render right after each render (jekyll-mentions rewrites the output).
      runPostRender(this.site, item);
    } finally {
      this.current = outer;
      this.currentItem = undefined;
      this.currentDoc = undefined;
    }
    this.outgoing.set(item, this.leftover);
    this.deps.set(item, deps);
    this.rendered.push(item.relativePath);
  }

  /** Records that the item being rendered used a site list (hooks outside the drops: post_url, link). */
  trackSite(dep: string): void {
    this.current?.site.add(dep);
  }

  get leftover(): LeftoverState {
    return { layout: this.leftoverLayout, content: this.leftoverContent };
  }

  /**
   * A rebuild carries `item` over without rendering it: the leftover payload becomes what its
   * render would leave (`rendered`, its previous render's, when its layouts set it all).
   */
  carryLeftover(item: Renderable, rendered: LeftoverState | undefined): void {
    const firstLayout = this.firstLayoutOf(item);
    if (firstLayout && this.placesInLayout(item) && rendered) {
      this.leftoverLayout = rendered.layout;
      this.leftoverContent = rendered.content;
    } else if (firstLayout) {
      this.leftoverLayout = mergeLayoutData(firstLayout.data, this.leftoverLayout);
    }
  }

  private firstLayoutOf(item: Renderable): Layout | undefined {
    const layoutName = item.data.layout;
    return layoutName === undefined || layoutName === null ? undefined : this.site.layouts.get(String(layoutName));
  }

  private pageLiquid(item: Renderable): Record<string, unknown> {
    if (item.kind === 'document') return documentDrop(item as Doc, this.hooks);
    // Page#to_liquid is a snapshot taken before rendering (content still raw).
    return { ...pageDrop(item as Page, this.hooks) };
  }

  private run(item: Renderable): string {
    const page = this.pageLiquid(item);
    const pager = item.kind === 'page' ? (item as Page).pager : undefined;
    if (pager) this.current?.site.add('posts');
    const paginator = pager ? pagerDrop(pager, this.hooks) : null;
    const firstLayout = this.firstLayoutOf(item);
    if (firstLayout) this.leftoverLayout = mergeLayoutData(firstLayout.data, this.leftoverLayout);
    this.highlighterAffix = this.converter.isMarkdown(item.ext) ? '\n' : null;
    const scope = (): LiquidScope =>
      this.withPayloadExtras({
        site: this.siteLiquid,
        page,
        layout: this.leftoverLayout ?? undefined,
        content: this.leftoverContent ?? undefined,
        paginator,
        jekyll: this.jekyll,
      });

    let output = item.content;
    if (this.rendersLiquid(item, output)) {
      // The body sees what the previous render left: reading it makes this render order-dependent.
      const bodyScope = scope();
      const { layout, content } = bodyScope;
      const track = () => this.current?.site.add('leftover');
      Object.defineProperty(bodyScope, 'layout', { get: () => (track(), layout), enumerable: true, configurable: true });
      Object.defineProperty(bodyScope, 'content', { get: () => (track(), content), enumerable: true, configurable: true });
      output = this.liquid(output, item.relativePath, item.contentLine, bodyScope, item);
    }
    output = this.convert(output, item);
    item.content = output;
    if (!this.placesInLayout(item)) return output;
    return this.placeInLayouts(output, item, firstLayout, scope);
  }

  private rendersLiquid(item: Renderable, content: string): boolean {
    if (item.data.render_with_liquid === false) return false;
    if (item.kind === 'document' && (item.ext === '.yml' || item.ext === '.yaml' || item.ext === '.coffee')) return false;
    return content.includes('{%') || content.includes('{{');
  }

  private placesInLayout(item: Renderable): boolean {
    if (this.converter.isSass(item.ext) || item.ext === '.coffee') return false;
    if (item.kind === 'document' && (item.ext === '.yml' || item.ext === '.yaml')) return false;
    return item.data.layout !== 'none';
  }

  private convert(text: string, item: { ext: string; relativePath: string } & Partial<Renderable>): string {
    const markdown = this.converter.isMarkdown(item.ext);
    const sass = this.converter.isSass(item.ext) && item.kind !== undefined;
    if (!markdown && !sass) return text;
    try {
      return markdown ? this.converter.markdown(text, item.relativePath) : this.converter.sass(text, item as Renderable, this.current?.files);
    } catch (e) {
      if (e instanceof KilnError) throw e;
      // Jekyll: "Conversion error: <Converter> encountered an error while converting '<file>':"
      throw new KilnError(`Conversion error: the ${markdown ? 'Markdown' : 'Sass'} converter encountered an error while converting '${item.relativePath}': ${(e as Error)?.message ?? String(e)}`, { file: item.relativePath, cause: e });
    }
  }

  /**
   * An excerpt renders with a payload of its own (Excerpt#output: `site.site_payload`), so the
   * affix it sets does not reach the page that asked for it.
   */
  private withOwnAffix<T>(ext: string, render: () => T): T {
    const saved = this.highlighterAffix;
    this.highlighterAffix = this.converter.isMarkdown(ext) ? '\n' : null;
    try {
      return render();
    } finally {
      this.highlighterAffix = saved;
    }
  }

  /** The rest of Jekyll's payload: the highlighter affixes (read when used) and `theme`. */
  private withPayloadExtras(scope: LiquidScope): LiquidScope {
    const affix = { get: () => this.highlighterAffix, enumerable: true, configurable: true };
    Object.defineProperties(scope, { highlighter_prefix: affix, highlighter_suffix: affix });
    if (this.themeLiquid === undefined) this.themeLiquid = themeDrop(this.site.config as Record<string, unknown>);
    if (this.themeLiquid) scope.theme = this.themeLiquid;
    return scope;
  }

  private placeInLayouts(content: string, item: Renderable, first: Layout | undefined, scope: () => LiquidScope): string {
    if (!first) {
      if (item.data.layout !== undefined && item.data.layout !== null) {
        this.current?.site.add(`layout:${String(item.data.layout)}`);
        this.warn(`Build Warning: Layout '${String(item.data.layout)}' requested in ${item.relativePath} does not exist.`);
      }
      return content;
    }
    let output = content;
    let layout: Layout | undefined = first;
    const used = new Set<Layout>([first]);
    // Layouts are found by name: a site layout added over a theme's one of that name must re-render.
    this.current?.site.add(`layout:${String(item.data.layout)}`);
    this.leftoverLayout = null;
    while (layout) {
      this.leftoverContent = output;
      this.leftoverLayout = mergeLayoutData(layout.data, this.leftoverLayout);
      this.current?.files.add(layout.absPath);
      output = this.liquid(layout.content, layout.relativePath, layout.contentLine, scope(), item);
      const parent: unknown = layout.data.layout;
      layout = parent === undefined || parent === null ? undefined : this.site.layouts.get(String(parent));
      if (parent !== undefined && parent !== null) this.current?.site.add(`layout:${String(parent)}`);
      if (!layout || used.has(layout)) break;
      used.add(layout);
    }
    return output;
  }

  private liquid(text: string, file: string, contentLine: number, scope: LiquidScope, item: Renderable): string {
    const template = this.engine.parse(text, file, contentLine + 1);
    return this.engine.render(template, scope, { file, deps: this.current?.files, pagePath: String((scope.page as Record<string, unknown>)?.path ?? item.relativePath) });
  }

  /** Jekyll::Excerpt#output: Liquid and the document's converter, no layout, own payload. */
  renderExcerpt(doc: Doc): string {
    if (doc.excerptOutput !== undefined) return doc.excerptOutput;
    return this.recordingExcerpt(doc, () => this.excerptOf(doc));
  }

  /**
   * Renders an excerpt with its own dependency record (a rebuild reuses it only when nothing it read
   * changed), which the item that asked for it also inherits.
   */
  private recordingExcerpt(item: Doc | Page, render: () => string): string {
    // An excerpt that shows itself (`{{ p.excerpt }}` over a list holding its own post) would
    // recurse forever; Jekyll stops with Ruby's SystemStackError.
    if (this.excerptsInProgress.has(item)) {
      throw new KilnError(`Liquid Exception: stack level too deep in ${item.relativePath}: its excerpt renders its own excerpt`, { file: item.relativePath });
    }
    this.excerptsInProgress.add(item);
    const outer = this.current;
    const own: RenderDeps = { files: new Set([item.absPath]), site: new Set([`body:${item.absPath}`]) };
    this.current = own;
    if (this.currentItem) this.triggered.set(this.currentItem, [...(this.triggered.get(this.currentItem) ?? []), item]);
    try {
      const output = render();
      this.onExcerpt?.(item, output);
      return output;
    } finally {
      this.excerptsInProgress.delete(item);
      this.current = outer;
      this.excerptDeps.set(item, own);
      if (outer) {
        for (const f of own.files) outer.files.add(f);
        for (const d of own.site) outer.site.add(d);
      }
    }
  }

  private excerptOf(doc: Doc): string {
    const source = doc.excerptSource ?? '';
    const page = excerptDrop(doc, this.hooks);
    let output = source;
    const file = doc.relativePath + '/#excerpt';
    if (doc.data.render_with_liquid !== false && (source.includes('{%') || source.includes('{{'))) {
      const template = this.engine.parse(source, file, doc.contentLine + 1);
      output = this.withOwnAffix(doc.ext, () => this.engine.render(template, this.withPayloadExtras({ site: this.siteLiquid, page, paginator: null, jekyll: this.jekyll }), { file, deps: this.current?.files, pagePath: doc.relativePath }));
    }
    output = this.convert(output, { ext: doc.ext, relativePath: file });
    doc.excerptOutput = output;
    return output;
  }

  /** Jekyll::PageExcerpt#output: the page hash without `excerpt` as `page`, Liquid, converter. */
  renderPageExcerpt(page: Page): string {
    if (page.excerptOutput !== undefined) return page.excerptOutput;
    return this.recordingExcerpt(page, () => this.pageExcerptOf(page));
  }

  private pageExcerptOf(page: Page): string {
    const source = page.excerptSource ?? '';
    // The page hash without `excerpt` (copied by descriptor: reading it would render this excerpt).
    const descriptors = Object.getOwnPropertyDescriptors(pageDrop(page, this.hooks));
    delete descriptors.excerpt;
    const view: Record<string, unknown> = Object.defineProperties({}, descriptors);
    let output = source;
    const file = page.relativePath + '/#excerpt';
    if (page.data.render_with_liquid !== false && (source.includes('{%') || source.includes('{{'))) {
      const template = this.engine.parse(source, file, page.contentLine + 1);
      output = this.withOwnAffix(page.ext, () => this.engine.render(template, this.withPayloadExtras({ site: this.siteLiquid, page: view, paginator: null, jekyll: this.jekyll }), { file, deps: this.current?.files, pagePath: page.relativePath }));
    }
    output = this.convert(output, { ext: page.ext, relativePath: file });
    page.excerptOutput = output;
    return output;
  }

  private warn(message: string): void {
    this.site.warnings.push(message);
    this.logger.warn(message);
  }
}
