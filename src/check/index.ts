// `runChecks(dir, options)`: the whole of `kiln check` as a library call. Reads every page once,
// runs the html-proofer checks on it, validates internal URLs (existence, fragments) and external
// ones (network, cache), runs html-validate, and returns one sorted report.
import fs from 'node:fs';
import path from 'node:path';
import type { PageElement, ParsedPage } from './dom/page.js';
import { listPages } from './files.js';
import { defaultOptions, type CheckOptions } from './options.js';
import { PathResolver, type Kind } from './links/resolver.js';
import type { CheckContext } from './links/context.js';
import { validateInternal, type InternalReference } from './links/internal.js';
import type { ExternalReference } from './external/validator.js';
import type { PageToValidate } from './html/runner.js';
import type { CheckFailure, CheckReport } from './types.js';
import type { CachedExternal, PageEntry } from './page-cache.js';
import { CheckedUrl } from './links/url.js';
import { KilnError } from '../util/errors.js';

export type { CheckFailure, CheckReport, CheckSummary } from './types.js';
export { defaultOptions, applyConfig, type CheckOptions } from './options.js';
export { sourceMapFromSite } from './source-map.js';

type PageCheck = (ctx: CheckContext) => void;

/**
 * html-proofer's checks. Like the page scanner, they are loaded when the first page needs checking:
 * a warm run, every page from the page cache, needs none of them.
 */
const PAGE_CHECKS: Record<string, () => Promise<PageCheck>> = {
  Links: async () => (await import('./links/links.js')).checkLinks,
  Images: async () => (await import('./links/images.js')).checkImages,
  Scripts: async () => (await import('./links/scripts.js')).checkScripts,
  Favicon: async () => (await import('./links/favicon.js')).checkFavicon,
  OpenGraph: async () => (await import('./links/open-graph.js')).checkOpenGraph,
};

interface PageModules {
  parsePage: (html: string) => ParsedPage;
  checkMarkup: PageCheck;
  checks: PageCheck[];
}

/** html-proofer 3's check names, still found in older CI configurations. */
const PROOFER3_NAMES: Record<string, string> = {
  LinkCheck: 'Links', ImageCheck: 'Images', ScriptCheck: 'Scripts', FaviconCheck: 'Favicon', OpenGraphCheck: 'OpenGraph',
};

