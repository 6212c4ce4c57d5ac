// jsonify: Ruby's `to_json` of the Liquid value (floats keep `.0`, times as their `to_s`, no `/`
// escaping, non-ASCII kept as UTF-8).

import { isRubyTime, RubyDate } from '../ruby/time.js';
import { floatToS, isHash, RubyFloat } from '../ruby/value.js';
import type { FilterFn } from './types.js';

function jsonString(s: string): string {
  return JSON.stringify(s);
}

/**
 * A drop may say what it serialises to (Jekyll's Drop#hash_for_json, which collapses a document's
 * next/previous below depth 2): `obj[JSONIFY](depth)` returns the value to write instead.
 */
export const JSONIFY = Symbol.for('kiln.jsonify');

/** Ruby's JSON.generate of a Liquid value (max_nesting 100, as Ruby's generator). */
export function rubyToJson(v: unknown, depth = 0): string {
  if (v !== null && typeof v === 'object' && typeof (v as Record<symbol, unknown>)[JSONIFY] === 'function') {
    v = ((v as Record<symbol, unknown>)[JSONIFY] as (depth: number) => unknown)(depth);
  }
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${v} not allowed in JSON`);
    return Number.isInteger(v) ? String(v) : floatToS(v);
  }
  if (v instanceof RubyFloat) return floatToS(v.value);
  if (isRubyTime(v) || v instanceof RubyDate) return jsonString(v.toString());
  if (Array.isArray(v) || isHash(v)) {
    if (depth >= 100) throw new Error(`nesting of ${depth + 1} is too deep`);
    if (Array.isArray(v)) return '[' + v.map((x) => rubyToJson(x, depth + 1)).join(',') + ']';
    return '{' + Object.keys(v).map((k) => jsonString(k) + ':' + rubyToJson(v[k], depth + 1)).join(',') + '}';
  }
  const json = (v as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') return rubyToJson(json.call(v), depth);
  return jsonString(String(v));
}

export const jsonFilters: Record<string, FilterFn> = {
  jsonify: (input) => rubyToJson(input),
};
