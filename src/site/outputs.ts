// The build's outputs in Jekyll's write order (pages, static files, documents, then extras such as
// source maps): the last writer of a path wins, with Jekyll's conflict warning naming every source.
import path from 'node:path';
import type { OutputFile } from '../write/index.js';
import type { Site } from './model.js';

/**
 * Jekyll's write order (pages, static files, documents), the last writer of a path winning, with
 * Jekyll's conflict warning naming every source.
 */
export function collectOutputs(site: Site, extras: OutputFile[], warn: (m: string) => void): { files: OutputFile[]; owners: Map<string, string> } {
  const byPath = new Map<string, OutputFile>();
  const owners = new Map<string, string[]>();
  // Each source as the warning shows it (its #path): a page by its relative path (front matter
  // `path:` wins), static files and documents by their absolute path.
  const shown = new Map<string, string[]>();
  const add = (file: OutputFile, owner: string, show = owner) => {
    byPath.set(file.path, file);
    owners.set(file.path, [...(owners.get(file.path) ?? []), owner]);
    shown.set(file.path, [...(shown.get(file.path) ?? []), show]);
  };
  for (const page of site.pages) add({ path: page.outputPath, content: page.output ?? '' }, page.absPath, String(page.data.path ?? page.relativePath));
  for (const f of staticOutputs(site)) add(f, f.copyFrom!);
  for (const c of site.collections.values()) for (const d of c.docs) if (d.writes) add({ path: d.outputPath, content: d.output ?? '' }, d.absPath);
  for (const e of extras) add(e, e.path);
  const single = new Map<string, string>();
  for (const [p, list] of owners) {
    if (list.length > 1) {
      warn(`Conflict: The following destination is shared by multiple files. The written file may end up with unexpected contents.\n  ${path.join(site.config.destination, p)}\n${shown.get(p)!.map((o) => `   - ${o}`).join('\n')}`);
    }
    single.set(p, list[list.length - 1]!);
  }
  return { files: [...byPath.values()], owners: single };
}

/** The static files the site writes, known once it is read: the writer may copy them before the render. */
export function staticOutputs(site: Site): OutputFile[] {
  return site.staticFiles.filter((f) => f.writes).map((f) => ({ path: f.outputPath, copyFrom: f.absPath }));
}
