// Syntax highlighting as kramdown's Rouge adapter calls it: which language (explicit, else default_lang),
// when Rouge declines (no lexer, plaintext without guess_lang, disabled), and Rouge's block wrapper.

import { findLexer, highlight } from '../../highlight/index.js';

export interface HighlightResult {
  html: string;
  /** The language used when the element had none (kramdown's `default_lang`). */
  defaultLang?: string;
}

function escapeRouge(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

// Jekyll converts a post's excerpt and its body separately, so the same block is often highlighted twice:
// results are kept for recent (language, code) pairs. Highlighting is a pure function of both.
const CACHE_MAX = 256;
const cache = new Map<string, string>();

/** Forget cached highlighting (benchmarks measure each pass from scratch). */
export function clearHighlightCache(): void {
  cache.clear();
}

function cachedHighlight(text: string, lang: string): string {
  if (text.length > 65536) return highlight(text, lang) ?? escapeRouge(text);
  const key = `${lang}\u0000${text}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = highlight(text, lang) ?? escapeRouge(text);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}

/** kramdown's highlight_code for `syntax_highlighter: rouge`; null when the code is output plain. */
export function highlightCode(options: Record<string, unknown>, text: string, lang: string | null, type: 'block' | 'span'): HighlightResult | null {
  if (options.syntax_highlighter !== 'rouge') return null;
  const all = { ...((options.syntax_highlighter_opts as Record<string, unknown>) ?? {}) };
  const own = (all[type] as Record<string, unknown> | undefined) ?? {};
  delete all.span;
  delete all.block;
  const opts: Record<string, unknown> = { ...all, ...own };
  const defaultLang = opts.default_lang as string | undefined;
  const useLang = lang ?? (defaultLang === undefined || defaultLang === null ? null : String(defaultLang));
  if (!useLang && !opts.guess_lang) return null;
  // No language: Rouge guesses from the source; the highlighter answers `guess` with plaintext.
  const tag = findLexer(useLang ?? 'guess', text);
  if (opts.disable || tag === null || (tag === 'plaintext' && !opts.guess_lang)) return null;
  // Rouge's plaintext lexer emits one Text token, which its HTML formatter only escapes.
  const tokens = tag === 'plaintext' ? escapeRouge(text) : cachedHighlight(text, useLang ?? 'guess');
  const wrap = type === 'block' && opts.wrap !== false;
  const cssClass = (opts.css_class as string | undefined) ?? 'highlight';
  const html = wrap ? `<div class="highlight"><pre class="${cssClass}"><code>${tokens}</code></pre></div>` : tokens;
  return { html, defaultLang };
}
