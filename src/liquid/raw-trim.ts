// Ruby Liquid's whitespace control around `raw`: `{% raw -%}` sets the parser's trim flag, but the
// raw body is read without looking at it, so the flag is still set after `{% endraw %}` and strips
// the text that follows (Liquid 5: `A {% raw -%}X{% endraw %}  B` renders `A XB`). liquidjs ignores
// the dash inside raw and trims after `endraw` only for its own `-%}`; this pass adds Ruby's case.
import { Tokenizer, TokenKind } from 'liquidjs';

interface Token {
  kind: number;
  name?: string;
  trimRight?: boolean | number;
  trimLeft?: number;
  input: string;
  begin: number;
  end: number;
}

let patched = false;

/** Wraps liquidjs's readTopLevelTokens once (all engines share the Tokenizer). */
export function patchRawTrim(): void {
  if (patched) return;
  patched = true;
  const proto = Tokenizer.prototype as unknown as { readTopLevelTokens(...args: unknown[]): Token[] };
  const read = proto.readTopLevelTokens;
  proto.readTopLevelTokens = function (this: unknown, ...args: unknown[]) {
    const tokens = read.apply(this, args);
    trimAfterRaw(tokens);
    return tokens;
  };
}

// Ruby's String#lstrip: ASCII whitespace and NUL.
const LSTRIP = new Set([' ', '\t', '\n', '\v', '\f', '\r', '\0']);

function trimAfterRaw(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.kind !== TokenKind.Tag || open.name !== 'raw' || !open.trimRight) continue;
    let j = i + 1;
    while (j < tokens.length && !(tokens[j]!.kind === TokenKind.Tag && tokens[j]!.name === 'endraw')) j++;
    const next = tokens[j + 1];
    // Ruby resets the flag at the next tag or output, which apply their own trimming.
    if (j >= tokens.length || !next || next.kind !== TokenKind.HTML) continue;
    next.trimLeft ??= 0;
    while (next.begin + next.trimLeft < next.end - (Number(next.trimRight) || 0) && LSTRIP.has(next.input[next.begin + next.trimLeft]!)) next.trimLeft++;
    i = j;
  }
}
