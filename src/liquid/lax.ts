// Jekyll's default `liquid.error_mode: warn`: when the strict parse of an output or an `assign` fails,
// Ruby Liquid re-reads it with its lax regexes (first quoted fragment as the value, each `|` chunk's
// first word as a filter, only `:`/`,`-introduced arguments) and renders with a warning. liquidjs
// is strict, so the failing markup is rebuilt the lax way and parsed again.

import { ParseError, Parser, Tokenizer, Value, toValueSync, type Context, type Emitter, type Liquid, type Template } from 'liquidjs';
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
  // Not a literal, so a VariableLookup: `0)` looks up a variable named "0" (nil), not the number 0
  // liquidjs would read from the bare digits (cleandark's `(site.tags | sort:0)` sorts without a key).
  if (parts.length === 0 || /^[-\d]/.test(parts[0]!)) return 'nil';
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
/** Nesting depth of parses whose warnings nobody prints (see parseWithoutWarnings). */
let silenced = 0;

/**
 * Runs a parse whose lax-mode warnings Jekyll never prints: an include's partial is parsed by the
 * include tag, and only the page's and layouts' `template.warnings` reach Jekyll's logger.
 */
export function parseWithoutWarnings<T>(parse: () => T): T {
  silenced++;
  try {
    return parse();
  } finally {
    silenced--;
  }
}

/** The liquidjs Tokenizer internals the end-of-markup check reads. */
interface RawTokenizerEnd {
  input: string;
  p: number;
  N: number;
  readIdentifier(): unknown;
  readFilteredValue(): unknown;
  skipBlank(): void;
}

/** Makes every parser of `liquid` fall back to lax parsing as Jekyll's warn mode does. */
export function enableLaxParsing(liquid: Liquid, warn: (message: string) => void): void {
  warners.set(liquid, warn);
  if (patched) return;
  patched = true;
  const proto = Parser.prototype as unknown as { parseToken(token: DelimitedToken, remain: unknown[]): Template; liquid: Liquid };
  const strict = proto.parseToken;
  proto.parseToken = function (this: { liquid: Liquid }, token: DelimitedToken, remain: unknown[]): Template {
    // A tag token's args are read from its tokenizer's position, which the strict parse moves on.
    const assignArgs = token.kind === 4 && token.name === 'assign' ? token.args ?? '' : undefined;
    try {
      const tpl = strict.call(this, token, remain);
      // liquidjs stops an output's filters at a `)` or `,` and ignores the rest; Ruby's strict
      // parser wants the end of the markup there (`{{ "x" | append: 5) }}` is re-read the lax way).
      // The same for an assign's value (Ruby parses it as a Variable: `{% assign b = 3 | plus: 2) %}`).
      if ((token.kind === 8 || assignArgs !== undefined) && warners.has(this.liquid)) {
        const raw = token as unknown as { input: string; contentRange: [number, number] };
        const t = (token.kind === 8
          ? new Tokenizer(raw.input, this.liquid.options.operators, token.file, raw.contentRange)
          : new Tokenizer(assignArgs ?? '', this.liquid.options.operators, token.file)) as unknown as RawTokenizerEnd;
        if (token.kind === 4) {
          t.readIdentifier();
          t.skipBlank();
          if (t.input[t.p] === '=') t.p++;
        }
        t.readFilteredValue();
        t.skipBlank();
        if (t.p < t.N) throw new Error(`Expected end_of_string but found ${JSON.stringify(t.input[t.p])} in "{{${token.kind === 8 ? token.content : (assignArgs ?? '').replace(/^[^=]*=/, '')}}}"`);
      }
      // liquidjs accepts dangling operators (`if a and`); Ruby Liquid does not.
      if (token.kind === 4 && (token.name === 'if' || token.name === 'unless')) {
        const branches = (tpl as unknown as { branches: { value: unknown }[] }).branches;
        for (let i = 0; i < branches.length; i++) {
          const postfix = (branches[i].value as { initial: { postfix: { kind: number; operator?: string }[] } }).initial.postfix;
          if (wellFormed(postfix)) continue;
          // The body is parsed already: only the condition is re-read the lax way (first branch;
          // an elsif's markup is not kept, so a malformed elsif is an error).
          const markup = i === 0 && warners.has(this.liquid) ? laxConditionMarkup(token.args ?? '') : undefined;
          if (markup === undefined) throw rubySyntaxError(token);
          branches[i].value = new Value(markup, this.liquid);
          warnLax(this.liquid, token, `Expected end_of_string but found id in "${token.args ?? ''}"`);
        }
      }
      return tpl;
    } catch (err) {
      if (!warners.has(this.liquid)) throw err;
      // Ruby parses `if a = b` and fails when it runs it; the build fails either way.
      if (token.kind === 4 && (token.name === 'if' || token.name === 'unless' || token.name === 'elsif') && /(^|[^=!<>])=([^=]|$)/.test(token.args ?? '')) {
        throw new ParseError(new Error('Unknown operator ='), token as never);
      }
      // if/unless/case fail on their own markup before reading their body, so the body tokens are
      // still there for the lax retry (a failure further in aborts the parse either way).
      let lax: ReturnType<typeof laxTemplate>;
      try {
        lax = laxTemplate(this.liquid, token, remain, this);
      } catch {
        throw err;
      }
      if (!lax) throw rubySyntaxError(token) ?? err;
      // liquidjs appends `, file:x, line:n, col:m`; the warning names the file and line itself.
      warnLax(this.liquid, token, (err as Error).message.replace(/(?:, file:.*?)?, line:\d+, col:\d+$/, ''));
      return lax as unknown as Template;
    }
  };
}

