// Liquid literals and command methods as Ruby Liquid reads them, patched into liquidjs once:
// `nil`/`null` are plain nil (not a drop), `1.0` stays a Float (RubyFloat), and quoted strings are
// raw (Ruby Liquid has no backslash escapes: "a\tb" is a, backslash, t, b).

import { Context, Tokenizer } from 'liquidjs';
import { RubyFloat } from './value.js';

let patched = false;

type Tok = { content: unknown; getText(): string; literal?: string } | undefined;

export function patchLiquidLiterals(): void {
  if (patched) return;
  patched = true;
  // Ruby's command methods on values: String#size counts characters (code points), Hash#first is
  // the first [key, value] pair.
  const ctxProto = Context.prototype as unknown as { readProperty(obj: unknown, key: unknown): unknown };
  const readProperty = ctxProto.readProperty;
  ctxProto.readProperty = function (this: unknown, obj: unknown, key: unknown) {
    if (key === 'size' && typeof obj === 'string') return Array.from(obj).length;
    if (key === 'first' && obj !== null && typeof obj === 'object' && !Array.isArray(obj) && Object.getPrototypeOf(obj) === Object.prototype && !Object.prototype.hasOwnProperty.call(obj, 'first')) {
      const first = Object.entries(obj)[0];
      return first ?? null;
    }
    return readProperty.call(this, obj, key);
  };
  const proto = Tokenizer.prototype as unknown as Record<string, (...args: unknown[]) => Tok>;
  const readNumber = proto.readNumber;
  proto.readNumber = function (this: unknown, ...args: unknown[]) {
    const tok = readNumber.apply(this, args);
    if (tok && tok.getText().includes('.') && typeof tok.content === 'number' && Number.isInteger(tok.content)) {
      tok.content = new RubyFloat(tok.content);
    }
    return tok;
  };
  const readLiteral = proto.readLiteral;
  proto.readLiteral = function (this: unknown, ...args: unknown[]) {
    const tok = readLiteral.apply(this, args);
    if (tok && (tok.literal === 'nil' || tok.literal === 'null')) tok.content = null;
    return tok;
  };
  const readQuoted = proto.readQuoted;
  proto.readQuoted = function (this: unknown, ...args: unknown[]) {
    const tok = readQuoted.apply(this, args);
    if (tok) {
      const text = tok.getText();
      tok.content = text.slice(1, text.endsWith(text[0]) && text.length > 1 ? -1 : undefined);
    }
    return tok;
  };
}
