// Name -> lexer resolution shared by the public API and by lexers that embed others
// (Markdown fences): Rouge's Lexer.find_fancy semantics over kiln's implemented lexers.

import type { Lexer } from './engine.js';
import { guessLexer } from './guess.js';
import { LEXER_NAMES } from './registry.js';

/** Rouge's tag for a `find_fancy` name (options after `?` ignored), or null. */
export function findLexerTag(lang: string, code?: string): string | null {
  if (typeof lang !== 'string') return null;
  const q = lang.indexOf('?');
  const name = q >= 0 ? lang.slice(0, q) : lang;
  if (name === 'guess') return guessLexer(code);
  return LEXER_NAMES.get(name) ?? null;
}

/**
 * The CGI-style options of a `find_fancy` name (`php?start_inline=1&x`), as Rouge parses them:
 * URL-decoded, a key without value is '' (true for boolean options), the last value wins.
 */
export function lexerOptions(lang: string): Record<string, string> {
  const q = lang.indexOf('?');
  const options: Record<string, string> = {};
  if (q < 0) return options;
  for (const pair of lang.slice(q + 1).split(/[&;]/)) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const decode = (s: string): string => {
      try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; }
    };
    options[decode(eq < 0 ? pair : pair.slice(0, eq))] = eq < 0 ? '' : decode(pair.slice(eq + 1));
  }
  return options;
}

type LexerFactory = (options?: Record<string, string>) => Lexer;

/**
 * Finds a lexer's factory by tag; set by load.ts when it is evaluated. Lexers that embed others
 * (markdown, console…) reach it through here, which keeps them from importing load.ts: that
 * module awaits the lexer modules on some runtimes, and a cycle through it would never settle.
 */
let factoryOf: (tag: string) => LexerFactory | undefined = () => undefined;

export function setLexerFactories(find: (tag: string) => LexerFactory | undefined): void {
  factoryOf = find;
}

/** A fresh instance of kiln's lexer for a Rouge tag, or undefined when kiln lacks it. */
export function createLexer(tag: string, options: Record<string, string> = {}): Lexer | undefined {
  return factoryOf(tag)?.(options);
}
