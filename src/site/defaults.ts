// Jekyll's FrontmatterDefaults: `defaults:` sets whose scope (path prefix or glob, type) matches
// an item, merged with the more specific scope winning (longer path, then one with a type).
import { createRequire } from 'node:module';
import type FastGlob from 'fast-glob';
import path from 'node:path';
import { deepMerge, isPlainObject } from '../config/merge.js';
import { parseDate } from '../config/parse-date.js';
import { isRubyTime } from '../liquid/ruby/time.js';

interface DefaultSet {
  scope?: Record<string, unknown>;
  values: Record<string, unknown>;
}

const DEPRECATED_TYPES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' };

export class FrontMatterDefaults {
  private readonly sets: DefaultSet[];
  private readonly globCache = new Map<string, string[]>();
  private readonly cache = new Map<string, Record<string, unknown>>();

  constructor(
    rawSets: unknown,
    private readonly source: string,
    private readonly collectionsDir: string,
    warn: (m: string) => void,
  ) {
    this.sets = [];
    for (const set of Array.isArray(rawSets) ? rawSets : []) {
      if (!isPlainObject(set) || !isPlainObject(set.values)) {
        warn(`Defaults: An invalid front-matter default set was found: ${JSON.stringify(set)}`);
        continue;
      }
      const scope = isPlainObject(set.scope) ? { ...set.scope } : undefined;
      if (scope && typeof scope.type === 'string' && DEPRECATED_TYPES[scope.type]) scope.type = DEPRECATED_TYPES[scope.type];
      const values = { ...set.values };
      if ('date' in values && !isRubyTime(values.date)) values.date = parseDate(values.date);
      this.sets.push({ scope, values });
    }
  }

  /** All defaults that apply to the item at `relPath` of `type` (`pages`, `posts`, a collection label, or null). */
  all(relPath: string, type: string | null): Record<string, unknown> {
    const key = `${type ?? ''}\0${relPath}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let defaults: Record<string, unknown> = {};
    let oldScope: Record<string, unknown> | undefined = undefined;
    for (const set of this.sets) {
      if (set.scope && !this.applies(set.scope, relPath, type)) continue;
      if (this.hasPrecedence(oldScope, set.scope)) {
        defaults = deepMerge(defaults, set.values);
        oldScope = set.scope;
      } else {
        defaults = deepMerge(set.values, defaults);
      }
    }
    this.cache.set(key, defaults);
    return defaults;
  }

  get isEmpty(): boolean {
    return this.sets.length === 0;
  }

  private applies(scope: Record<string, unknown>, relPath: string, type: string | null): boolean {
    if ('type' in scope && String(scope.type) !== type) return false;
    const scopePath = scope.path;
    if (typeof scopePath !== 'string' || scopePath === '') return true;
    const sanitized = sanitizePath(relPath);
    if (scopePath.includes('*')) {
      for (const p of this.glob(scopePath)) {
        if (sanitized.startsWith(this.stripCollectionsDir(p))) return true;
      }
      return false;
    }
    return sanitized.startsWith(this.stripCollectionsDir(scopePath));
  }

  private glob(scopePath: string): string[] {
    let hit = this.globCache.get(scopePath);
    if (!hit) {
      // fast-glob is loaded only by sites whose defaults use glob scopes.
      const fg = createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
      hit = fg.sync(scopePath, { cwd: this.source, onlyFiles: false, dot: false }).map((p) => p.split(path.sep).join('/'));
      this.globCache.set(scopePath, hit);
    }
    return hit;
  }

  private stripCollectionsDir(p: string): string {
    if (!this.collectionsDir) return p;
    const slashed = this.collectionsDir + '/';
    return p.startsWith(slashed) ? p.slice(slashed.length) : p;
  }

  private hasPrecedence(oldScope: Record<string, unknown> | undefined, newScope: Record<string, unknown> | undefined): boolean {
    if (oldScope === undefined) return true;
    const newPath = sanitizePath(newScope?.path);
    const oldPath = sanitizePath(oldScope?.path);
    if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length;
    if (newScope && 'type' in newScope) return true;
    return !('type' in oldScope);
  }
}

function sanitizePath(p: unknown): string {
  if (typeof p !== 'string' || p === '') return '';
  if (p.startsWith('/')) return p.replace(/^\//, '').replace(/([^/])$/, '$1');
  return p;
}