const CONDITION = new RegExp(`(${QUOTED_FRAGMENT})\\s*([=!<>a-z_]+)?\\s*(${QUOTED_FRAGMENT})?`, 's');
const EXPRESSIONS_AND_OPERATORS = new RegExp(
  `(?:\\b(?:\\s?and\\s?|\\s?or\\s?)\\b|(?:\\s*(?!\\b(?:\\s?and\\s?|\\s?or\\s?)\\b)(?:${QUOTED_FRAGMENT}|\\S+)\\s*)+)`,
  'g',
);
const OPERATORS = new Set(['==', '!=', '<>', '<', '>', '>=', '<=', 'contains']);

/** Ruby's If#lax_parse, rebuilt as clean markup: each comparison's first fragments, joined by and/or. */
export function laxConditionMarkup(markup: string): string | undefined {
  const parts = markup.match(EXPRESSIONS_AND_OPERATORS) ?? [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i].trim();
    if (i % 2 === 1) {
      if (part !== 'and' && part !== 'or') return undefined;
      out.push(part);
      continue;
    }
    const m = CONDITION.exec(parts[i]);
    if (!m) return undefined;
    if (m[2] !== undefined && !OPERATORS.has(m[2])) return undefined;
    out.push(m[2] !== undefined && m[3] !== undefined ? `${laxExpression(m[1])} ${m[2]} ${laxExpression(m[3])}` : laxExpression(m[1]));
  }
  return out.length % 2 === 1 ? out.join(' ') : undefined;
}

/** The same tag re-tokenized from rebuilt markup (positions then refer to that markup). */
function retokenize(liquid: Liquid, token: DelimitedToken, markup: string): DelimitedToken | undefined {
  const text = `{% ${token.name} ${markup} %}`;
  const tokens = new Tokenizer(text, liquid.options.operators, token.file).readTopLevelTokens(liquid.options);
  return tokens.length === 1 ? (tokens[0] as unknown as DelimitedToken) : undefined;
}

function laxTemplate(liquid: Liquid, token: DelimitedToken, remain: unknown[], parser: unknown): LaxOutput | LaxAssign | Template | undefined {
  if (token.kind === 4 && (token.name === 'if' || token.name === 'unless' || token.name === 'case')) return laxBlock(liquid, token, remain, parser);
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

/** if/unless/case rebuilt from lax markup; errors from their bodies propagate (the parse fails anyway). */
function laxBlock(liquid: Liquid, token: DelimitedToken, remain: unknown[], parser: unknown): Template | undefined {
  let markup: string | undefined;
  if (token.name === 'case') {
    const m = new RegExp(`(${QUOTED_FRAGMENT})`).exec(token.args ?? '');
    markup = m ? laxExpression(m[1]) : undefined;
  } else {
    markup = laxConditionMarkup(token.args ?? '');
  }
  const clean = markup === undefined ? undefined : retokenize(liquid, token, markup);
  if (!clean) return undefined;
  const TagClass = (liquid.tags as Record<string, new (...a: unknown[]) => Template>)[token.name!];
  return new TagClass(clean, remain, liquid, parser);
}

/** Ruby Liquid's wording for markup even the lax parser refuses. */
function rubySyntaxError(token: DelimitedToken): Error | undefined {
  let message: string | undefined;
  if (token.kind === 4 && (token.name === 'if' || token.name === 'unless')) message = `Syntax Error in tag '${token.name}' - Valid syntax: ${token.name} [expression]`;
  else if (token.kind === 4 && token.name === 'assign') message = "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]";
  else if (token.kind === 4 && token.name === 'case') message = "Syntax Error in tag 'case' - Valid syntax: case [condition]";
  return message ? new ParseError(new Error(message), token as never) : undefined;
}

/** Whether a postfix expression leaves exactly one value (no dangling operator). */
function wellFormed(postfix: { kind: number; operator?: string }[]): boolean {
  let depth = 0;
  for (const t of postfix) {
    if (t.kind !== 2048) depth++;
    else if (t.operator === 'not') {
      if (depth < 1) return false;
    } else {
      if (depth < 2) return false;
      depth--;
    }
  }
  return depth === 1;
}

function warnLax(liquid: Liquid, token: DelimitedToken, message: string): void {
  if (silenced > 0) return;
  const [line] = token.getPosition();
  warners.get(liquid)?.(`Liquid Warning: Liquid syntax error (line ${line}): ${message}${token.file ? ` in ${token.file}` : ''}`);
}
