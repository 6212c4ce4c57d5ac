// The `this` liquidjs gives a filter function.
import type { Context, Liquid } from 'liquidjs';

export interface FilterThis {
  context: Context;
  liquid: Liquid;
}

export type FilterFn = (this: FilterThis, input: any, ...args: any[]) => unknown;
