// Liquid's number filters with Ruby semantics: Integer stays Integer (10 / 3 = 3, floored; -7 % 3 = 2),
// any Float operand makes a Float (printed `5.0`), division by zero is an error.

import { RubyFloat, rubyToS, isNil } from '../ruby/value.js';
import type { FilterFn } from './types.js';

/** A Liquid number: its value and whether Ruby holds it as a Float. */
interface Num {
  value: number;
  float: boolean;
}

/** Liquid::Utils.to_number. */
export function toNumber(v: unknown): Num {
  if (v instanceof RubyFloat) return { value: v.value, float: true };
  if (typeof v === 'number') return { value: v, float: !Number.isInteger(v) };
  if (typeof v === 'string') {
    const s = v.trim();
    if (/^-?\d+\.\d+$/.test(s)) return { value: Number(s), float: true };
    const m = /^\s*([+-]?\d[\d_]*)/.exec(v);
    return { value: m ? parseInt(m[1].replace(/_/g, ''), 10) : 0, float: false };
  }
  return { value: 0, float: false };
}

/** A result as Liquid holds it: floats that are integral keep their `.0`. */
export function fromNumber(n: Num): number | RubyFloat {
  return n.float && Number.isInteger(n.value) ? new RubyFloat(n.value) : n.value;
}

class ZeroDivisionError extends Error {
  constructor() {
    super('divided by 0');
    this.name = 'ZeroDivisionError';
  }
}

function op(input: unknown, operand: unknown, f: (a: number, b: number, float: boolean) => number): number | RubyFloat {
  const a = toNumber(input);
  const b = toNumber(operand);
  const float = a.float || b.float;
  return fromNumber({ value: f(a.value, b.value, float), float });
}

// Ruby's Float#round rounds half away from zero (BigDecimal ROUND_HALF_UP for Liquid's decimals).
function roundHalfUp(x: number, digits: number): number {
  // On the shortest decimal form, as BigDecimal(x.to_s).round(digits) does: 1.005 → 1.01.
  const text = String(Math.abs(x));
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || digits < 0) {
    const f = 10 ** digits;
    return (Math.sign(x) * Math.floor(Math.abs(x) * f + 0.5)) / f;
  }
  const frac = m[2] ?? '';
  if (frac.length <= digits) return x;
  const kept = BigInt(m[1] + frac.slice(0, digits)) + (frac.charCodeAt(digits) >= 53 /* '5' */ ? 1n : 0n);
  const str = kept.toString().padStart(digits + 1, '0');
  const rounded = Number(digits ? `${str.slice(0, -digits)}.${str.slice(-digits)}` : str);
  return x < 0 ? -rounded : rounded;
}

/** Fraction digits of a float's shortest decimal form (Liquid turns floats into BigDecimal via to_s). */
function fractionDigits(n: number): number {
  const t = String(n);
  if (t.includes('e')) return -1;
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : t.length - dot - 1;
}

/** Exact decimal + - * as BigDecimal computes them (0.3 - 0.1 = 0.2), when the digits allow. */
function decimalOp(x: number, y: number, kind: '+' | '-' | '*'): number {
  const dx = fractionDigits(x);
  const dy = fractionDigits(y);
  const plain = kind === '+' ? x + y : kind === '-' ? x - y : x * y;
  if (dx < 0 || dy < 0) return plain;
  if (kind === '*') {
    const ix = Math.round(x * 10 ** dx);
    const iy = Math.round(y * 10 ** dy);
    const prod = ix * iy;
    return Number.isSafeInteger(prod) ? Number((prod / 10 ** (dx + dy)).toFixed(dx + dy)) : plain;
  }
  const d = Math.max(dx, dy);
  const ix = Math.round(x * 10 ** d);
  const iy = Math.round(y * 10 ** d);
  const r = kind === '+' ? ix + iy : ix - iy;
  return Number.isSafeInteger(r) ? Number((r / 10 ** d).toFixed(d)) : plain;
}

export const mathFilters: Record<string, FilterFn> = {
  plus: (a, b) => op(a, b, (x, y, float) => (float ? decimalOp(x, y, '+') : x + y)),
  minus: (a, b) => op(a, b, (x, y, float) => (float ? decimalOp(x, y, '-') : x - y)),
  times: (a, b) => op(a, b, (x, y, float) => (float ? decimalOp(x, y, '*') : x * y)),
  divided_by: (a, b) =>
    op(a, b, (x, y, float) => {
      if (!float) {
        if (y === 0) throw new ZeroDivisionError();
        return Math.floor(x / y);
      }
      return x / y;
    }),
  modulo: (a, b) =>
    op(a, b, (x, y, float) => {
      // Integer and BigDecimal modulo both raise on a zero divisor (division by 0.0 gives Infinity).
      if (y === 0) throw new ZeroDivisionError();
      // Ruby's modulo takes the divisor's sign.
      const r = x % y;
      return r !== 0 && Math.sign(r) !== Math.sign(y) ? r + y : r;
    }),
  abs: (a) => {
    const n = toNumber(a);
    return fromNumber({ value: Math.abs(n.value), float: n.float });
  },
  round: (a, digits = 0) => {
    const n = toNumber(a);
    const d = toNumber(digits).value;
    if (!Number.isFinite(n.value)) throw new Error(`${rubyToS(n.value)}`);
    if (d === 0 || !n.float) return d === 0 ? roundHalfUp(n.value, 0) : n.value;
    return fromNumber({ value: roundHalfUp(n.value, d), float: true });
  },
  ceil: (a) => Math.ceil(toNumber(a).value),
  floor: (a) => Math.floor(toNumber(a).value),
  at_least: (a, b) => {
    const x = toNumber(a);
    const y = toNumber(b);
    return fromNumber(y.value > x.value ? y : x);
  },
  at_most: (a, b) => {
    const x = toNumber(a);
    const y = toNumber(b);
    return fromNumber(y.value < x.value ? y : x);
  },
  // Jekyll's to_integer: true → 1, false → 0, else to_i.
  to_integer: (a) => {
    if (a === true) return 1;
    if (a === false) return 0;
    if (isNil(a)) return 0;
    return Math.trunc(toNumber(typeof a === 'string' ? a.replace(/\..*$/, '') : a).value);
  },
};
