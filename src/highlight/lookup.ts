// Name -> lexer resolution shared by the public API and by lexers that embed others
// (Markdown fences): Rouge's Lexer.find_fancy semantics over kiln's implemented lexers.

import type { Lexer } from './engine.js';
import { guessLexer } from './guess.js';
import { LEXERS } from './lexers/index.js';
import { LEXER_NAMES } from './registry.js';

/** Rouge's tag for a `find_fancy` name (options after `?` ignored), or null. */
export function findLexerTag(lang: string, code?: string): string | null {
  if (typeof lang !== 'string') return null;
  const q = lang.indexOf('?');
  const name = q >= 0 ? lang.slice(0, q) : lang;
  if (name === 'guess') return guessLexer(code);
  return LEXER_NAMES.get(name) ?? null;
}

/** A fresh instance of kiln's lexer for a Rouge tag, or undefined when kiln lacks it. */
export function createLexer(tag: string): Lexer | undefined {
  const make = Object.hasOwn(LEXERS, tag) ? LEXERS[tag] : undefined;
  return make?.();
}
