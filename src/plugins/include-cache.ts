// jekyll-include-cache 0.2.1: `{% include_cached file.html param=value %}` is `{% include %}` whose
// output is rendered once per build for each include file and set of parameter values, then reused
// by every later call with the same file and values (even from another page, which is the point and
// the catch: the cached output ignores the page). As in the gem, the key is the file plus the
// parameter values sorted by name (the names themselves are not part of it), objects by identity.
import type { Context } from 'liquidjs';
import type { Compiler, RenderFn } from '../liquid/compile.js';
import { IncludeTag } from '../liquid/tags/include.js';
import { getState } from '../liquid/state.js';
import type { KilnPlugin } from './registry.js';

interface CachedOutput {
  output: string;
  /** Files the first render read, recorded again on every hit. */
  deps: Set<string>;
}

/** One cache per build: keyed by the build's `site` drop (a new one each build). */
const caches = new WeakMap<object, Map<string, CachedOutput>>();
const objectIds = new WeakMap<object, number>();
let nextId = 1;

function valueKey(v: unknown): string {
  if (v !== null && typeof v === 'object') {
    let id = objectIds.get(v);
    if (id === undefined) objectIds.set(v, (id = nextId++));
    return `#${id}`;
  }
  return `${typeof v}:${String(v)}`;
}

function buildCache(ctx: Context): Map<string, CachedOutput> | undefined {
  const site = ctx.getSync(['site']);
  if (site === null || typeof site !== 'object') return undefined;
  let cache = caches.get(site);
  if (!cache) caches.set(site, (cache = new Map()));
  return cache;
}

export class IncludeCachedTag extends IncludeTag {
  override compile(compiler: Compiler): RenderFn {
    const call = this.compileCall(compiler);
    return (ctx, out) => {
      const state = getState(ctx);
      const loaded = this.prepare(state, call.fileName(ctx));
      const values = call.params?.map(([key, fn]) => [key, fn(ctx)] as const);
      const cache = buildCache(ctx);
      if (!cache) return this.renderLoaded(compiler, ctx, out, loaded, values);
      const sorted = [...(values ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const key = [loaded.absPath, ...sorted.map(([, v]) => valueKey(v))].join('\0');
      const hit = cache.get(key);
      if (hit) {
        for (const d of hit.deps) state.deps?.add(d);
        out.s += hit.output;
        return;
      }
      const outerDeps = state.deps;
      // The include file itself (prepare recorded it on this page), then what its render reads.
      const deps = new Set<string>([loaded.absPath]);
      state.deps = deps;
      const parts = { s: '' };
      try {
        this.renderLoaded(compiler, ctx, parts, loaded, values);
      } finally {
        state.deps = outerDeps;
        for (const d of deps) outerDeps?.add(d);
      }
      cache.set(key, { output: parts.s, deps });
      out.s += parts.s;
    };
  }
}

export const includeCachePlugin: KilnPlugin = {
  name: 'jekyll-include-cache',
  registerTags(liquid) {
    liquid.registerTag('include_cached', IncludeCachedTag);
  },
};
