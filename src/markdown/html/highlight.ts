// Syntax highlighting as kramdown's Rouge adapter calls it: which language (explicit, else default_lang),
// when Rouge declines (no lexer, plaintext without guess_lang, disabled), which Rouge formatter (the
// `formatter` option) and its wrapper.

import { findLexer, highlight } from '../../highlight/index.js';

export interface HighlightResult {
  html: string;
  /** The language used when the element had none (kramdown's `default_lang`). */
  defaultLang?: string;
  /** Set when the options ask for something kiln does not reproduce (output then as noted). */
  warning?: string;
}

/** Formatters defined by name on top of HTMLLegacy (see defineRougeFormatter). */
const customFormatters = new Map<string, (legacyHtml: string) => string>();

/**
 * Define a Rouge formatter class by name, derived from HTMLLegacy as a Ruby subclass of it would be
 * (kramdown's own test suite defines RougeHTMLFormatters this way): `wrap` receives HTMLLegacy's output.
 * `syntax_highlighter_opts: { formatter: name }` then selects it.
 */
export function defineRougeFormatter(name: string, wrap: (legacyHtml: string) => string): void {
  customFormatters.set(name, wrap);
}

// Rouge 3.30's other formatter classes: kramdown would instantiate them with its options hash, which most
// of their constructors do not take. kiln warns and uses HTMLLegacy.
const UNSUPPORTED_FORMATTERS = new Set(['HTMLInline', 'HTMLLineHighlighter', 'HTMLLineTable', 'HTMLLinewise', 'HTMLPygments', 'HTMLTable',
  'Null', 'Terminal256', 'TerminalTruecolor', 'Tex']);
const CLASS_NAME = /^\p{Lu}[\p{L}\p{N}_]*$/u;

type Formatter = { kind: 'legacy'; wrap?: (html: string) => string; warning?: string } | { kind: 'html' };

/**
 * kramdown's formatter_class: a class-like name is looked up among Rouge's formatters (an unknown name
 * raises NameError, which kramdown answers with Rouge::Formatters::HTML); anything else is HTMLLegacy.
 */
function formatterFor(name: unknown): Formatter {
  if (typeof name !== 'string' || !CLASS_NAME.test(name) || name === 'HTMLLegacy') return { kind: 'legacy' };
  if (name === 'HTML') return { kind: 'html' };
  const custom = customFormatters.get(name);
  if (custom) return { kind: 'legacy', wrap: custom };
  if (UNSUPPORTED_FORMATTERS.has(name)) return { kind: 'legacy', warning: `Rouge formatter ${name} is not supported - using HTMLLegacy` };
  return { kind: 'html' };
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

/**
 * Rouge's HTMLTable formatter (kramdown's `line_numbers: true`): a gutter of line numbers from
 * `start_line` beside the highlighted code, whose missing final newline is added.
 */
function lineNumberTable(tokens: string, text: string, opts: Record<string, unknown>): string {
  let lines = (text.match(/\n/g) ?? []).length;
  if (!text.endsWith('\n')) {
    lines += 1;
    tokens += '\n';
  }
  const start = Number.isInteger(Number(opts.start_line)) && opts.start_line !== null && opts.start_line !== undefined ? Number(opts.start_line) : 1;
  const format = typeof opts.line_format === 'string' ? opts.line_format : '%i';
  const numbers = Array.from({ length: lines }, (_, i) => format.replace(/%[id]/, String(start + i))).join('\n') + '\n';
  const cls = (key: string, fallback: string) => (typeof opts[key] === 'string' ? (opts[key] as string) : fallback);
  return `<table class="${cls('table_class', 'rouge-table')}"><tbody><tr><td class="${cls('gutter_class', 'rouge-gutter')} gl">` +
    `<pre class="lineno">${numbers}</pre></td><td class="${cls('code_class', 'rouge-code')}"><pre>${tokens}</pre></td></tr></tbody></table>`;
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
  let tokens = tag === 'plaintext' ? escapeRouge(text) : cachedHighlight(text, useLang ?? 'guess');
  const formatter = formatterFor(opts.formatter);
  // Rouge::Formatters::HTML: the token spans alone (no line numbers, no wrapper).
  if (formatter.kind === 'html') return { html: tokens, defaultLang };
  if (opts.line_numbers) tokens = lineNumberTable(tokens, text, opts);
  const wrap = type === 'block' && opts.wrap !== false;
  const cssClass = (opts.css_class as string | undefined) ?? 'highlight';
  let html = wrap ? `<div class="highlight"><pre class="${cssClass}"><code>${tokens}</code></pre></div>` : tokens;
  if (formatter.wrap) html = formatter.wrap(html);
  return formatter.warning ? { html, defaultLang, warning: formatter.warning } : { html, defaultLang };
}
