// What tags and filters share during one render: the engine's services (include loading, hooks,
// config) and the render's own state (file, include depth, dependency set). Kept in a liquidjs
// register so nested includes see the same state.

import type { Context, Template } from 'liquidjs';
import type { JekyllLiquidOptions } from './options.js';
import type { TemplateOrigin } from './errors.js';
import type { Compiler } from './compile.js';

/** A parsed file, cached by absolute path. */
export interface LoadedTemplate extends TemplateOrigin {
  absPath: string;
  templates: Template[];
}

export interface EngineServices {
  options: JekyllLiquidOptions;
  config: Record<string, unknown>;
  /** Absolute source path. */
  source: string;
  /** Resolves an include name against `dirs`, parses it (cached); throws when missing. */
  loadInclude(name: string, dirs: string[], tagName: string): LoadedTemplate;
  /** The folders `{% include %}` searches. */
  includesDirs: string[];
  /** `relative_url` of a path, with the site's baseurl. */
  relativeUrl(input: unknown): unknown;
  /** Jekyll's item_property cache (where, find, sort, group_by), dropped by invalidate(). */
  propertyCache: WeakMap<object, Map<string, unknown>>;
  /** Compiles parse trees to closures (cached per tree). */
  compiler: Compiler;
  /** Warn through the logger, if any. */
  warn(message: string): void;
}

export interface RenderState {
  services: EngineServices;
  /** The file whose text is being rendered right now (changes inside includes), relative to source. */
  file: string;
  /** Line of `file` where its template text starts (front matter before it); 1 inside includes. */
  lineOffset: number;
  /** The page or document the render is for, relative to source (include_relative base). */
  pagePath: string;
  deps?: Set<string>;
  /** Current include nesting depth. */
  depth: number;
  /** Includes being rendered, outermost first (recursion diagnostics). */
  stack: string[];
}

export const STATE_REGISTER = 'kiln';

export function getState(ctx: Context): RenderState {
  const state = ctx.getRegister(STATE_REGISTER) as RenderState | undefined;
  if (!state) throw new Error('kiln Liquid state missing: render through createLiquidEngine().render()');
  return state;
}
