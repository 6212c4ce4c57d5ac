// How Jekyll orders documents: Document#<=> (date, then path) and a collection's `order:` list or
// `sort_by:` key (documents without the key last, with Jekyll's warning).
import path from 'node:path';
import type { RubyTime } from '../liquid/ruby/time.js';
import type { Collection, Doc } from './model.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Document#<=>: by date, then path. */
export function compareDocs(a: Doc, b: Doc): number {
  const da = a.data.date as RubyTime | undefined;
  const db = b.data.date as RubyTime | undefined;
  if (da && db && typeof da.epochMs === 'number' && typeof db.epochMs === 'number' && da.epochMs !== db.epochMs) return da.epochMs - db.epochMs;
  return cmp(a.absPath, b.absPath);
}


export function sortCollection(c: Collection, warn: (m: string) => void): void {
  const order = c.metadata.order;
  const sortBy = c.metadata.sort_by;
  if (Array.isArray(order)) {
    const sorted = [...c.docs].sort(compareDocs);
    const byPath = new Map(sorted.map((d) => [d.relativePath, d]));
    const result: Doc[] = [];
    for (const entry of order) {
      const key = path.posix.join(c.relativeDirectory, String(entry));
      const d = byPath.get(key);
      if (d) {
        result.push(d);
        byPath.delete(key);
      }
    }
    result.push(...byPath.values());
    c.docs = result;
  } else if (typeof sortBy === 'string') {
    c.docs.sort((a, b) => {
      const av = a.data[sortBy];
      const bv = b.data[sortBy];
      const an = av === undefined || av === null;
      const bn = bv === undefined || bv === null;
      if (an && !bn) { warn(`Sort warning: '${sortBy}' not defined in ${a.relativePath}`); return 1; }
      if (!an && bn) { warn(`Sort warning: '${sortBy}' not defined in ${b.relativePath}`); return -1; }
      const o = rubyCompare(av, bv);
      return o === 0 ? compareDocs(a, b) : o;
    });
  } else {
    c.docs.sort(compareDocs);
  }
}

function rubyCompare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a && b && typeof a === 'object' && typeof b === 'object') return Number(a.valueOf()) - Number(b.valueOf());
  return 0;
}

