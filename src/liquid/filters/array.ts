// Array filters with Jekyll's and Liquid 5's semantics: where/find (Ruby equality against the
// target's `to_s`, `empty`/`blank` targets), where_exp/find_exp/group_by_exp (a Liquid condition per
// item), group_by, sort (Ruby `<=>`, nils first or last, numeric-looking strings as numbers),
// Liquid's InputIterator (arrays flattened, a hash as one item), pop/shift counts, default.

import { Value, type Context, type Liquid } from 'liquidjs';
import { getState } from '../state.js';
import { isHash, isNil, rubyCompare, rubyEquals, rubyInspect, rubyJoin, rubyToS, rubyTruthy, compareBytes } from '../ruby/value.js';
import { toInteger } from './string.js';
import { cmpOperand } from '../operators.js';
import { escapeFilters } from './escape.js';
import type { FilterFn, FilterThis } from './types.js';
import { isRubyTime, localOffsetAt, type RubyTime } from '../ruby/time.js';

/** Liquid's InputIterator: arrays flattened, a hash as a single item, nil as nothing. */
export function inputItems(input: unknown): unknown[] {
  if (Array.isArray(input)) return input.flat(Infinity);
  if (isNil(input)) return [];
  return [input];
}

function get(obj: unknown, key: string): unknown {
  if (obj === null || obj === undefined || typeof obj !== 'object') return undefined;
  if (Array.isArray(obj)) return /^-?\d+$/.test(key) ? obj.at(Number(key)) : undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/**
 * Ruby's `value[key]` with a String key, as read_liquid_attribute calls it: an Array or Integer
 * raises TypeError, nil, booleans and Floats have no `[]`, a String answers the key if it contains
 * it. So `sort`/`group_by` by a property over a hash (its [key, value] pairs) fail in Jekyll.
 */
function rubyIndex(obj: unknown, key: string): unknown {
  if (Array.isArray(obj) || (typeof obj === 'number' && Number.isInteger(obj))) throw new TypeError('no implicit conversion of String into Integer');
  if (typeof obj === 'string') return obj.includes(key) ? key : null;
  if (!respondsToIndex(obj)) throw new TypeError(`undefined method \`[]' for ${rubyInspect(obj)}:${rubyClassName(obj)}`);
  return get(obj, key);
}

function respondsToIndex(obj: unknown): boolean {
  return obj !== null && obj !== undefined && typeof obj !== 'boolean' && typeof obj !== 'number';
}

function rubyClassName(obj: unknown): string {
  if (obj === null || obj === undefined) return 'NilClass';
  if (typeof obj === 'boolean') return obj ? 'TrueClass' : 'FalseClass';
  return 'Float';
}

/** Reads `property` (dotted paths allowed) from an item as Jekyll's item_property does. */
function readProperty(item: unknown, property: string): unknown {
  if (!property.includes('.')) return rubyIndex(item, property);
  // `data.respond_to?(:[]) && data[key]`: past a value without `[]` the answer is false.
  let data: unknown = item;
  for (const key of property.split('.')) data = respondsToIndex(data) ? rubyIndex(data, key) : false;
  return data;
}

const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/;
const INTEGER_LIKE = /^\s*-?\d+\s*$/;

/** Jekyll's item_property cache: per item and property, for one build (the engine drops it on invalidate()). */
export type PropertyCache = WeakMap<object, Map<string, unknown>>;

/** Jekyll's item_property: the value, numeric-looking ones as numbers (for sorting). */
export function itemProperty(item: unknown, property: unknown, propertyCache?: PropertyCache): unknown {
  const key = typeof property === 'string' ? property : rubyToS(property);
  const cacheable = propertyCache !== undefined && item !== null && typeof item === 'object';
  let perItem: Map<string, unknown> | undefined;
  if (cacheable) {
    perItem = propertyCache!.get(item as object);
    if (perItem?.has(key)) return perItem.get(key);
  }
  const value = parseSortInput(readProperty(item, key));
  if (cacheable) {
    if (!perItem) propertyCache!.set(item as object, (perItem = new Map()));
    perItem.set(key, value);
  }
  return value;
}

function parseSortInput(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string' && (value === '' || !/\d/.test(value))) return value;
  const text = rubyToS(value);
  if (INTEGER_LIKE.test(text)) return parseInt(text, 10);
  if (FLOAT_LIKE.test(text)) return parseFloat(text);
  return value;
}

function isMethodLiteral(v: unknown): boolean {
  const name = (v as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name === 'EmptyDrop' || name === 'BlankDrop';
}

/** Jekyll's compare_property_vs_target, prepared once per filter call. */
function targetMatcher(target: unknown): (property: unknown) => boolean {
  if (isNil(target)) return (property) => isNil(property);
  if (isMethodLiteral(target)) return (property) => property === '' || rubyJoin(rubyArray(property)) === '';
  const t = rubyToS(target);
  return (property) => {
    if (typeof property === 'string') return property === t;
    if (Array.isArray(property)) return property.some((p) => rubyToS(p) === t);
    return rubyArray(property).some((p) => rubyToS(p) === t);
  };
}

/** Ruby's Kernel#Array. */
function rubyArray(v: unknown): unknown[] {
  if (isNil(v)) return [];
  if (Array.isArray(v)) return v;
  if (isHash(v)) return Object.entries(v);
  if (isRubyTime(v)) return timeToA(v);
  return [v];
}

/**
 * Time#to_a, which Kernel#Array calls: [sec, min, hour, day, month, year, wday, yday, isdst, zone].
 * So `site.posts | where: 'date', '2018'` keeps the posts of 2018 in Jekyll (and also those whose
 * day, month, hour… print as 2018: none, but `where: 'date', 5` matches the 5th and May alike).
 */
function timeToA(t: RubyTime): unknown[] {
  const p = t.parts();
  const yday = Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
  const zone = t.zoneName();
  return [p.second, p.minute, p.hour, p.day, p.month, p.year, p.wday, yday, isDst(t), zone === '' ? null : zone];
}

/** Whether a local time is in daylight saving time (its offset above the year's smaller one). */
function isDst(t: RubyTime): boolean {
  if (t.isUtc || !t.isLocal) return false;
  const year = t.parts().year;
  const standard = Math.min(localOffsetAt(Date.UTC(year, 0, 1)), localOffsetAt(Date.UTC(year, 6, 1)));
  return t.utcOffset > standard;
}

function cacheOf(self: FilterThis): PropertyCache {
  return getState(self.context).services.propertyCache;
}

/**
 * Jekyll's where/find filter caches: the result for the same input collection (by identity) and
 * the same arguments is reused for the rest of the build, so a `where` over all posts on every page
 * costs one pass per build, not one per page.
 */
function memo<T>(self: FilterThis, input: unknown, key: string, compute: () => T): T {
  if (input === null || typeof input !== 'object') return compute();
  const cache = getState(self.context).services.propertyCache;
  let perInput = cache.get(input as object);
  if (!perInput) cache.set(input as object, (perInput = new Map()));
  const k = '\u0000' + key;
  if (perInput.has(k)) return perInput.get(k) as T;
  const value = compute();
  perInput.set(k, value);
  return value;
}

function targetKey(target: unknown): string {
  if (isNil(target)) return 'nil';
  if (isMethodLiteral(target)) return 'literal';
  return 's:' + rubyToS(target);
}

function valuesOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (isHash(input)) return Object.values(input);
  return undefined;
}

const conditionCache = new WeakMap<Liquid, Map<string, Value>>();

/** Evaluates a Liquid expression with `variable` bound to each item (where_exp and friends). */
function withItems<T>(self: FilterThis, variable: unknown, expression: unknown, body: (test: (item: unknown) => unknown) => T): T {
  let cache = conditionCache.get(self.liquid);
  if (!cache) conditionCache.set(self.liquid, (cache = new Map()));
  const text = rubyToS(expression);
  let value = cache.get(text);
  if (!value) cache.set(text, (value = new Value(text, self.liquid)));
  const evaluate = getState(self.context).services.compiler.value(value);
  const ctx: Context = self.context;
  const scope: Record<string, unknown> = {};
  const name = rubyToS(variable);
  ctx.push(scope);
  try {
    return body((item) => {
      scope[name] = item;
      return evaluate(ctx);
    });
  } finally {
    ctx.pop();
  }
}

function groupedArray(groups: Map<string, unknown[]>): Record<string, unknown>[] {
  return [...groups].map(([name, items]) => ({ name, items, size: items.length }));
}

/** Ruby Array#sort with `<=>`, raising as Ruby does on incomparable values. */
function rubySort(arr: unknown[]): unknown[] {
  // Ruby's merge sort first compares neighbours in order: name the first incomparable pair as it does.
  for (let i = 0; i + 1 < arr.length; i++) {
    if (rubyCompare(arr[i], arr[i + 1]) === undefined) throw new Error(`comparison of ${rubyClass(arr[i])} with ${cmpOperand(arr[i + 1])} failed`);
  }
  return [...arr].sort((a, b) => {
    const c = rubyCompare(a, b);
    if (c === undefined) throw new Error(`comparison of ${rubyClass(a)} with ${cmpOperand(b)} failed`);
    return c;
  });
}

function rubyClass(v: unknown): string {
  if (isNil(v)) return 'NilClass';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'boolean') return v ? 'TrueClass' : 'FalseClass';
  if (Array.isArray(v)) return 'Array';
  if (isHash(v)) return 'Hash';
  return (v as object).constructor?.name ?? 'Object';
}

