// jsonify: Ruby's `to_json` of the Liquid value (floats keep `.0`, times as their `to_s`, no `/`
// escaping, non-ASCII kept as UTF-8).

import { isRubyTime, RubyDate } from '../ruby/time.js';
import { floatToS, isHash, RubyFloat } from '../ruby/value.js';
import type { FilterFn } from './types.js';

function jsonString(s: string): string {
  return JSON.stringify(s);
}

/** Ruby's JSON.generate of a Liquid value. */
export function rubyToJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${v} not allowed in JSON`);
    return Number.isInteger(v) ? String(v) : floatToS(v);
  }
  if (v instanceof RubyFloat) return floatToS(v.value);
  if (isRubyTime(v) || v instanceof RubyDate) return jsonString(v.toString());
  if (Array.isArray(v)) return '[' + v.map(rubyToJson).join(',') + ']';
  if (isHash(v)) return '{' + Object.keys(v).map((k) => jsonString(k) + ':' + rubyToJson(v[k])).join(',') + '}';
  const json = (v as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') return rubyToJson(json.call(v));
  return jsonString(String(v));
}

export const jsonFilters: Record<string, FilterFn> = {
  jsonify: (input) => rubyToJson(input),
};
