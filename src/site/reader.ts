// Jekyll's Reader: walks the source and classifies every file — layouts, pages (files whose first
// line is `---`), static files, posts and drafts (`_posts`/`_drafts` in any folder), collection
// items and data — in Jekyll's order, then sorts, limits posts and assigns URLs.
import fs from 'node:fs';
import path from 'node:path';
import { RubyTime } from '../liquid/ruby/time.js';
import { KilnError } from '../util/errors.js';
import { parseDate, InvalidDateError } from '../config/parse-date.js';
import { readSourceText, decodeSourceText, fingerprint } from '../config/read-text.js';
import type { SiteConfig } from '../config/defaults.js';
import { EntryFilter } from './entry-filter.js';
import { FrontMatterDefaults } from './defaults.js';
import { hasYamlHeader, splitFrontMatter } from './frontmatter.js';
import { firstLineIsHeader, readdirRaw, walk, type Listing } from './listing.js';
import { readDocumentData, ensureDate, DATE_FILENAME_MATCHER, DATELESS_FILENAME_MATCHER } from './documents.js';
import { readData } from './data.js';
import { extractExcerpt } from './excerpt.js';
import { Collection, Doc, Page, StaticFile, type Layout, type Site } from './model.js';
import { compareDocs, sortCollection } from './sort.js';
import { assignDocUrl, assignPageUrl, assignStaticUrl, makeConverters } from './permalinks.js';
import { siteTheme, type Theme } from './theme.js';
import { deepMerge } from '../config/merge.js';

export { compareDocs };

export interface ReadResult {
  site: Site;
  defaults: FrontMatterDefaults;
  /** Absolute paths of every file read, for the watcher and the dependency graph. */
  files: Set<string>;
  /** Digest of each text file read (layouts, pages, documents, data), keyed by absolute path. */
  fingerprints: Map<string, string>;
  dataFiles: string[];
}

export function readSite(config: SiteConfig, warn: (m: string) => void): ReadResult {
  const source = config.source;
  const time = config.time !== undefined && config.time !== null ? dateOrError(config.time, 'Invalid time in _config.yml.') : RubyTime.now();
  const defaults = new FrontMatterDefaults(config.defaults, source, config.collections_dir ?? '', warn);
  const files = new Set<string>();
  const collections = new Map<string, Collection>();
  for (const [label, meta] of Object.entries(config.collections ?? {})) {
    const clean = label.replace(/[^a-z0-9_\-.]/gi, '');
    collections.set(clean, new Collection(clean, (meta ?? {}) as Record<string, unknown>));
  }
  if (!collections.has('posts')) collections.set('posts', new Collection('posts', { output: true, permalink: config.permalink }));
  const site: Site = { config, source, time, layouts: new Map(), pages: [], sourceMapPages: [], staticFiles: [], collections, data: {}, warnings: [] };
  const ctx = new ReadContext(site, defaults, files, warn);
  const { theme, warning: themeWarning } = siteTheme(config);
  if (themeWarning) warn(themeWarning);

  ctx.readLayouts();
  if (theme?.layoutsPath) ctx.readThemeLayouts(theme.layoutsPath);
  ctx.readDirectories('');
  ctx.readIncludedExcludes();
  site.pages.sort((a, b) => cmp(a.name, b.name));
  site.staticFiles.sort((a, b) => cmp(a.relativePath, b.relativePath));
  const posts = collections.get('posts')!;
  posts.docs.sort(compareDocs);
  for (const c of collections.values()) if (c.label !== 'posts' && c.label !== 'data') ctx.readCollection(c);
  if (theme?.assetsPath) ctx.readThemeAssets(theme);
  const csvConfig = { csv: config.csv_reader, tsv: config.tsv_reader };
  const siteData = readData(source, String(config.data_dir ?? '_data'), csvConfig);
  let { data } = siteData;
  const dataFiles = [...siteData.files];
  const dataPrints = new Map(siteData.fingerprints);
  // Reader#read_data: the theme's data under the site's (deep merge, the site wins).
  if (theme?.dataPath) {
    const themeData = readData(theme.root, path.relative(theme.root, theme.dataPath) || '.', csvConfig);
    data = deepMerge(themeData.data, data);
    dataFiles.push(...themeData.files);
    for (const [f, d] of themeData.fingerprints) dataPrints.set(f, d);
  }
  site.data = (config.data as Record<string, unknown> | undefined) ?? data;
  for (const f of dataFiles) files.add(f);
  for (const [f, d] of dataPrints) ctx.fingerprints.set(f, d);
  const limit = Number(config.limit_posts) || 0;
  if (limit > 0 && posts.docs.length > limit) posts.docs = posts.docs.slice(-limit);

  // URLs (and the lazy dates URLs need) once everything is read.
  const style = String(config.permalink ?? 'date');
  const converters = makeConverters(String(config.markdown_ext));
  for (const page of site.pages) assignPageUrl(page, style, converters);
  // Jekyll::PageExcerpt (page_excerpts: true): HTML pages get a rendered excerpt too.
  const pageSeparator = String(config.excerpt_separator ?? '');
  if (config.page_excerpts) {
    for (const page of site.pages) {
      const sep = String(page.data.excerpt_separator ?? pageSeparator);
      if (sep !== '' && page.isHtml && (page.data.excerpt === undefined || page.data.excerpt === null)) page.excerptSource = extractExcerpt(page.content, sep);
    }
  }
  for (const c of collections.values()) {
    for (const doc of c.docs) {
      ensureDate(doc, time, ctx.mtimes.get(doc) ?? 0, doc.isDraft);
      assignDocUrl(doc, style, converters);
      doc.writes = c.write && publishable(doc, site);
      if (doc.writes && doc.urlError) throw doc.urlError;
    }
  }
  for (const f of site.staticFiles) {
    assignStaticUrl(f, style);
    if (!f.collection) f.data = defaults.all(f.url, null);
  }
  return { site, defaults, files, dataFiles, fingerprints: ctx.fingerprints };
}

