// kiln's build, as a clear sequence of stages: configure → read → generate (pagination) → render →
// collect OutputFile[] → (transform hook) → write. `createBuilder` keeps the Liquid parse caches and
// the dependency graph between builds so `rebuild(changed)` re-renders only what a change reaches.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { consoleLogger, type Logger } from '../util/log.js';
import { KilnError } from '../util/errors.js';
import { loadConfig } from '../config/load.js';
import type { SiteConfig } from '../config/defaults.js';
import { createLiquidEngine, type JekyllLiquid } from '../liquid/engine.js';
import { startSiteWrite, patchSite, type OutputFile } from '../write/index.js';
import { readSite, type ReadResult } from './reader.js';
import { SiteRenderer, type Converter } from './render.js';
import { DependencyGraph, touches, type ChangeSet } from './graph.js';
import { allRenderables, classifyChange, itemKey, pagesListChanged, refineDocumentChanges, sameLeftover, sameOutput } from './changes.js';
import { collectOutputs, staticOutputs } from './outputs.js';
import { paginate, paginationDeprecation } from './paginate.js';
import { compileSass, convertSassString, prefetchSassPages } from './sass.js';
import { sourceMapPage } from './source-map-page.js';
import { includesLoadPaths } from './theme.js';
import { makeConverters, assignPageUrl } from './permalinks.js';
import { splitFrontMatter } from './frontmatter.js';
import { readSourceText, fingerprint } from '../config/read-text.js';
import { loadMarkdown } from './markdown.js';
import { Page, type Doc, type Renderable, type Site } from './model.js';
import { postUrlLookup, linkLookup } from './links.js';
import { imageConfigFromSite } from '../images/config.js';
import { registerPluginTags, runGenerators } from '../plugins/index.js';
import { pageWithoutAFile } from '../plugins/page.js';

export interface BuildOptions {
  source: string;
  destination?: string;
  configFiles?: string[];
  future?: boolean;
  drafts?: boolean;
  unpublished?: boolean;
  safe?: boolean;
  baseurl?: string;
  quiet?: boolean;
  verbose?: boolean;
  trace?: boolean;
  logger?: Logger;
  overrides?: Record<string, unknown>;
  /** Replace a non-empty destination that does not look like a site build. */
  force?: boolean;
  /** Where the writer keeps its build manifest (default `<source>/.kiln-cache`). */
  cacheDir?: string;
  /** Images `kiln.images` cannot optimise fail the build instead of warning (`--strict`). */
  strict?: boolean;
  /** Markdown converter to use instead of src/markdown (tests, experiments). */
  markdown?: (text: string) => { html: string; warnings: { message: string; line?: number }[] };
  /** Stage hook (images…): may replace or add outputs before they are written. */
  transform?: (files: OutputFile[], site: Site) => Promise<OutputFile[]> | OutputFile[];
}

export interface BuildResult {
  destination: string;
  written: string[];
  removed: string[];
  warnings: string[];
  timingsMs: Record<string, number>;
  site: Site;
  /** Source paths (relative) of the pages and documents rendered by this build or rebuild. */
  rendered?: string[];
}

export interface Builder {
  build(): Promise<BuildResult>;
  rebuild(changedAbsPaths: string[]): Promise<BuildResult>;
  readonly config: SiteConfig;
  close(): void;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const builder = await createBuilder(options);
  try {
    return await builder.build();
  } finally {
    builder.close();
  }
}

/** Flags → the config overrides `jekyll build` applies. */
function flagOverrides(options: BuildOptions): Record<string, unknown> {
  const o: Record<string, unknown> = { ...(options.overrides ?? {}) };
  if (options.future) o.future = true;
  if (options.drafts) o.show_drafts = true;
  if (options.unpublished) o.unpublished = true;
  if (options.safe) o.safe = true;
  if (options.baseurl !== undefined) o.baseurl = options.baseurl;
  if (options.quiet) o.quiet = true;
  if (options.verbose) o.verbose = true;
  return o;
}

interface BuildState {
  read: ReadResult;
  renderer: SiteRenderer;
  outputs: Map<string, OutputFile>;
  /** Output path → the source that produced it. */
  owners: Map<string, string>;
  result: BuildResult;
}