export const arrayFilters: Record<string, FilterFn> = {
  where(input, property, value) {
    if (isNil(property) || property === false || Array.isArray(value) || isHash(value)) return input;
    const items = valuesOf(input);
    if (!items) return input;
    return memo(this, input, `where\u0000${rubyToS(property)}\u0000${targetKey(value)}`, () => {
      const matches = targetMatcher(value);
      const cache = cacheOf(this);
      return items.filter((item) => matches(itemProperty(item, property, cache)));
    });
  },
  where_exp(input, variable, expression) {
    const items = valuesOf(input);
    if (!items) return input;
    return withItems(this, variable, expression, (test) => items.filter((item) => rubyTruthy(test(item))));
  },
  find(input, property, value) {
    if (isNil(property) || property === false || Array.isArray(value) || isHash(value)) return input;
    const items = valuesOf(input);
    if (!items) return input;
    return memo(this, input, `find\u0000${rubyToS(property)}\u0000${targetKey(value)}`, () => {
      const matches = targetMatcher(value);
      const cache = cacheOf(this);
      return items.find((item) => matches(itemProperty(item, property, cache))) ?? null;
    });
  },
  find_exp(input, variable, expression) {
    const items = valuesOf(input);
    if (!items) return input;
    return withItems(this, variable, expression, (test) => items.find((item) => rubyTruthy(test(item)))) ?? null;
  },
  group_by(input, property) {
    const items = Array.isArray(input) ? input : isHash(input) ? Object.entries(input) : undefined;
    if (!items) return input;
    const groups = new Map<string, unknown[]>();
    const cache = cacheOf(this);
    for (const item of items) {
      const key = rubyToS(itemProperty(item, property, cache));
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(item);
    }
    return groupedArray(groups);
  },
  group_by_exp(input, variable, expression) {
    const items = Array.isArray(input) ? input : isHash(input) ? Object.entries(input) : undefined;
    if (!items) return input;
    return withItems(this, variable, expression, (test) => {
      // The expression's value itself names the group (not its to_s).
      const groups: { name: unknown; items: unknown[] }[] = [];
      for (const item of items) {
        const key = test(item);
        let group = groups.find((g) => rubyEquals(g.name, key));
        if (!group) groups.push((group = { name: key, items: [] }));
        group.items.push(item);
      }
      return groups.map((g) => ({ name: g.name, items: g.items, size: g.items.length }));
    });
  },
  sort(input, property, ...rest) {
    if (isNil(input)) throw new Error('Cannot sort a null object.');
    // A nil order given (`sort: 'n', include.order` unset) is invalid in Jekyll; only a missing one is 'first'.
    const nils = rest.length > 0 ? rest[0] : 'first';
    const arr = Array.isArray(input) ? input : isHash(input) ? Object.entries(input) : [input];
    if (isNil(property)) return rubySort(arr);
    let order: number;
    if (nils === 'first') order = -1;
    else if (nils === 'last') order = 1;
    else throw new Error(`Invalid nils order: '${rubyToS(nils)}' is not a valid nils order. It must be 'first' or 'last'.`);
    return memo(this, input, `sort\u0000${rubyToS(property)}\u0000${order}`, () => {
      const cache = cacheOf(this);
      const keyed = arr.map((item) => [itemProperty(item, property, cache), item] as const);
      keyed.sort(([a], [b]) => {
        if (!isNil(a) && isNil(b)) return -order;
        if (isNil(a) && !isNil(b)) return order;
        return rubyCompare(a, b) ?? compareBytes(rubyToS(a), rubyToS(b));
      });
      return keyed.map(([, item]) => item);
    });
  },
  sort_natural(input, property) {
    const items = inputItems(input);
    if (!items.length) return [];
    const key = (x: unknown) => (isNil(property) ? x : (x as Record<string, unknown>)?.[rubyToS(property)]);
    return [...items].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (!isNil(x) && !isNil(y)) {
        const l = rubyToS(x).toLowerCase();
        const r = rubyToS(y).toLowerCase();
        return compareBytes(l, r);
      }
      return isNil(x) ? 1 : -1;
    });
  },
  uniq(input, property) {
    const items = inputItems(input);
    const seen: unknown[] = [];
    const out: unknown[] = [];
    for (const item of items) {
      const k = isNil(property) ? item : (item as Record<string, unknown>)?.[rubyToS(property)];
      if (!seen.some((s) => rubyEquals(s, k))) {
        seen.push(k);
        out.push(item);
      }
    }
    return out;
  },
  reverse: (input) => inputItems(input).reverse(),
  map(input, property) {
    const p = rubyToS(property);
    return inputItems(input).map((item) => {
      if (p === 'to_liquid') return item;
      if (typeof item === 'string') return item.includes(p) ? p : null;
      if (item && typeof item === 'object') return Array.isArray(item) ? undefined : (item as Record<string, unknown>)[p];
      return null;
    });
  },
  compact(input, property) {
    const items = inputItems(input);
    if (isNil(property)) return items.filter((x) => !isNil(x));
    return items.filter((x) => !isNil((x as Record<string, unknown>)?.[rubyToS(property)]));
  },
  // A nil glue (`join: include.sep` unset) joins with '' (nil.to_s); only a missing one is ' '.
  join: (input, ...glue) => rubyJoin(inputItems(input), glue.length > 0 ? rubyToS(glue[0]) : ' '),
  concat(input, array) {
    if (!Array.isArray(array)) throw new Error('concat filter requires an array argument');
    return [...inputItems(input), ...array];
  },
  first: (input) => (Array.isArray(input) ? input[0] : isHash(input) ? Object.entries(input)[0] : undefined),
  last: (input) => (Array.isArray(input) ? input[input.length - 1] : undefined),
  push: (array, item) => (Array.isArray(array) ? [...array, item] : array),
  unshift: (array, item) => (Array.isArray(array) ? [item, ...array] : array),
  pop(array, num = 1) {
    if (!Array.isArray(array)) return array;
    const n = toInteger(num);
    if (n < 0) throw new Error('negative array size');
    return array.slice(0, Math.max(0, array.length - n));
  },
  shift(array, num = 1) {
    if (!Array.isArray(array)) return array;
    const n = toInteger(num);
    if (n < 0) throw new Error('negative array size');
    return array.slice(n);
  },
  sample(input, num = 1) {
    if (!Array.isArray(input)) return input;
    let n: number;
    try {
      n = toInteger(num);
    } catch {
      n = 1;
    }
    const shuffled = [...input].sort(() => Math.random() - 0.5);
    return n === 1 ? shuffled[0] : shuffled.slice(0, n);
  },
  default(input, ...args) {
    // `default: x, allow_false: true` arrives as a [name, value] pair. A given argument that is nil
    // (`default: layout.title` with no layout) stays nil: only a missing one means ''.
    // Ruby Liquid passes the keyword arguments as one trailing hash: with no positional argument
    // that hash *is* the default value (`nil | default: allow_false: true` gives the hash).
    const isOption = (r: unknown): boolean => Array.isArray(r) && r[0] === 'allow_false';
    const positional = args.filter((a) => !isOption(a));
    const options = args.filter(isOption) as [string, unknown][];
    const fallback = positional.length > 0 ? positional[0] : options.length > 0 ? Object.fromEntries(options) : '';
    const opts = positional.length > 0 ? options[0] : undefined;
    const allowFalse = opts ? rubyTruthy(opts[1]) : false;
    const falsy = allowFalse ? isNil(input) : !rubyTruthy(input);
    const empty = typeof input === 'string' || Array.isArray(input) ? (input as string | unknown[]).length === 0 : isHash(input) ? Object.keys(input).length === 0 : false;
    return falsy || empty ? fallback : input;
  },
  inspect: (input) => escapeFilters.xml_escape.call(undefined as never, rubyInspect(input)),
};
