// The output → source map `--format github` uses to point annotations at the file a page came
// from: built from a site build's result (pages, collection documents, static files), typed
// structurally so the check code does not depend on the build's classes.
import path from 'node:path';

interface Produced {
  absPath: string;
  /** Output path relative to the destination (posix). */
  outputPath: string;
}

export interface BuiltSiteLike {
  source: string;
  pages: Produced[];
  staticFiles?: Produced[];
  collections?: Map<string, { docs: Produced[]; files?: Produced[] }>;
}

/** Page path in the destination → source path relative to the site source (posix). */
export function sourceMapFromSite(site: BuiltSiteLike): Record<string, string> {
  const map: Record<string, string> = {};
  const add = (item: Produced) => {
    if (!item.outputPath) return;
    const out = item.outputPath.replace(/^\/+/, '');
    map[out] = path.relative(site.source, item.absPath).split(path.sep).join('/');
  };
  site.pages.forEach(add);
  site.staticFiles?.forEach(add);
  for (const c of site.collections?.values() ?? []) {
    c.docs.forEach(add);
    c.files?.forEach(add);
  }
  return map;
}