export async function createBuilder(options: BuildOptions): Promise<Builder> {
  const logger = options.logger ?? consoleLogger(options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal');
  const markdown = options.markdown ? { convert: (text: string) => options.markdown!(text) } : loadMarkdown();
  let loaded = loadConfig({ source: options.source, destination: options.destination, configFiles: options.configFiles, overrides: flagOverrides(options) });
  let config = loaded.config;
  const paginateDeprecation = paginationDeprecation(config);
  if (paginateDeprecation) logger.warn(paginateDeprecation);
  let engine: JekyllLiquid | undefined;
  let state: BuildState | undefined;
  let graph = new DependencyGraph();
  // Set while a build renders: the hooks below look posts and files up in the current site.
  let current: Site | undefined;
  let rendering: SiteRenderer | undefined;
  // Digests of the text files the last build read (sources, layouts, includes, data): a save that
  // leaves a file's bytes as they were changes nothing.
  const prints = new Map<string, string>();
  // Image optimisation (kiln.images in _config.yml, off by default; src/images/stage.ts): the matched
  // static images become their optimised outputs + variants, HTML outputs get <picture>. Created per
  // build because the config may have been reloaded; a plain Jekyll site passes through untouched.
  const transformOutputs = async (files: OutputFile[], site: Site): Promise<OutputFile[]> => {
    // sharp is loaded only for sites that turn image optimisation on (it costs ~80 ms to load).
    const images = imageConfigFromSite(config)
      ? (await import('../images/stage.js')).createImageStage(config, { cacheDir: options.cacheDir, logger, progress: !options.quiet, strict: options.strict })
      : undefined;
    const out = images ? await images(files, site.warnings) : files;
    return options.transform ? options.transform(out, site) : out;
  };

  const makeEngine = () => withPluginTags(
    createLiquidEngine({
      source: config.source,
      config,
      includesDirs: includesLoadPaths(config),
      safe: !!config.safe,
      // Warnings of tags while a site renders (jekyll-gist's…) are the build's warnings too.
      logger: { info: (m) => logger.info(m), error: (m) => logger.error(m), debug: (m) => logger.debug(m), warn: (m) => (current?.warnings.push(m), logger.warn(m)) },
      readFile: (p) => {
        const text = readSourceText(p, path.relative(config.source, p));
        prints.set(p, fingerprint(text));
        return text;
      },
      markdownify: (text) => markdown.convert(text, config).html,
      // A Sass error fails the render, as in Jekyll. Only dart-sass (`sass.implementation:
      // sass-embedded`), which rejects some sources libsass compiles (e.g. .sass mixing tabs and
      // spaces), warns instead and leaves the text as it was.
      sassify: (text, syntax) => {
        const sassConf = (config.sass ?? {}) as Record<string, unknown>;
        if (sassConf.implementation !== 'sass-embedded') return convertSassString(text, syntax, config.source, config);
        try {
          return convertSassString(text, syntax, config.source, config);
        } catch (err) {
          logger.warn(`${syntax}ify: ${(err as Error).message.split('\n')[0]}; the text is left as it is`);
          return text;
        }
      },
      // The URL found depends on the posts (pages, documents, static files): a rebuild re-renders
      // the users when those lists change.
      postUrl: (name) => {
        rendering?.trackSite('posts');
        return current ? postUrlLookup(current, name) : undefined;
      },
      link: (p) => {
        for (const list of ['pages', 'documents', 'static_files']) rendering?.trackSite(list);
        return current ? linkLookup(current, p) : undefined;
      },
    }));
  // Plugin tags ({% seo %}, {% feed_meta %}) exist only when the site loads the plugin, as in Jekyll.
  const withPluginTags = (e: JekyllLiquid): JekyllLiquid => (registerPluginTags(e.liquid, config), e);

  /** Extra outputs (Sass source maps) by the source that produced them: carried by rebuilds. */
  let extrasBySource = new Map<string, OutputFile[]>();

  const converterFor = (extras: OutputFile[], bySource: Map<string, OutputFile[]>): Converter => {
    const conv = makeConverters(String(config.markdown_ext));
    return {
      isMarkdown: conv.isMarkdown,
      isSass: conv.isSass,
      markdown: (text, file) => {
        const { html, warnings } = markdown.convert(text, config);
        const kramdown = (config.kramdown ?? {}) as Record<string, unknown>;
        if (kramdown.show_warnings) for (const w of warnings) logger.warn(`Kramdown warning: ${w.message}${w.line ? ` (${file}:${w.line})` : ''}`);
        return html;
      },
      sass: (text, item, deps) => {
        const r = compileSass(text, item, config.source, config);
        for (const f of r.imported) deps?.add(f);
        if (r.map) {
          // jekyll-sass-converter's SourceMapPage: from now on one of site.pages, written at its URL.
          const mapPage = item.kind === 'page' && current ? sourceMapPage(item as Page, r.map.content, String(config.permalink), conv) : undefined;
          if (mapPage) current!.sourceMapPages.push(mapPage);
          const file = { path: mapPage?.outputPath ?? r.map.path, content: r.map.content };
          extras.push(file);
          bySource.set(item.absPath, [...(bySource.get(item.absPath) ?? []), file]);
        }
        return r.css;
      },
    };
  };

  /** read → generate → render → collect. */
  function renderSite(reuse?: { previous: BuildState; change: ChangeSet }, beforeRender?: (site: Site) => void): { read: ReadResult; renderer: SiteRenderer; files: OutputFile[]; owners: Map<string, string>; timings: Record<string, number> } {
    const timings: Record<string, number> = {};
    let t = performance.now();
    const warnings: string[] = [];
    const warn = (m: string) => {
      warnings.push(m);
      logger.warn(m);
    };
    const read = readSite(config, warn);
    for (const [f, d] of read.fingerprints) prints.set(f, d);
    const site = read.site;
    site.warnings.push(...warnings);
    const conv = makeConverters(String(config.markdown_ext));
    const posts = site.collections.get('posts')!;
    const newestFirst = [...posts.docs].reverse();
    // Generators run after the reader's warnings were copied to the site: theirs go there directly.
    const generatorWarn = (m: string) => {
      site.warnings.push(m);
      logger.warn(m);
    };
    const paginateSite = () => site.pages.push(...paginate(site, newestFirst, (template, dir) => {
      const text = readSourceText(template.absPath, template.relativePath);
      const split = splitFrontMatter(text, template.relativePath);
      const page = new Page(template.absPath, dir, template.name, { ...template.data }, split.content, split.contentLine);
      page.fixedRelativePath = template.relativePath;
      page.defaults = template.defaults;
      page.frontMatter = template.frontMatter;
      assignPageUrl(page, String(config.permalink), conv);
      return page;
    }, generatorWarn));
    // Plugin generators (jekyll-paginate, feed, sitemap, redirects…) in Jekyll's order: they add pages.
    const pageEnv = { defaults: read.defaults, permalink: String(config.permalink), converters: conv };
    runGenerators({ site, warn: generatorWarn, paginate: paginateSite, makePage: (dir, name, content, data) => pageWithoutAFile(config.source, dir, name, content, data, pageEnv) });
    timings.read = performance.now() - t;
    beforeRender?.(site);

    t = performance.now();
    const extras: OutputFile[] = [];
    const bySource = new Map<string, OutputFile[]>();
    engine ??= makeEngine();
    const renderer = new SiteRenderer(site, engine, converterFor(extras, bySource), logger);
    current = site;
    rendering = renderer;
    try {
      // Sass pages Liquid leaves alone compile in libsass's thread while the rest renders.
      prefetchSassPages(reuse ? [] : site.pages, config.source, config);
      if (!reuse) {
        renderer.renderAll();
      } else {
        const carried = renderIncrementally(renderer, site, reuse.previous, reuse.change);
        // Items not re-rendered keep the extra outputs (source maps) their last render made.
        for (const p of carried) {
          const previousExtras = extrasBySource.get(p);
          if (previousExtras) {
            extras.push(...previousExtras);
            bySource.set(p, previousExtras);
          }
        }
      }
    } finally {
      current = undefined;
      rendering = undefined;
    }
    extrasBySource = bySource;
    timings.render = performance.now() - t;

    const { files, owners } = collectOutputs(site, extras, (m) => {
      site.warnings.push(m);
      logger.warn(m);
    });
    return { read, renderer, files, owners, timings };
  }

  /**
   * Re-renders what the change reaches; returns the source paths of the items carried over. Items
   * are visited in the full build's order, because a render sees the others as that order leaves
   * them: raw content before their turn, converted after, and the leftover `layout`/`content` of
   * the previous render. A re-render whose content (output) changed changes `body:<file>`
   * (`output:<file>`) for the items after it.
   */
  function renderIncrementally(renderer: SiteRenderer, site: Site, previous: BuildState, change: ChangeSet): string[] {
    const carried: string[] = [];
    const mapConverters = makeConverters(String(config.markdown_ext));
    refineDocumentChanges(previous.read.site, site, change);
    if (pagesListChanged(previous.read.site, site, change)) change.lists.add('pages');
    const prevItems = new Map<string, Renderable>();
    for (const it of allRenderables(previous.read.site)) prevItems.set(itemKey(it), it);
    const before = previous.renderer;
    const nowItems = new Map<string, Renderable>();
    for (const it of allRenderables(site)) nowItems.set(itemKey(it), it);
    // An excerpt rendered anew that differs from the last build's changes what its readers show.
    renderer.onExcerpt = (item, output) => {
      const prev = prevItems.get(itemKey(item)) as Doc | Page | undefined;
      if (prev?.excerptOutput !== output) change.lists.add(`body:${item.absPath}`);
    };
    // The excerpts an item rendered first are carried with it, unless something they read changed.
    const staleExcerpts = (prev: Renderable) =>
      (before.triggered.get(prev) ?? []).some((e) => {
        const deps = before.excerptDeps.get(e);
        return !deps || touches(deps, change);
      });
    for (const it of allRenderables(site)) {
      const key = itemKey(it);
      const prev = prevItems.get(key);
      const deps = prev && before.deps.get(prev);
      const stale =
        !prev ||
        !deps ||
        prev.output === undefined ||
        prev.outputPath !== it.outputPath ||
        change.files.has(key) ||
        touches(deps, change) ||
        staleExcerpts(prev) ||
        (deps.site.has('leftover') && !sameLeftover(before.incoming.get(prev), renderer.leftover));
      if (stale) {
        renderer.renderItem(it);
        if (!prev || prev.content !== it.content) change.lists.add(`body:${it.absPath}`);
        if (!prev || prev.output !== it.output) change.lists.add(`output:${it.absPath}`);
        continue;
      }
      // Unaffected: carry the previous render's state over (converted content, output, excerpts).
      it.content = prev.content;
      it.output = prev.output;
      for (const e of before.triggered.get(prev) ?? []) {
        const now = nowItems.get(itemKey(e)) as Doc | Page | undefined;
        if (!now || now.excerptOutput !== undefined) continue;
        now.excerptOutput = e.excerptOutput;
        renderer.excerptDeps.set(now, before.excerptDeps.get(e)!);
        renderer.triggered.set(it, [...(renderer.triggered.get(it) ?? []), now]);
      }
      renderer.carryLeftover(it, before.outgoing.get(prev));
      renderer.incoming.set(it, before.incoming.get(prev)!);
      renderer.outgoing.set(it, renderer.leftover);
      renderer.deps.set(it, deps);
      carried.push(it.absPath);
      // Its source map page joins site.pages at its turn, as its render would have added it.
      if (it.kind === 'page') {
        for (const f of extrasBySource.get(it.absPath) ?? []) site.sourceMapPages.push(sourceMapPage(it as Page, String(f.content), String(config.permalink), mapConverters));
      }
    }
    return carried;
  }

  function recordGraph(renderer: SiteRenderer): void {
    graph = new DependencyGraph();
    for (const [item, deps] of renderer.deps) graph.record(itemKey(item), deps);
  }

  async function fullBuild(): Promise<BuildResult> {
    const t0 = performance.now();
    const writer = startSiteWrite(config.destination, { source: config.source, keepFiles: (config.keep_files ?? []).map(String), force: options.force, cacheDir: options.cacheDir });
    try {
      // Static files are copied while the pages render, unless a transform (images) may replace them.
      const copyEarly = !imageConfigFromSite(config) && !options.transform;
      const { read, renderer, files, owners, timings } = renderSite(undefined, (site) => {
        if (copyEarly) writer.copyEarly(staticOutputs(site));
      });
      const out = await transformOutputs(files, read.site);
      const t = performance.now();
      const w = await writer.commit(out);
      timings.write = performance.now() - t;
      timings.total = performance.now() - t0;
      recordGraph(renderer);
      const result: BuildResult = { destination: config.destination, written: w.written, removed: w.removed, warnings: read.site.warnings, timingsMs: timings, site: read.site, rendered: renderer.rendered };
      state = { read, renderer, outputs: new Map(out.map((f) => [f.path, f])), owners, result };
      return result;
    } catch (e) {
      await writer.abort();
      throw e;
    }
  }

  // After a failed rebuild its changes are still to be applied (the files' new text has been read,
  // so they would look unchanged next time); after a failed full build the next one is full too.
  const pending = new Set<string>();
  let needsFull = false;

  async function guardedFullBuild(): Promise<BuildResult> {
    try {
      const result = await fullBuild();
      needsFull = false;
      pending.clear();
      return result;
    } catch (e) {
      needsFull = true;
      throw asKilnError(e);
    }
  }

  async function rebuild(changedAbsPaths: string[]): Promise<BuildResult> {
    // Files the build itself writes (destination, writer cache) are not sources.
    const own = [path.resolve(config.destination) + path.sep, ...(options.cacheDir ? [path.resolve(options.cacheDir) + path.sep] : []), path.join(config.source, '.kiln-cache') + path.sep];
    const requested = changedAbsPaths.map((p) => path.resolve(p)).filter((p) => !own.some((dir) => p.startsWith(dir)));
    try {
      const result = await incrementalBuild(requested);
      pending.clear();
      return result;
    } catch (e) {
      for (const p of requested) pending.add(p);
      throw asKilnError(e);
    }
  }

  async function incrementalBuild(requested: string[]): Promise<BuildResult> {
    const t0 = performance.now();
    if (!state || needsFull) return guardedFullBuild();
    // Static files show their modification time (site.static_files' modified_time): touching one is a change.
    const statics = new Set(state.read.site.staticFiles.map((f) => f.absPath));
    const changed = new Set([...requested.filter((p) => statics.has(p) || !unchangedText(p)), ...pending]);
    if (changed.size === 0) {
      return { ...state.result, written: [], removed: [], rendered: [], timingsMs: { total: performance.now() - t0 } };
    }
    if ([...changed].some((p) => loaded.files.includes(p) || /\/_config\.ya?ml$/.test(p))) {
      loaded = loadConfig({ source: options.source, destination: options.destination, configFiles: options.configFiles, overrides: flagOverrides(options) });
      config = loaded.config;
      engine = undefined;
      return guardedFullBuild();
    }
    engine?.invalidate([...changed]);
    const change = classifyChange(state.read, changed, config);
    const previous = state;
    const { read, renderer, files, owners, timings } = renderSite({ previous, change });
    let out = files;
    out = await transformOutputs(out, read.site);
    const t = performance.now();
    const nextOutputs = new Map(out.map((f) => [f.path, f]));
    const toWrite: OutputFile[] = [];
    for (const f of out) {
      const before = previous.outputs.get(f.path);
      if (!before || !sameOutput(before, f) || (f.copyFrom && changed.has(f.copyFrom))) toWrite.push(f);
    }
    const deleted = [...previous.outputs.keys()].filter((p) => !nextOutputs.has(p));
    const w = await patchSite(config.destination, toWrite, deleted, { source: config.source, keepFiles: (config.keep_files ?? []).map(String), force: options.force, cacheDir: options.cacheDir });
    timings.write = performance.now() - t;
    timings.total = performance.now() - t0;
    recordGraph(renderer);
    const result: BuildResult = { destination: config.destination, written: w.written, removed: w.removed, warnings: read.site.warnings, timingsMs: timings, site: read.site, rendered: renderer.rendered };
    state = { read, renderer, outputs: nextOutputs, owners, result };
    return result;
  }

  function unchangedText(p: string): boolean {
    const before = prints.get(p);
    if (before === undefined) return false;
    // A shown draft's date is its file's modification time: touching it is a change.
    if (config.show_drafts && /(^|\/)_drafts\//.test(path.relative(config.source, p).split(path.sep).join('/'))) return false;
    try {
      return fingerprint(readSourceText(p, path.relative(config.source, p))) === before;
    } catch {
      return false;
    }
  }

  return {
    build: guardedFullBuild,
    rebuild,
    get config() {
      return config;
    },
    close() {
      state = undefined;
      engine = undefined;
    },
  };
}

/** The contract: a failed build throws KilnError (unexpected errors keep theirs as the cause). */
function asKilnError(e: unknown): KilnError {
  if (e instanceof KilnError) return e;
  return new KilnError(`Build failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
}
