// Ruby value semantics for Liquid: how Ruby prints (`to_s`, `inspect`), compares and orders the
// plain JS values that stand in for Ruby objects in a Jekyll payload.
// Mapping: string ↔ String, number ↔ Integer/Float (integers print without `.0`), boolean,
// null/undefined ↔ nil, Array, plain object ↔ Hash, RubyTime ↔ Time, RubyDate ↔ Date.

import { isRubyTime, RubyDate, RubyTime } from './time.js';

/** A JS number that Ruby would hold as a Float even when integral (`1.0`): `new RubyFloat(1)`. */
export class RubyFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return floatToS(this.value);
  }
  toJSON(): number {
    return this.value;
  }
}

export function isNil(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

export function isHash(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Ruby truthiness: only nil and false are false. */
export function rubyTruthy(v: unknown): boolean {
  return !(v === false || v === null || v === undefined);
}

/** Ruby's Float#to_s: `1.0`, `1.5e-05`, `1.0e+20`. */
export function floatToS(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    // Ruby: shortest round-trip digits in scientific form, exponent at least two digits.
    const [mant, exp] = n.toExponential().split('e');
    const m = mant.includes('.') ? mant : mant + '.0';
    const e = Number(exp);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n);
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}

/** Ruby's `to_s` of a Liquid value (what `{{ value }}` prints for non-arrays). */
export function rubyToS(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatToS(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return rubyInspect(v);
  if (isRubyTime(v) || v instanceof RubyDate || v instanceof RubyFloat) return v.toString();
  if (v instanceof Date) return RubyTime.at(v.getTime()).toString();
  if (isHash(v)) return rubyInspect(v);
  if (typeof v === 'bigint') return v.toString();
  return String(v);
}

/** Ruby's `Array#join` (nested arrays flattened, nil as empty). */
export function rubyJoin(arr: unknown[], sep = ''): string {
  const out: string[] = [];
  for (const x of arr) out.push(Array.isArray(x) ? rubyJoin(x, sep) : rubyToS(x));
  return out.join(sep);
}

/** What Liquid's `{{ }}` prints: arrays joined, nil empty, everything else `to_s`. */
export function rubyOutput(v: unknown): string {
  if (Array.isArray(v)) return rubyJoin(v);
  return rubyToS(v);
}

/** Ruby's String#inspect (double quotes, escapes). */
export function inspectString(s: string): string {
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\n': out += '\\n'; break;
      case '\t': out += '\\t'; break;
      case '\r': out += '\\r'; break;
      case '\f': out += '\\f'; break;
      case '\v': out += '\\v'; break;
      case '\x07': out += '\\a'; break;
      case '\b': out += '\\b'; break;
      case '\x1b': out += '\\e'; break;
      case '#': out += '#'; break;
      default: {
        const code = ch.codePointAt(0)!;
        if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
        else out += ch;
      }
    }
  }
  // Ruby escapes `#` only before `{`, `$` or `@` (interpolation starters).
  return out.replace(/#(?=[{$@])/g, '\\#') + '"';
}

/** Ruby's `inspect` (Ruby 3.1 forms: `{"a"=>1}`, `[1, nil]`; a cycle prints `[...]` / `{...}`). */
export function rubyInspect(v: unknown, seen: Set<unknown> = new Set()): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatToS(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof RubyFloat) return floatToS(v.value);
  if (Array.isArray(v)) {
    if (seen.has(v)) return '[...]';
    seen.add(v);
    const out = '[' + v.map((x) => rubyInspect(x, seen)).join(', ') + ']';
    seen.delete(v);
    return out;
  }
  if (isRubyTime(v)) return v.toString();
  if (v instanceof RubyDate) return v.inspect();
  if (isHash(v)) {
    if (seen.has(v)) return '{...}';
    seen.add(v);
    const parts = Object.keys(v).map((k) => `${inspectString(k)}=>${rubyInspect(v[k], seen)}`);
    seen.delete(v);
    return '{' + parts.join(', ') + '}';
  }
  return String(v);
}

/** Ruby `==` between two Liquid values (1 == 1.0, arrays and hashes deeply, times by instant). */
export function rubyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' && typeof b !== 'object') return false;
  if (a === null || a === undefined || b === null || b === undefined) return (a === null || a === undefined) && (b === null || b === undefined);
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (isRubyTime(a) && isRubyTime(b)) return a.epochMs === b.epochMs;
  if (a instanceof RubyDate || b instanceof RubyDate) {
    return a instanceof RubyDate && b instanceof RubyDate && a.year === b.year && a.month === b.month && a.day === b.day;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => rubyEquals(x, b[i]));
  if (isHash(a) && isHash(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && rubyEquals(a[k], b[k]));
  }
  return false;
}

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof RubyFloat) return v.value;
  return undefined;
}

/**
 * Ruby `<=>`: a number, or undefined where Ruby returns nil (incomparable types such as
 * a String and an Integer).
 */
export function rubyCompare(a: unknown, b: unknown): number | undefined {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return compareBytes(a, b);
  if (isRubyTime(a) && isRubyTime(b)) return Math.sign(a.epochMs - b.epochMs);
  if (a instanceof RubyDate && b instanceof RubyDate) return compareBytes(a.toString(), b.toString());
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : undefined;
  if (isNil(a) && isNil(b)) return 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = rubyCompare(a[i], b[i]);
      if (c === undefined || c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  // Object#<=>: 0 for equal values, nil otherwise.
  return rubyEquals(a, b) ? 0 : undefined;
}

/** Ruby String comparison: bytewise on UTF-8, which for JS strings is code-point order. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // UTF-16 order equals code point order except between surrogates (astral characters, which
    // sort after everything in the BMP) and U+E000..U+FFFF.
    const sa = ca >= 0xd800 && ca <= 0xdfff;
    const sb = cb >= 0xd800 && cb <= 0xdfff;
    if (sa !== sb) return sa ? 1 : -1;
    return ca < cb ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** Ruby's String#to_i (leading integer, else 0), Integer/Float#to_i; nil.to_i = 0. */
export function rubyToI(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof RubyFloat) return Math.trunc(v.value);
  if (typeof v === 'string') {
    const m = /^\s*([+-]?\d[\d_]*)/.exec(v);
    return m ? parseInt(m[1].replace(/_/g, ''), 10) : 0;
  }
  if (isNil(v)) return 0;
  if (isRubyTime(v)) return Math.floor(v.epochMs / 1000);
  throw new TypeError(`undefined method \`to_i' for ${rubyInspect(v)}`);
}