export async function runChecks(dir: string, partial: Partial<CheckOptions> = {}): Promise<CheckReport> {
  const options: CheckOptions = { ...defaultOptions(), ...partial, external: { ...defaultOptions().external, ...partial.external } };
  const target = path.resolve(dir);
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new KilnError(`${dir} does not exist`);
  // A single page can be checked too (html-proofer's check_file): its folder is then the root.
  const single = stat.isFile() ? path.basename(target) : undefined;
  const source = single ? path.dirname(target) : target;
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => { const now = performance.now(); timings[name] = Math.round((now - t) * 10) / 10; t = now; };

  const listing = { files: new Set<string>(), dirs: new Set<string>(), root: source };
  const pages = single
    ? listPages(path.dirname(dir), source, options.extensions, options.ignoreFiles).filter((p) => p.rel === single)
    : listPages(dir, source, options.extensions, options.ignoreFiles, listing);
  const resolver = new PathResolver(options.assumeExtension, options.directoryIndexFiles, single ? undefined : listing);
  const failures: CheckFailure[] = [];
  const internalRefs: InternalReference[] = [];
  const externalUrls = new Map<string, ExternalReference[]>();
  const anchorsByFile = new Map<string, Set<string>>();
  const toValidate: PageToValidate[] = [];
  // To quote a failing element's start tag (for --format github) after the page pass, the page is
  // read again: keeping every page's text alive through the pass costs more (garbage collection).
  const texts = new Map<string, string | undefined>();
  const snippetIn = (rel: string, offset: number) => {
    if (options.snippets === false) return undefined;
    if (!texts.has(rel)) {
      try { texts.set(rel, fs.readFileSync(path.join(source, rel), 'utf8')); } catch { texts.set(rel, undefined); }
    }
    const t = texts.get(rel);
    return t === undefined ? undefined : snippetAt(t, offset);
  };
  const addExternal = ([url, line, column, offset]: CachedExternal, rel: string) => {
    const list = externalUrls.get(url) ?? [];
    list.push({ file: rel, line, column, offset });
    externalUrls.set(url, list);
  };
  /** An unchanged page: its failures, links and anchors as the page cache kept them. */
  const restorePage = (entry: PageEntry, rel: string, file: string) => {
    failures.push(...entry.failures);
    anchorsByFile.set(file, new Set(entry.anchors));
    const urlCtx = { options, resolver, source, filename: file, baseUrl: entry.baseUrl, ...memo };
    for (const [raw, line, column, offset, extractSize] of entry.internal) {
      internalRefs.push({ url: new CheckedUrl(raw ?? undefined, urlCtx, extractSize === 1), file: rel, element: { line, column, offset } });
    }
    for (const ref of entry.external) addExternal(ref, rel);
  };
  const checkLoaders = options.checks.map((c) => {
    const load = PAGE_CHECKS[c] ?? PAGE_CHECKS[PROOFER3_NAMES[c]];
    if (!load) throw new KilnError(`unknown check '${c}' (known: ${Object.keys(PAGE_CHECKS).join(', ')})`);
    return load;
  });
  let modules: PageModules | undefined;
  const loadPageModules = async (): Promise<PageModules> => {
    const [{ parsePage }, { checkMarkup }, checks] = await Promise.all([import('./dom/page.js'), import('./links/markup.js'), Promise.all(checkLoaders.map((l) => l()))]);
    return { parsePage, checkMarkup, checks };
  };
  // html-validate reads pages' data-proofer-ignore ranges through the scanner.
  if (options.validateHtml) modules = await loadPageModules();
  const linkChecks = checkLoaders.length > 0 || options.checkMarkup;
  const memo = { memo: new Map(), pathMemo: new Map<string, string>() };
  const htmlConfigDirs = [...(options.htmlValidateConfigDir ? [options.htmlValidateConfigDir] : []), source];
  const htmlCacheFile = options.cacheDir ? path.join(options.cacheDir, 'html-validate.json') : null;
  // On a cold html-validate run, worker threads load html-validate while the link checks run.
  const pool = options.validateHtml && pages.length > 0
    ? (await import('./html/runner.js')).startWorkersEarly(htmlConfigDirs, htmlCacheFile, options.workers)
    : undefined;
  lap('list');

  // Per-page results of earlier runs (directory checks with a cache folder only).
  const pageCache = options.cacheDir && !single && linkChecks
    ? new (await import('./page-cache.js')).PageCache(path.join(options.cacheDir, 'check-pages.json'), options, listing)
    : undefined;
  let pagesFromCache = 0;

  for (const page of pages) {
    const file = path.join(source, page.rel);
    let text: string | undefined;
    let fresh: Pick<PageEntry, 'hash' | 'size' | 'mtimeMs'> | undefined;
    try {
      if (pageCache) {
        const found = pageCache.lookup(page.rel, file, (outside) => outside.every(([p, k]) => resolver.kind(p) === k));
        text = found.text;
        if (found.entry) {
          pagesFromCache++;
          restorePage(found.entry, page.rel, file);
          if (options.validateHtml) {
            // html-validate's cache is keyed by the same hash: an unchanged page is not even read.
            let t = text;
            const read = () => (t ??= fs.readFileSync(file, 'utf8'));
            const parse = modules!.parsePage;
            toValidate.push({ rel: page.rel, hash: found.entry.hash, text: read, ignoredRanges: () => parse(read()).ignoredRanges });
          }
          continue;
        }
        fresh = { hash: found.hash, size: found.size, mtimeMs: found.mtimeMs };
      } else {
        text = fs.readFileSync(file, 'utf8');
      }
    } catch (err) {
      failures.push({ file: page.rel, check: 'Markup', message: `cannot read the page: ${(err as Error).message}` });
      continue;
    }
    const pageText = text!;
    if (!linkChecks) {
      // html-validate only: pages are parsed (for data-proofer-ignore) only when not cached.
      if (options.validateHtml) {
        const parse = modules!.parsePage;
        toValidate.push({ rel: page.rel, text: () => pageText, ignoredRanges: () => parse(pageText).ignoredRanges });
      }
      continue;
    }
    modules ??= await loadPageModules();
    const parsed = modules.parsePage(pageText);
    anchorsByFile.set(file, parsed.anchors);
    if (options.validateHtml) toValidate.push({ rel: page.rel, hash: fresh?.hash, text: () => pageText, ignoredRanges: () => parsed.ignoredRanges });
    const at = (el?: PageElement) => (el ? { line: el.line, column: el.column, snippet: snippetAt(pageText, el.offset) } : {});
    // What this page adds, for the page cache.
    const firstFailure = failures.length;
    const firstInternal = internalRefs.length;
    const external: CachedExternal[] = [];
    const outside = new Map<string, Kind>();
    resolver.tracking = pageCache ? outside : undefined;
    const ctx: CheckContext = {
      options,
      resolver,
      source,
      file,
      page: parsed,
      memo,
      fail: (check, message, el, url) => failures.push({ file: page.rel, ...at(el), check, message, ...(url !== undefined ? { url } : {}) }),
      internal: (url, el) => internalRefs.push({ url, file: page.rel, element: { line: el.line, column: el.column, offset: el.offset } }),
      external: (url, element) => {
        const ref: CachedExternal = [url.toString(), element.line, element.column, element.offset];
        addExternal(ref, page.rel);
        if (pageCache) external.push(ref);
      },
    };
    if (options.checkMarkup) modules.checkMarkup(ctx);
    for (const check of modules.checks) check(ctx);
    resolver.tracking = undefined;
    if (pageCache && fresh) {
      pageCache.store(page.rel, {
        ...fresh,
        failures: failures.slice(firstFailure),
        baseUrl: parsed.baseHref,
        internal: internalRefs.slice(firstInternal).map(({ url, element: el }) => [url.raw ?? null, el.line, el.column, el.offset, url.extractSize ? 1 : 0]),
        external,
        anchors: [...parsed.anchors],
        ...(outside.size ? { outside: [...outside] } : {}),
      });
    }
  }
  pageCache?.save();
  lap('pages');

  for (const f of await validateInternal(internalRefs, options.checkInternalHash, anchorsByFile)) {
    const el = f.ref.element;
    failures.push({ file: f.ref.file, line: el.line, column: el.column, check: 'Links > Internal', message: f.message, url: f.ref.url.raw, snippet: snippetIn(f.ref.file, el.offset) });
  }
  lap('internal');

  let externalFromCache = 0;
  if (!options.disableExternal && externalUrls.size > 0) {
    const cacheFile = options.cacheDir ? path.join(options.cacheDir, 'links.json') : null;
    const { validateExternal } = await import('./external/validator.js');
    const result = await validateExternal(externalUrls, options, cacheFile);
    externalFromCache = result.fromCache;
    for (const f of result.failures) {
      for (const ref of f.refs) failures.push({ file: ref.file, line: ref.line, column: ref.column, check: 'Links > External', message: f.message, url: f.url, snippet: ref.offset === undefined ? undefined : snippetIn(ref.file, ref.offset), ...(f.status ? { status: f.status } : {}) });
    }
  }
  lap('external');

  let htmlFromCache = 0;
  let htmlWorkers = 0;
  let htmlPagesByWorkers = 0;
  if (options.validateHtml && toValidate.length > 0) {
    const { validatePages } = await import('./html/runner.js');
    const run = await validatePages(toValidate, { configDirs: htmlConfigDirs, cacheFile: htmlCacheFile, workers: options.workers, pool });
    htmlFromCache = run.fromCache;
    htmlWorkers = run.workers;
    htmlPagesByWorkers = run.pagesByWorkers;
    failures.push(...run.failures);
  }
  await pool?.shrink(0);
  lap('html');

  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const byCheck: Record<string, number> = {};
  for (const f of failures) byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
  return {
    dir: source,
    failures,
    summary: {
      files: pages.length,
      failures: failures.length,
      byCheck,
      internalLinks: internalRefs.length,
      externalLinks: externalUrls.size,
      externalFromCache,
      pagesFromCache,
      htmlFromCache,
      htmlWorkers,
      htmlPagesByWorkers,
      timingsMs: timings,
    },
  };
}

/** The start tag as written, up to its first `>` or the end of its first line, at most 200 characters. */
function snippetAt(text: string, offset: number): string {
  const nl = text.indexOf('\n', offset);
  const gt = text.indexOf('>', offset);
  const end = Math.min(nl < 0 ? text.length : nl, gt < 0 ? text.length : gt + 1, offset + 200);
  // A copy, not a view into the page's text: failures outlive the page.
  return (' ' + text.slice(offset, end).replace(/\r$/, '')).slice(1);
}
