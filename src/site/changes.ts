// What a rebuild compares: which site lists a set of changed files touches (classifyChange, then
// refineDocumentChanges once the site is re-read), how items and outputs are matched between builds.
import fs from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/defaults.js';
import type { OutputFile } from '../write/index.js';
import type { ReadResult } from './reader.js';
import type { ChangeSet } from './graph.js';
import type { LeftoverState } from './render.js';
import { listOf } from './drops.js';
import { siteTheme } from './theme.js';
import type { Doc, Page, Renderable, Site } from './model.js';

export function sameOutput(a: OutputFile, b: OutputFile): boolean {
  if (a.copyFrom !== undefined || b.copyFrom !== undefined) return a.copyFrom === b.copyFrom;
  if (typeof a.content === 'string' && typeof b.content === 'string') return a.content === b.content;
  return Buffer.from(a.content ?? '').equals(Buffer.from(b.content ?? ''));
}

/** Whether two renders started from the same leftover payload (`layout`, `content`). */
export function sameLeftover(a: LeftoverState | undefined, b: LeftoverState): boolean {
  if (!a) return false;
  return a.content === b.content && (a.layout === b.layout || JSON.stringify(a.layout) === JSON.stringify(b.layout));
}

export function itemKey(item: Renderable): string {
  // Paginated copies share the template's file: their folder tells them apart.
  return item.kind === 'page' && (item as Page).pager && (item as Page).pager!.page > 1 ? `${item.absPath}#${(item as Page).dir}` : item.absPath;
}

export function allRenderables(site: Site): Renderable[] {
  return [...[...site.collections.values()].flatMap((c) => c.docs), ...site.pages];
}

/**
 * Once the site is re-read, what the changed files became: a changed document changes its list
 * (`posts`, `collection:<label>`) when it appears, disappears, moves (URL) or its front matter
 * changes; a body-only edit changes just `body:<file>`, which only templates that read that item's
 * content, output or excerpt depend on. A file that is (or was) a page changes `pages`, a static
 * file `static_files` (front matter added or removed turns one into the other).
 */
export function refineDocumentChanges(before: Site, after: Site, change: ChangeSet): void {
  const docsOf = (site: Site) => {
    const map = new Map<string, Doc>();
    for (const c of site.collections.values()) for (const d of c.docs) map.set(d.absPath, d);
    return map;
  };
  const old = docsOf(before);
  const now = docsOf(after);
  const pagesBefore = byPath(before.pages);
  const pagesAfter = byPath(after.pages);
  const statics = new Map([...before.staticFiles, ...after.staticFiles].map((f) => [f.absPath, f]));
  for (const p of change.files) {
    const pageA = pagesBefore.get(p);
    const pageB = pagesAfter.get(p);
    if (pageA || pageB) {
      // A body-only edit changes what readers of that page's content see, not site.pages itself.
      if (!pageA || !pageB || !samePageOutside(pageA, pageB)) change.lists.add('pages');
      change.lists.add(`body:${p}`).add(`output:${p}`);
    }
    const file = statics.get(p);
    if (file) {
      change.lists.add('static_files');
      if (file.collection) change.lists.add('documents').add('collections');
    }
    const a = old.get(p);
    const b = now.get(p);
    if (!a && !b) continue;
    const doc = (b ?? a)!;
    const list = listOf(doc);
    if (!a || !b || a.url !== b.url || a.collection.label !== b.collection.label || JSON.stringify(a.data) !== JSON.stringify(b.data)) {
      change.lists.add(list).add('documents').add('collections');
      if (a && a.collection.label !== doc.collection.label) change.lists.add(listOf(a));
    }
    change.lists.add(`body:${p}`).add(`output:${p}`);
  }
}

function byPath(pages: Page[]): Map<string, Page[]> {
  const map = new Map<string, Page[]>();
  for (const page of pages) map.set(page.absPath, [...(map.get(page.absPath) ?? []), page]);
  return map;
}

