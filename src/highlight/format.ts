// Rouge::Formatters::HTML: each token becomes `<span class="short">escaped</span>`; plain Text
// (short name '') is written without a span.

import { escapeHtml } from './escape.js';
import type { Token } from './engine.js';

export function formatTokens(tokens: ReadonlyArray<readonly [Token, string]>): string {
  let html = '';
  for (const [tok, value] of tokens) {
    html += tok === '' ? escapeHtml(value) : `<span class="${tok}">${escapeHtml(value)}</span>`;
  }
  return html;
}
