// The dependency graph of a build: for each rendered item (keyed by its source file), the files its
// render read (its own source, layouts, includes) and the site lists it looked at (site.posts,
// site.pages, site.data…). A rebuild re-renders only the items a change can reach.
import type { RenderDeps } from './render.js';

export interface ChangeSet {
  /** Changed, added or removed files (absolute). */
  files: Set<string>;
  /** Site lists whose content changed: `posts` when a post changed, `data` for data files… */
  lists: Set<string>;
}

export class DependencyGraph {
  private readonly byItem = new Map<string, RenderDeps>();

  record(itemKey: string, deps: RenderDeps): void {
    this.byItem.set(itemKey, deps);
  }

  forget(itemKey: string): void {
    this.byItem.delete(itemKey);
  }

  has(itemKey: string): boolean {
    return this.byItem.has(itemKey);
  }

  depsOf(itemKey: string): RenderDeps | undefined {
    return this.byItem.get(itemKey);
  }

  /** Items whose render read a changed file or a changed site list. */
  affected(change: ChangeSet): Set<string> {
    const out = new Set<string>();
    for (const [key, deps] of this.byItem) if (change.files.has(key) || touches(deps, change)) out.add(key);
    return out;
  }

  /** Items that used any of `lists`. */
  usersOf(list: string): string[] {
    return [...this.byItem].filter(([, d]) => d.site.has(list)).map(([k]) => k);
  }

  get size(): number {
    return this.byItem.size;
  }
}

/** Whether a render that read `deps` read a changed file or a changed site list. */
export function touches(deps: RenderDeps, change: ChangeSet): boolean {
  for (const f of deps.files) if (change.files.has(f)) return true;
  for (const l of deps.site) if (change.lists.has(l)) return true;
  return false;
}
