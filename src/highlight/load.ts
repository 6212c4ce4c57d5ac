// Loads a lexer's module the first time a code block needs it. kiln has ~150 Rouge lexers and a
// site uses a handful: loading them all took longer than a whole build spends highlighting.
// Node ≥ 20.19 loads an ES module synchronously through require(), which the synchronous render
// needs; on older Node, and under vitest (which runs the TypeScript sources), every lexer module
// is imported up front instead.
import { createRequire } from 'node:module';
import type { Lexer } from './engine.js';
import { LEXER_MODULES } from './lexers/index.js';
import { setLexerFactories } from './lookup.js';

export type LexerFactory = (options?: Record<string, string>) => Lexer;

const modules = new Map<string, Record<string, unknown>>();
const requireModule = createRequire(import.meta.url);
const loadsOnDemand = (process.features as { require_module?: boolean }).require_module === true && import.meta.url.endsWith('.js');

setLexerFactories(lexerFactory);

if (!loadsOnDemand) {
  const files = [...new Set(Object.values(LEXER_MODULES).map(([file]) => file))];
  // The sources' own extension: .ts under vitest, whose bundler must not rewrite this import.
  const ext = import.meta.url.slice(import.meta.url.lastIndexOf('.'));
  await Promise.all(files.map(async (file) => modules.set(file, (await import(/* @vite-ignore */ `./lexers/${file}${ext}`)) as Record<string, unknown>)));
}

/** The factory of kiln's lexer for a Rouge tag, loading its module if needed; undefined when kiln lacks it. */
export function lexerFactory(tag: string): LexerFactory | undefined {
  const entry = Object.hasOwn(LEXER_MODULES, tag) ? LEXER_MODULES[tag] : undefined;
  if (!entry) return undefined;
  const [file, factory = 'create'] = entry;
  let module = modules.get(file);
  if (!module) {
    module = requireModule(`./lexers/${file}.js`) as Record<string, unknown>;
    modules.set(file, module);
  }
  return module[factory] as LexerFactory;
}

/** Whether kiln has a lexer for this Rouge tag (without loading it). */
export function hasLexer(tag: string): boolean {
  return Object.hasOwn(LEXER_MODULES, tag);
}

/** How many lexer modules are loaded: what a build paid for (tests check it stays lazy). */
export function loadedLexerModules(): number {
  return modules.size;
}