function publishable(doc: Doc, site: Site): boolean {
  const published = doc.data.published === undefined ? true : doc.data.published;
  if (!published && !site.config.unpublished) return false;
  return !(!site.config.future && Math.floor(doc.date.epochMs / 1000) > Math.floor(site.time.epochMs / 1000));
}

function dateOrError(value: unknown, message: string): RubyTime {
  try {
    return parseDate(value);
  } catch (e) {
    if (e instanceof InvalidDateError) throw new KilnError(`Invalid date '${String(value)}': ${message}`, { file: '_config.yml' });
    throw e;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class ReadContext {
  readonly mtimes = new Map<Doc, number>();
  readonly fingerprints = new Map<string, string>();
  private readonly include: string[];
  private readonly exclude: string[];
  private readonly safe: boolean;
  constructor(
    private readonly site: Site,
    private readonly defaults: FrontMatterDefaults,
    private readonly files: Set<string>,
    private readonly warn: (m: string) => void,
  ) {
    this.include = (site.config.include ?? []).map(String);
    this.exclude = (site.config.exclude ?? []).map(String);
    this.safe = !!site.config.safe;
  }

  /** Jekyll warns about front matter it cannot parse and goes on, unless strict_front_matter. */
  private frontMatterOptions(): { strict: boolean; warn: (e: KilnError) => void } {
    return { strict: !!this.site.config.strict_front_matter, warn: (e) => this.warn(`YAML Exception reading ${e.format()}`) };
  }

  private filter(baseDir: string, entriesDir?: string): EntryFilter {
    return new EntryFilter(this.site.source, this.include, this.exclude, this.safe, baseDir, entriesDir);
  }

  private rel(abs: string): string {
    return path.relative(this.site.source, abs).split(path.sep).join('/');
  }

  readLayouts(): void {
    this.readLayoutsIn(path.join(this.site.source, String(this.site.config.layouts_dir ?? '_layouts')), false);
  }

  /** LayoutReader: a theme layout is used only when the site has none of that name. */
  readThemeLayouts(dir: string): void {
    this.readLayoutsIn(dir, true);
  }

  private readLayoutsIn(dir: string, theme: boolean): void {
    const listing = walk(dir);
    const entries = this.filter('', dir).filter(listing.entries.filter((f) => path.posix.basename(f).includes('.')), listing.symlinks);
    for (const entry of entries) {
      const name = entry.split('.').slice(0, -1).join('.');
      if (theme && this.site.layouts.has(name)) continue;
      const abs = path.join(dir, entry);
      // Theme layouts are named by their absolute path (Jekyll renders layouts by their path).
      const relativePath = theme ? abs : this.rel(abs);
      const text = readSourceText(abs, relativePath);
      this.fingerprints.set(abs, fingerprint(text));
      const split = hasYamlHeader(text) ? splitFrontMatter(text, relativePath, this.frontMatterOptions()) : { data: {}, content: text, contentLine: 0 };
      const layout: Layout = { name, absPath: abs, relativePath, data: split.data, content: split.content, contentLine: split.contentLine };
      this.site.layouts.set(name, layout);
      this.files.add(abs);
    }
  }

  /** Reader#read_directories: `dir` is `''` or `/fr/sub` (Jekyll's form). */
  readDirectories(dir: string): void {
    const base = path.join(this.site.source, dir);
    let listing: Listing;
    try {
      listing = readdirRaw(base);
    } catch {
      return;
    }
    const entries = this.filter(dir.replace(/^\//, '')).filter(listing.entries, listing.symlinks);
    const dirs: string[] = [];
    const pages: string[] = [];
    const statics: string[] = [];
    for (const entry of entries) {
      const abs = path.join(base, entry);
      let isDir = listing.dirs.has(entry);
      // Symbolic links (and file systems without entry types) need a stat to know.
      if (!isDir && (listing.symlinks.has(entry) || !listing.files.has(entry))) {
        try {
          isDir = fs.statSync(abs).isDirectory();
        } catch {
          continue;
        }
      }
      if (isDir) dirs.push(entry);
      else if (firstLineIsHeader(abs)) pages.push(entry);
      else statics.push(entry);
    }
    this.retrievePosts(dir);
    const dest = this.site.config.destination.replace(/\/$/, '');
    for (const d of dirs) {
      const sub = dir + '/' + d;
      if (path.join(this.site.source, sub) === dest) continue;
      this.readDirectories(sub);
    }
    for (const name of pages) this.readPage(dir, name);
    for (const name of statics) this.readStatic(dir, name);
  }

  private retrievePosts(dir: string): void {
    const collectionsDir = String(this.site.config.collections_dir ?? '');
    if (collectionsDir !== '' && !dir.startsWith('/' + collectionsDir)) return;
    const posts = this.site.collections.get('posts')!;
    posts.docs.push(...this.readPublishable(dir, '_posts', DATE_FILENAME_MATCHER, posts));
    if (this.site.config.show_drafts) posts.docs.push(...this.readPublishable(dir, '_drafts', DATELESS_FILENAME_MATCHER, posts));
  }

  private readPublishable(dir: string, magic: string, matcher: RegExp, posts: Collection): Doc[] {
    const base = path.join(this.site.source, dir, magic);
    if (!fs.existsSync(base)) return [];
    const relBase = path.posix.join(dir.replace(/^\//, ''), magic);
    const listing = walk(base, false);
    const entries = this.filter(relBase, base).filter(listing.entries, listing.symlinks).filter((e) => {
      try { return !fs.statSync(path.join(base, e)).isDirectory(); } catch { return false; }
    });
    const out: Doc[] = [];
    for (const entry of entries) {
      if (!matcher.test(entry)) continue;
      const abs = path.join(base, entry);
      const doc = this.readDocument(abs, posts, magic === '_drafts');
      if (!doc) continue;
      const published = doc.data.published === undefined ? true : doc.data.published;
      if (!published && !this.site.config.unpublished) continue;
      // Publisher#hidden_in_the_future? asks the date only without `future`: with it, a draft without
      // a front matter date has none while the posts sort (Document#<=> then compares paths, so it
      // sorts before every post) and gets its file's mtime only after (in the URL loop below).
      if (this.site.config.future) {
        out.push(doc);
        continue;
      }
      const date = ensureDate(doc, this.site.time, this.mtimes.get(doc) ?? 0, doc.isDraft);
      if (Math.floor(date.epochMs / 1000) > Math.floor(this.site.time.epochMs / 1000)) {
        this.warn(`Skipping: ${doc.relativePath} has a future date`);
        continue;
      }
      out.push(doc);
    }
    return out;
  }

  private collectionsPath(): string {
    const cd = String(this.site.config.collections_dir ?? '');
    return cd ? path.join(this.site.source, cd) : this.site.source;
  }

  private readDocument(abs: string, collection: Collection, isDraft: boolean): Doc | undefined {
    const relativePath = path.relative(this.collectionsPath(), abs).split(path.sep).join('/');
    const fileRel = this.rel(abs);
    const bytes = fs.readFileSync(abs);
    const text = decodeSourceText(bytes, fileRel);
    this.fingerprints.set(abs, fingerprint(text));
    const split = splitFrontMatter(text, fileRel, this.frontMatterOptions());
    const stat = fs.statSync(abs);
    const doc = new Doc(abs, relativePath, collection, {}, split.content, split.contentLine);
    this.mtimes.set(doc, stat.mtimeMs);
    const type = collection.label;
    readDocumentData(doc, {
      siteTime: this.site.time,
      excerptSeparator: String(this.site.config.excerpt_separator ?? ''),
      defaults: this.defaults.all(relativePath, type),
      frontMatter: split.data,
      specialDir: isDraft ? '_drafts' : collection.relativeDirectory,
      isDraft: isDraft || (collection.label === 'posts' && !relativePath.includes(collection.relativeDirectory)),
      mtimeMs: stat.mtimeMs,
      readFailed: split.yamlError,
      warn: this.warn,
    });
    this.files.add(abs);
    return doc;
  }

  /** `base` is the site source, or the theme's root for its assets (always published, as in Jekyll). */
  private readPage(dir: string, name: string, base = this.site.source): Page {
    const abs = path.join(base, dir, name);
    const page = new Page(abs, dir, name, {}, '', 0);
    const text = readSourceText(abs, page.relativePath);
    this.fingerprints.set(abs, fingerprint(text));
    const split = splitFrontMatter(text, page.relativePath, this.frontMatterOptions());
    const defaults = this.defaults.all(page.relativePath, 'pages');
    // Page#data is the front matter with defaults behind it (default_proc): only missing keys fall back.
    page.defaults = defaults;
    page.frontMatter = split.data;
    page.data = Object.keys(defaults).length ? { ...defaults, ...split.data } : split.data;
    page.content = split.content;
    page.contentLine = split.contentLine;
    this.files.add(abs);
    if (base !== this.site.source) return page;
    // data.fetch("published", true) ignores defaults.
    const published = Object.hasOwn(split.data, 'published') ? split.data.published : true;
    if (!published && !this.site.config.unpublished) return page;
    this.site.pages.push(page);
    return page;
  }

  /**
   * ThemeAssetsReader: every file under the theme's `assets` (Find.find: depth first, names
   * sorted, dotfiles too), a page when it has front matter, else a static file, each skipped when
   * the site already has a page (static file) with that relative path. Symlinks are ignored.
   */
  readThemeAssets(theme: Theme): void {
    const visit = (abs: string) => {
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(abs);
      } catch {
        return;
      }
      if (stat.isDirectory()) {
        for (const child of fs.readdirSync(abs).sort()) visit(path.join(abs, child));
        return;
      }
      if (stat.isSymbolicLink()) {
        try {
          if (fs.statSync(abs).isDirectory()) return;
        } catch {
          // A dangling link is still a symlinked asset.
        }
        this.warn(`Theme reader: Ignored symlinked asset: ${abs}`);
        return;
      }
      const rel = path.relative(theme.root, abs).split(path.sep).join('/');
      const dir = '/' + path.posix.dirname(rel);
      const name = path.posix.basename(rel);
      if (firstLineIsHeader(abs)) {
        if (this.site.pages.some((p) => p.relativePath === rel)) return;
        this.site.pages.push(this.readPage(dir, name, theme.root));
      } else {
        if (this.site.staticFiles.some((f) => f.relativePath === dir + '/' + name)) return;
        this.site.staticFiles.push(new StaticFile(abs, dir + '/' + name, name, stat.mtimeMs));
        this.files.add(abs);
      }
    };
    visit(theme.assetsPath!);
  }

  private readStatic(dir: string, name: string, collection?: Collection): void {
    const abs = path.join(this.site.source, dir, name);
    const stat = fs.statSync(abs);
    const relativePath = collection ? path.posix.join(dir, name) : dir + '/' + name;
    this.site.staticFiles.push(new StaticFile(abs, relativePath, name, stat.mtimeMs, collection));
    this.files.add(abs);
  }

  readIncludedExcludes(): void {
    for (const entry of this.include) {
      const abs = path.join(this.site.source, entry);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(abs);
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      if (this.filter('').isUnsafeSymlink(entry)) continue;
      const rel = this.rel(abs);
      const dir = path.posix.dirname(rel);
      const jdir = dir === '.' ? '' : '/' + dir;
      const name = path.posix.basename(rel);
      if (firstLineIsHeader(abs)) {
        if (this.site.pages.some((p) => p.relativePath === rel)) continue;
        this.readPage(jdir, name);
      } else {
        if (this.site.staticFiles.some((f) => f.relativePath.replace(/^\//, '') === rel)) continue;
        this.readStatic(jdir, name);
      }
    }
  }

  readCollection(collection: Collection): void {
    const cd = String(this.site.config.collections_dir ?? '');
    const directory = path.join(this.site.source, cd, collection.relativeDirectory);
    try {
      if (!fs.statSync(directory).isDirectory()) return;
    } catch {
      return;
    }
    const listing = walk(directory, true);
    const entries = this.filter(collection.relativeDirectory, directory).filter(listing.entries, listing.symlinks);
    for (const entry of entries.sort()) {
      const abs = path.join(directory, entry);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(abs);
      } catch {
        continue;
      }
      if (stat.isDirectory()) continue;
      if (firstLineIsHeader(abs)) {
        const doc = this.readDocument(abs, collection, false);
        if (!doc) continue;
        const published = doc.data.published === undefined ? true : doc.data.published;
        if (this.site.config.unpublished || published) collection.docs.push(doc);
      } else {
        const relDir = path.posix.join(collection.relativeDirectory, path.posix.dirname(entry)).replace(/\/\.$/, '');
        const file = new StaticFile(abs, path.posix.join(relDir, path.posix.basename(entry)), path.posix.basename(entry), stat.mtimeMs, collection);
        collection.files.push(file);
        this.files.add(abs);
      }
    }
    this.site.staticFiles.push(...collection.files);
    sortCollection(collection, this.warn);
  }
}
