// Public entry of the Rouge-compatible highlighter: find the lexer Rouge would pick for a
// language name and render the token stream as Rouge's HTML formatter does (inner HTML only;
// callers add the <div class="highlight"> / <figure> wrappers they need).

import { defaultBudgetMs, lexToTokens } from './engine.js';
import { escapeHtml } from './escape.js';
import { formatTokens } from './format.js';
import { hasLexer } from './load.js';
import { LEXER_MODULES } from './lexers/index.js';
import { createLexer, findLexerTag, lexerOptions } from './lookup.js';

export { escapeHtml } from './escape.js';
export { ROUGE_VERSION } from './registry.js';
export { formatHtmlTable, type HtmlTableOptions } from './table.js';

/**
 * The tag of the lexer Rouge's `Lexer.find_fancy(lang)` finds, or null. Like Rouge, lookup is
 * case-sensitive and CGI-style options after `?` are ignored for the lookup (`erb?parent=html`).
 * `guess` answers from kiln's subset of Rouge's source guessing (see guess.ts), using `code`.
 */
export function findLexer(lang: string, code?: string): string | null {
  return findLexerTag(lang, code);
}

/** True when kiln has its own lexer for this Rouge tag (others fall back to escaped plain text). */
export function isImplemented(tag: string): boolean {
  return hasLexer(tag);
}

/** Tags of the lexers kiln implements. */
export function implementedLexers(): string[] {
  return Object.keys(LEXER_MODULES).sort();
}

export interface HighlightOptions {
  /** Time budget in ms before falling back to escaped text; default 5 s + 10 ms per KB. */
  timeoutMs?: number;
}

/**
 * Rouge's HTML token stream for `code` lexed as `lang`, or null when Rouge has no lexer for
 * `lang`. Never throws and always ends: a lexer failure, or pathological input that exceeds
 * the time budget (seconds; real code takes milliseconds), degrades to the escaped code.
 */
export function highlight(code: string, lang: string, options: HighlightOptions = {}): string | null {
  const tag = findLexerTag(lang, code);
  if (tag === null) return null;
  const lexer = createLexer(tag, lexerOptions(lang));
  if (!lexer) return escapeHtml(code);
  try {
    return formatTokens(lexToTokens(lexer, code, options.timeoutMs ?? defaultBudgetMs(code)));
  } catch {
    return escapeHtml(code);
  }
}
