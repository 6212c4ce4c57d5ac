// Liquid literals and command methods as Ruby Liquid reads them, patched into liquidjs once:
// `nil`/`null` are plain nil (not a drop), `1.0` stays a Float (RubyFloat), and quoted strings are
// raw (Ruby Liquid has no backslash escapes: "a\tb" is a, backslash, t, b, and '\' is one backslash:
// the quote ends at the next same quote). Ruby's tokenizer ends `{{` at the first `}}` whatever the
// quotes (`.*?\}\}?`), so quotes do not hide a `}}` inside an output either, and a lone `}` before it is an
// error; end tags ignore their markup. A lookup `a.[b]` is `a[b]`, as Ruby's VariableLookup scans it.

import { Context, Tokenizer, TokenizationError } from 'liquidjs';
import { RubyFloat } from './value.js';

let patched = false;

type Tok = { content: unknown; getText(): string; literal?: string } | undefined;
/** The liquidjs Tokenizer internals the patches use. */
interface RawTokenizer {
  input: string;
  p: number;
  N: number;
  skipBlank(): void;
  readValue(): Tok;
  readTo(end: string): number;
  assert(pred: unknown, msg: string): void;
}

export function patchLiquidLiterals(): void {
  if (patched) return;
  patched = true;
  // Ruby's command methods on values: String#size counts characters (code points), Hash#first is
  // the first [key, value] pair. A String has no keys nor indexes for Liquid (it answers neither
  // key? nor fetch), and size is its only command: "abc"[0], .first, .last are nil, not JS's "a".
  // An Array is indexed by integers only: its JS `length` is no Liquid key.
  const ctxProto = Context.prototype as unknown as { readProperty(obj: unknown, key: unknown): unknown };
  const readProperty = ctxProto.readProperty;
  ctxProto.readProperty = function (this: unknown, obj: unknown, key: unknown) {
    if (typeof obj === 'string') return key === 'size' ? Array.from(obj).length : undefined;
    if (key === 'length' && Array.isArray(obj)) return undefined;
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
  proto.readQuoted = function (this: RawTokenizer, ...args: unknown[]) {
    this.skipBlank();
    const quote = this.input[this.p];
    let tok: Tok;
    if (quote === '"' || quote === "'") {
      // No escapes: stop scanning after the next same quote (liquidjs would skip a `\`-escaped one).
      const close = this.input.indexOf(quote, this.p + 1);
      const end = close === -1 || close >= this.N ? this.N : close + 1;
      const N = this.N;
      this.N = end;
      try {
        tok = readQuoted.apply(this, args);
      } finally {
        this.N = N;
      }
    } else {
      tok = readQuoted.apply(this, args);
    }
    if (tok) {
      const text = tok.getText();
      tok.content = text.slice(1, text.endsWith(text[0]) && text.length > 1 ? -1 : undefined);
    }
    return tok;
  };
  // Ruby's block bodies end on the end tag's name alone: `{% endif junk %}` closes the `if`, and
  // if/unless/for drop an `else`'s markup (liquidjs asserts both are empty). Only `case` rejects
  // `{% else junk %}`; kiln renders it as a plain else.
  // `site.tags.[tag]`: Ruby's strict parser refuses `.[`, its lax parser scans the lookup with
  // /\[[^\]]+\]|[\w-]+\??/ so the dot is dropped and `[tag]` is looked up. liquidjs stops at `.[`
  // and silently renders `site.tags`; after a `.`, a `[` is read here as the bracket lookup.
  const readNonEmptyIdentifier = proto.readNonEmptyIdentifier;
  proto.readNonEmptyIdentifier = function (this: RawTokenizer, ...args: unknown[]) {
    if (this.input[this.p] !== '[' || this.input[this.p - 1] !== '.' || this.p >= this.N) return readNonEmptyIdentifier.apply(this, args);
    this.p++;
    const prop = this.readValue();
    this.assert(prop !== undefined && this.readTo(']') !== -1, '[ not closed');
    return prop;
  };
  const readTagToken = proto.readTagToken;
  proto.readTagToken = function (this: unknown, ...args: unknown[]) {
    const tok = readTagToken.apply(this, args) as unknown as { name?: string; args?: string } | undefined;
    if (tok && typeof tok.name === 'string' && (tok.name.startsWith('end') || tok.name === 'else') && tok.args) tok.args = '';
    return tok as Tok;
  };
  // liquidjs's readOutputToken scans with readToDelimiter(…, respectQuoted = true); Ruby ignores quotes.
  const readOutputToken = proto.readOutputToken;
  const readToDelimiter = proto.readToDelimiter;
  let inOutput = false;
  proto.readToDelimiter = function (this: unknown, delimiter: unknown, respectQuoted: unknown) {
    return readToDelimiter.call(this, delimiter, inOutput ? false : respectQuoted);
  };
  // Ruby's tokenizer ends an output at its first `}` (`\{\{.*?\}\}?`), and an output that does not
  // end in `}}` is a syntax error: `{{ "a}b" }}` fails in Jekyll, so it fails here too.
  proto.readOutputToken = function (this: unknown, ...args: unknown[]) {
    inOutput = true;
    let tok: { begin: number; end: number; input: string } | undefined;
    try {
      tok = readOutputToken.apply(this, args) as unknown as typeof tok;
    } finally {
      inOutput = false;
    }
    if (tok) {
      const raw = tok.input.slice(tok.begin, tok.end);
      const brace = raw.indexOf('}', 2);
      if (brace !== -1 && brace < raw.length - 2) {
        throw new TokenizationError(`Variable '${raw.slice(0, brace + (raw[brace + 1] === '}' ? 2 : 1))}' was not properly terminated with regexp: /\\}\\}/`, tok as never);
      }
    }
    return tok as never;
  };
}