/**
 * Whether a page's Liquid view is the same but for its content (and the excerpt rendered from it,
 * whose readers track the body): same URL, path, data, same excerpt shape. Paginated templates
 * (one file, several pages) always count as changed.
 */
function samePageOutside(before: Page[], after: Page[]): boolean {
  if (before.length !== 1 || after.length !== 1) return false;
  const a = before[0]!;
  const b = after[0]!;
  return (
    a.url === b.url &&
    a.relativePath === b.relativePath &&
    a.outputPath === b.outputPath &&
    (a.excerptSource === undefined) === (b.excerptSource === undefined) &&
    JSON.stringify(a.data) === JSON.stringify(b.data) &&
    JSON.stringify(a.frontMatter) === JSON.stringify(b.frontMatter) &&
    JSON.stringify(a.defaults) === JSON.stringify(b.defaults)
  );
}

/**
 * Whether site.pages changed beyond the changed files' own pages: generators (pagination, feeds,
 * redirects…) add, drop or alter pages no file change names, e.g. a new post adds `/page3/`.
 */
export function pagesListChanged(before: Site, after: Site, change: ChangeSet): boolean {
  if (before.pages.length !== after.pages.length) return true;
  for (let i = 0; i < before.pages.length; i++) {
    const a = before.pages[i]!;
    const b = after.pages[i]!;
    if (itemKey(a) !== itemKey(b) || a.url !== b.url || a.outputPath !== b.outputPath) return true;
    if (change.files.has(a.absPath)) continue; // decided by refineDocumentChanges
    try {
      if (JSON.stringify(a.data) !== JSON.stringify(b.data)) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** Which site lists a set of changed files touches. */
export function classifyChange(previous: ReadResult, changed: Set<string>, config: SiteConfig): ChangeSet {
  const lists = new Set<string>();
  const site = previous.site;
  const docsByPath = new Map<string, Doc>();
  for (const c of site.collections.values()) for (const d of c.docs) docsByPath.set(d.absPath, d);
  const pages = new Set(site.pages.map((p) => p.absPath));
  const statics = new Set(site.staticFiles.map((f) => f.absPath));
  const dataDir = path.join(config.source, String(config.data_dir ?? '_data')) + path.sep;
  // The theme's _data merges under the site's: an edit there changes site.data too.
  const themeDataPath = siteTheme(config as unknown as Record<string, unknown>).theme?.dataPath;
  const themeData = themeDataPath ? themeDataPath + path.sep : undefined;
  const layoutsDir = path.join(config.source, String(config.layouts_dir ?? '_layouts')) + path.sep;
  for (const p of changed) {
    // A layout appearing (or going) matters to pages that asked for it by name.
    if (p.startsWith(layoutsDir)) lists.add('layout:' + p.slice(layoutsDir.length).split(path.sep).join('/').split('.').slice(0, -1).join('.'));
    // Known documents: which lists changed is decided after re-reading (refineDocumentChanges).
    if (docsByPath.has(p)) continue;
    // Known pages: decided after re-reading too (a body-only edit leaves site.pages as it was).
    if (pages.has(p)) continue;
    if (statics.has(p)) { lists.add('static_files'); continue; }
    if (p.startsWith(dataDir) || (themeData && p.startsWith(themeData))) { lists.add('data'); continue; }
    if (!previous.files.has(p) && !fs.existsSync(p)) continue;
    // A new file (or one we did not read): it may be any kind; be conservative.
    if (!previous.files.has(p)) {
      const rel = path.relative(config.source, p).split(path.sep).join('/');
      if (/(^|\/)_posts\//.test(rel) || /(^|\/)_drafts\//.test(rel)) lists.add('posts').add('documents');
      else if (rel.startsWith('_')) lists.add('documents').add('collections');
      else lists.add('pages').add('static_files');
    }
  }
  return { files: changed, lists };
}

