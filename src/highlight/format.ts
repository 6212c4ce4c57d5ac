// Rouge::Formatters::HTML: each token becomes `<span class="short">escaped</span>`; plain Text
// (short name '') is written without a span. Escape tokens ('esc', from the escape lexer) are
// written as Error, as Rouge's formatter does while Formatter.enable_escape! is off (Jekyll
// never enables it); they stay a separate token type while lexing, so they never merge with
// an adjacent Error token.

import { escapeHtml } from './escape.js';
import type { Token } from './engine.js';

export function formatTokens(tokens: ReadonlyArray<readonly [Token, string]>): string {
  let html = '';
  for (const [tok, value] of tokens) {
    const cls = tok === 'esc' ? 'err' : tok;
    html += cls === '' ? escapeHtml(value) : `<span class="${cls}">${escapeHtml(value)}</span>`;
  }
  return html;
}
