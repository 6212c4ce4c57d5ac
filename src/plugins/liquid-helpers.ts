// What plugin tags share: reading the render's variables as Liquid would (own properties only, nil
// for a property of a string), and calling Jekyll's filters from TypeScript with the render's context.
import type { Context, Liquid } from 'liquidjs';
import { isHash, isNil, rubyInspect, rubyToS } from '../liquid/ruby/value.js';

/** `obj.key` as Liquid looks it up: a hash's own key, an array's size/first/last, else nil. */
export function prop(obj: unknown, key: string): unknown {
  if (isNil(obj)) return undefined;
  if (Array.isArray(obj)) {
    if (key === 'size') return obj.length;
    if (key === 'first') return obj[0];
    if (key === 'last') return obj[obj.length - 1];
    return undefined;
  }
  if (typeof obj === 'object') return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
  if (typeof obj === 'string' && key === 'size') return obj.length;
  return undefined;
}

/** A top-level variable of the render (`site`, `page`, `paginator`…). */
export function variable(ctx: Context, name: string): unknown {
  return ctx.getSync([name]);
}

export type FilterCaller = (name: string, input: unknown, ...args: unknown[]) => unknown;

/** Calls Jekyll's filters (kiln's Ruby-faithful ones) as a template in this render would. */
export function filterCaller(ctx: Context, liquid: Liquid): FilterCaller {
  const self = { context: ctx, liquid };
  return (name, input, ...args) => {
    const fn = liquid.filters[name] as ((this: unknown, input: unknown, ...args: unknown[]) => unknown) | { handler: (this: unknown, input: unknown, ...args: unknown[]) => unknown } | undefined;
    if (!fn) throw new Error(`no filter ${name}`);
    return typeof fn === 'function' ? fn.call(self, input, ...args) : fn.handler.call(self, input, ...args);
  };
}

/** Ruby's `"#{value}"`: nil is empty, arrays and hashes print as `inspect`, the rest as `to_s`. */
export function interpolate(value: unknown): string {
  if (isNil(value)) return '';
  if (Array.isArray(value) || isHash(value)) return rubyInspect(value);
  return rubyToS(value);
}
