// Liquid 5's condition operators with Ruby semantics: `==` is Ruby equality (1 == 1.0, deep arrays
// and hashes, times by instant), `<`/`>` use `<=>` and raise on incomparable values as Ruby does,
// `contains` is `include?` (substring of `to_s`, array member, hash key).

import { defaultOperators, type Operators } from 'liquidjs';
import { isHash, rubyCompare, rubyEquals, rubyInspect, rubyToS, isNil } from './ruby/value.js';

interface Comparable {
  equals(v: unknown): unknown;
  gt(v: unknown): unknown;
  geq(v: unknown): unknown;
  lt(v: unknown): unknown;
  leq(v: unknown): unknown;
}

function isComparable(v: unknown): v is Comparable {
  return !!v && typeof (v as Comparable).equals === 'function' && typeof (v as Comparable).gt === 'function';
}

function rubyClassName(v: unknown): string {
  if (isNil(v)) return 'nil';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (Array.isArray(v)) return 'Array';
  if (isHash(v)) return 'Hash';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return (v as object).constructor?.name ?? 'Object';
}

function compare(op: string, l: unknown, r: unknown, test: (c: number) => boolean): boolean {
  const c = rubyCompare(l, r);
  if (c === undefined) {
    // Liquid: "comparison of Integer with String failed" (nil on the left has no `<` at all).
    throw new Error(`comparison of ${rubyClassName(l)} with ${typeof r === 'string' || isNil(r) || typeof r === 'number' ? rubyInspect(r) : rubyClassName(r)} failed`);
  }
  return test(c);
}

function eq(l: unknown, r: unknown): boolean {
  if (isComparable(l)) return !!l.equals(r);
  if (isComparable(r)) return !!r.equals(l);
  return rubyEquals(l, r);
}

export const rubyOperators: Operators = {
  ...defaultOperators,
  '==': (l: unknown, r: unknown) => eq(l, r),
  '!=': (l: unknown, r: unknown) => !eq(l, r),
  '<>': (l: unknown, r: unknown) => !eq(l, r),
  '<': (l: unknown, r: unknown) => (isComparable(l) ? !!l.lt(r) : compare('<', l, r, (c) => c < 0)),
  '>': (l: unknown, r: unknown) => (isComparable(l) ? !!l.gt(r) : compare('>', l, r, (c) => c > 0)),
  '<=': (l: unknown, r: unknown) => (isComparable(l) ? !!l.leq(r) : compare('<=', l, r, (c) => c <= 0)),
  '>=': (l: unknown, r: unknown) => (isComparable(l) ? !!l.geq(r) : compare('>=', l, r, (c) => c >= 0)),
  contains: (l: unknown, r: unknown) => {
    if (isNil(l) || l === false || isNil(r) || r === false) return false;
    if (typeof l === 'string') return l.includes(rubyToS(r));
    if (Array.isArray(l)) return l.some((x) => rubyEquals(x, r));
    if (isHash(l)) return Object.prototype.hasOwnProperty.call(l, rubyToS(r)) && typeof r === 'string';
    return false;
  },
} as Operators;
