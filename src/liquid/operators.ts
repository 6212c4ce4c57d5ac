// Liquid 5's condition operators with Ruby semantics: `==` is Ruby equality (1 == 1.0, deep arrays
// and hashes, times by instant), `<`/`>` use `<=>` and raise on incomparable values as Ruby does,
// `contains` is `include?` (substring of `to_s`, array member, hash key).

import { defaultOperators, type Operators } from 'liquidjs';
import { RubyDate } from './ruby/time.js';
import { isHash, rubyCompare, rubyEquals, rubyInspect, rubyToS, isNil } from './ruby/value.js';

export function rubyClassName(v: unknown): string {
  if (isNil(v)) return 'NilClass';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (Array.isArray(v)) return 'Array';
  if (isHash(v)) return 'Hash';
  if (typeof v === 'boolean') return v ? 'TrueClass' : 'FalseClass';
  if (v && typeof v === 'object' && (v as object).constructor?.name === 'RubyTime') return 'Time';
  return (v as object).constructor?.name ?? 'Object';
}

/** Ruby's rb_cmperr: immediates (nil, booleans, numbers) are inspected, other values named by class. */
export function cmpOperand(v: unknown): string {
  return isNil(v) || typeof v === 'boolean' || typeof v === 'number' ? rubyInspect(v) : rubyClassName(v);
}

function compare(op: string, l: unknown, r: unknown, test: (c: number) => boolean): boolean {
  const c = rubyCompare(l, r);
  if (c === undefined) {
    // Liquid: "comparison of Integer with String failed" (nil on the left has no `<` at all).
    throw new Error(`comparison of ${rubyClassName(l)} with ${cmpOperand(r)} failed`);
  }
  return test(c);
}

/** `empty` / `blank` (Liquid's MethodLiteral), `nil` as liquidjs's drop. */
function literalKind(v: unknown): 'empty' | 'blank' | 'nil' | undefined {
  const name = (v as { constructor?: { name?: string } } | null | undefined)?.constructor?.name;
  return name === 'EmptyDrop' ? 'empty' : name === 'BlankDrop' ? 'blank' : name === 'NullDrop' ? 'nil' : undefined;
}

/** Liquid's equal_variables: `x == empty` is `x.empty?`; plain Ruby has no `blank?`, so `== blank` is false. */
function eq(l: unknown, r: unknown): boolean {
  if (l === r) return true;
  // Two differing primitives (strings, numbers, booleans, undefined) are never equal: the common case.
  if (typeof l !== 'object' && typeof r !== 'object') return false;
  // nil only equals nil (also against `empty`/`blank`: nil has no empty?).
  if (l === null || l === undefined || r === null || r === undefined) return (l === null || l === undefined) && (r === null || r === undefined);
  // Dates (YAML `2014-06-25` values are common uid/date keys): only a Date equals a Date.
  if (l instanceof RubyDate || r instanceof RubyDate) {
    return l instanceof RubyDate && r instanceof RubyDate && l.year === r.year && l.month === r.month && l.day === r.day;
  }
  const lk = literalKind(l);
  const rk = literalKind(r);
  if (lk === 'nil') l = null;
  if (rk === 'nil') r = null;
  const method = lk === 'empty' || lk === 'blank' ? lk : rk === 'empty' || rk === 'blank' ? rk : undefined;
  if (method) {
    const other = lk === method ? r : l;
    if (method === 'blank') return false;
    if (typeof other === 'string' || Array.isArray(other)) return other.length === 0;
    if (isHash(other)) return Object.keys(other).length === 0;
    return false;
  }
  return rubyEquals(l, r);
}

/** Ruby Liquid only compares values that respond to `<` (numbers, strings, times); others give false. */
function orderable(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'string' || (v !== null && typeof v === 'object' && typeof (v as { valueOf(): unknown }).valueOf() === 'number' && !Array.isArray(v) && !isHash(v));
}

export const rubyOperators: Operators = {
  ...defaultOperators,
  '==': (l: unknown, r: unknown) => eq(l, r),
  '!=': (l: unknown, r: unknown) => !eq(l, r),
  '<>': (l: unknown, r: unknown) => !eq(l, r),
  '<': (l: unknown, r: unknown) => (orderable(l) && orderable(r) ? compare('<', l, r, (c) => c < 0) : false),
  '>': (l: unknown, r: unknown) => (orderable(l) && orderable(r) ? compare('>', l, r, (c) => c > 0) : false),
  '<=': (l: unknown, r: unknown) => (orderable(l) && orderable(r) ? compare('<=', l, r, (c) => c <= 0) : false),
  '>=': (l: unknown, r: unknown) => (orderable(l) && orderable(r) ? compare('>=', l, r, (c) => c >= 0) : false),
  contains: (l: unknown, r: unknown) => {
    if (isNil(l) || l === false || isNil(r) || r === false) return false;
    if (typeof l === 'string') return l.includes(rubyToS(r));
    if (Array.isArray(l)) return l.some((x) => rubyEquals(x, r));
    if (isHash(l)) return Object.prototype.hasOwnProperty.call(l, rubyToS(r)) && typeof r === 'string';
    return false;
  },
} as Operators;
