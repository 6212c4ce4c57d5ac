// Jekyll's default `liquid.error_mode: warn`: when the strict parse of an output or an `assign` fails,
// Ruby Liquid re-reads it with its lax regexes (first quoted fragment as the value, each `|` chunk's
// first word as a filter, only `:`/`,`-introduced arguments) and renders with a warning. liquidjs
// is strict, so the failing markup is rebuilt the lax way and parsed again.

import { ParseError, Parser, Value, toValueSync, type Context, type Emitter, type Liquid, type Template } from 'liquidjs';
import type { Compiler, RenderFn } from './compile.js';
import { rubyOutput } from './ruby/value.js';

const QUOTED_STRING = `"[^"]*"|'[^']*'`;
const QUOTED_FRAGMENT = `(?:${QUOTED_STRING}|(?:[^\\s,|'"]|${QUOTED_STRING})+)`;
const VARIABLE_PARSER = /\[[^\]]+\]|[\w-]+\??/g;
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|\(.*\.\..*\)|true|false|nil|null|empty|blank)$/s;

/** Ruby's Expression.parse of a lax fragment, as markup liquidjs reads: `page..title` → `page.title`. */
function laxExpression(fragment: string): string {
  const f = fragment.trim();
  if (LITERAL.test(f)) return f;
  const parts = f.match(VARIABLE_PARSER) ?? [];
  if (parts.length === 0) return 'nil';
  return parts.map((p, i) => (p.startsWith('[') ? p : i === 0 ? p : '.' + p)).join('');
}

/** Rebuilds `markup` (the inside of `{{ }}` or an assign's right side) the way Ruby's lax parser reads it. */
export function laxVariableMarkup(markup: string): string | undefined {
  const m = new RegExp(`(${QUOTED_FRAGMENT})(.*)`, 's').exec(markup);
  if (!m) return undefined;
  let out = laxExpression(m[1]);
  const fm = /\|\s*(.*)/s.exec(m[2]);
  if (fm) {
    for (const chunk of fm[1].match(new RegExp(`(?:\\s+|${QUOTED_FRAGMENT}|,)+`, 'g')) ?? []) {
      const name = /\w+/.exec(chunk);
      if (!name) continue;
      const args = [...chunk.matchAll(new RegExp(`(?::|,)\\s*((?:\\w+\\s*:\\s*)?${QUOTED_FRAGMENT})`, 'g'))].map((a) => {
        const kv = /^(\w+)\s*:\s*(.*)$/s.exec(a[1]);
        return kv && !/^["']/.test(a[1]) ? `${kv[1]}: ${laxExpression(kv[2])}` : laxExpression(a[1]);
      });
      out += ` | ${name[0]}` + (args.length ? ': ' + args.join(', ') : '');
    }
  }
  return out;
}

interface DelimitedToken {
  kind: number;
  name?: string;
  args?: string;
  content: string;
  file?: string;
  getPosition(): [number, number];
}

/** `{{ … }}` parsed the lax way. */
class LaxOutput {
  constructor(readonly token: DelimitedToken, readonly value: Value) {}
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    emitter.write(rubyOutput(toValueSync(this.value.value(ctx, false))));
  }
  compile(compiler: Compiler): RenderFn {
    const value = compiler.value(this.value);
    return (ctx, out) => void (out.s += rubyOutput(value(ctx)));
  }
}

/** `{% assign x = … %}` parsed the lax way. */
class LaxAssign {
  constructor(readonly token: DelimitedToken, readonly key: string, readonly value: Value) {}
  *render(ctx: Context): Generator<unknown, void, unknown> {
    ctx.bottom()[this.key] = toValueSync(this.value.value(ctx, false));
  }
  compile(compiler: Compiler): RenderFn {
    const value = compiler.value(this.value);
    return (ctx) => {
      ctx.bottom()[this.key] = value(ctx);
    };
  }
}

const warners = new WeakMap<Liquid, (message: string) => void>();
let patched = false;

/** Makes every parser of `liquid` fall back to lax parsing as Jekyll's warn mode does. */
export function enableLaxParsing(liquid: Liquid, warn: (message: string) => void): void {
  warners.set(liquid, warn);
  if (patched) return;
  patched = true;
  const proto = Parser.prototype as unknown as { parseToken(token: DelimitedToken, remain: unknown[]): Template; liquid: Liquid };
  const strict = proto.parseToken;
  proto.parseToken = function (this: { liquid: Liquid }, token: DelimitedToken, remain: unknown[]): Template {
    try {
      return strict.call(this, token, remain);
    } catch (err) {
      if (!warners.has(this.liquid)) throw err;
      // Ruby parses `if a = b` and fails when it runs it; the build fails either way.
      if (token.kind === 4 && (token.name === 'if' || token.name === 'unless' || token.name === 'elsif') && /(^|[^=!<>])=([^=]|$)/.test(token.args ?? '')) {
        throw new ParseError(new Error('Unknown operator ='), token as never);
      }
      const lax = laxTemplate(this.liquid, token);
      if (!lax) throw err;
      const [line] = token.getPosition();
      warners.get(this.liquid)?.(`Liquid Warning: Liquid syntax error (line ${line}): ${(err as Error).message.replace(/, line:\d+, col:\d+$/, '')}${token.file ? ` in ${token.file}` : ''}`);
      return lax as unknown as Template;
    }
  };
}

function laxTemplate(liquid: Liquid, token: DelimitedToken): LaxOutput | LaxAssign | undefined {
  try {
    if (token.kind === 8) {
      const markup = laxVariableMarkup(token.content);
      return markup === undefined ? undefined : new LaxOutput(token, new Value(markup, liquid));
    }
    if (token.kind === 4 && token.name === 'assign') {
      const m = /^([\w\-.[\]'"]+)\s*=\s*(.*?)\s*$/s.exec(token.args ?? '');
      if (!m) return undefined;
      const markup = laxVariableMarkup(m[2]);
      return markup === undefined ? undefined : new LaxAssign(token, m[1], new Value(markup, liquid));
    }
  } catch {
    return undefined;
  }
  return undefined;
}
