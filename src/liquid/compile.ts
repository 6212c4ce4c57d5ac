// A fast renderer for liquidjs's parse trees: every template is compiled once into plain closures
// (no generators), so the hot shapes of Jekyll sites — loops over all posts with `if`/`==`/`and`,
// includes inside loops — run as ordinary function calls. Node types without a compiled form fall
// back to liquidjs's own (generator) render, so behaviour never depends on the fast path existing.
// Conditions chain `and`/`or` right to left, as Ruby Liquid does.

import {
  AssignTag, BreakTag, CaseTag, Drop, CaptureTag, CommentTag, ContinueTag, IfTag, UnlessTag, RenderError, LiquidError, RawTag,
  evalToken, toValueSync, type Context, type Liquid, type Template, type Value,
} from 'liquidjs';
import { KilnError } from '../util/errors.js';
import { rubyOutput, rubyTruthy } from './ruby/value.js';

/** Where compiled nodes write: one growing string (V8 concatenates ropes cheaply). */
export interface Out {
  s: string;
}

/** Appends a node's output to `out.s`. */
export type RenderFn = (ctx: Context, out: Out) => void;
/** Evaluates an expression or filtered value. */
export type EvalFn = (ctx: Context) => unknown;

/** Tags of ours that know how to compile themselves. */
export interface CompilableTag {
  compile(compiler: Compiler): RenderFn;
}

const KIND_OUTPUT = 8;
const KIND_HTML = 16;
const KIND_PROPERTY = 128;
const KIND_RANGE = 512;
const KIND_OPERATOR = 2048;
const KIND_FILTERED = 4096;

interface AnyToken {
  kind: number;
  content?: unknown;
  operator?: string;
  variable?: AnyToken;
  props?: AnyToken[];
  lhs?: AnyToken;
  rhs?: AnyToken;
  initial?: { postfix: AnyToken[] };
  filters?: { name: string; args: unknown[] }[];
  getText(): string;
}

interface ContextInternals {
  scopes: Record<string, unknown>[];
  environments: Record<string, unknown>;
  globals: Record<string, unknown>;
}

function findScope(ctx: Context, key: string | number): unknown {
  const c = ctx as unknown as ContextInternals;
  const scopes = c.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) if (key in scopes[i]) return scopes[i];
  if (c.environments && typeof c.environments === 'object' && key in c.environments) return c.environments;
  return c.globals;
}

const truthy = rubyTruthy;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * liquidjs's readProperty with a fast path for data properties of objects: a defined, non-function
 * value is returned as is; arrays, drops, methods and size/first/last go through liquidjs.
 */
function read(ctx: Context, obj: unknown, key: string | number): unknown {
  if (typeof key === 'string' && obj !== null && typeof obj === 'object' && key !== '__proto__' && !Array.isArray(obj)) {
    const v = (obj as Record<string, unknown>)[key];
    if (v !== undefined) {
      if (typeof v !== 'function' && hasOwn.call(obj, key)) return v;
    } else if (key !== 'size' && key !== 'first' && key !== 'last' && !(obj instanceof Drop)) return undefined;
  }
  return ctx.readProperty(obj as never, key);
}

type Node = { kind: 'leaf'; fn: EvalFn } | { kind: 'logic'; op: 'and' | 'or'; l: Node; r: Node };

export class Compiler {
  private readonly seqCache = new WeakMap<Template[], RenderFn>();
  private readonly valueCache = new WeakMap<object, EvalFn>();

  constructor(readonly liquid: Liquid) {}

  /** A sequence of templates (a file's body, a block's body). Cached by array identity. */
  templates(templates: Template[]): RenderFn {
    const hit = this.seqCache.get(templates);
    if (hit) return hit;
    // Compile lazily so recursive structures (include cycles) never recurse at compile time.
    let fns: RenderFn[] | undefined;
    const seq: RenderFn = (ctx, out) => {
      fns ??= templates.map((t) => this.node(t));
      for (let i = 0; i < fns.length; i++) {
        fns[i](ctx, out);
        if (ctx.breakCalled || ctx.continueCalled) return;
      }
    };
    this.seqCache.set(templates, seq);
    return seq;
  }

  /** Renders templates to a string (capture, include bodies in filters…). */
  renderToString(templates: Template[], ctx: Context): string {
    const out: Out = { s: '' };
    this.templates(templates)(ctx, out);
    return out.s;
  }

  private node(tpl: Template): RenderFn {
    const kind = (tpl.token as { kind: number }).kind;
    const fn = this.nodeUnwrapped(tpl, kind);
    if (kind === KIND_HTML) return fn;
    // Locate errors at the node, as liquidjs's renderTemplates does.
    return (ctx, out) => {
      try {
        fn(ctx, out);
      } catch (e) {
        if (e instanceof KilnError || LiquidError.is(e)) throw e;
        throw new RenderError(e as Error, tpl);
      }
    };
  }

  private nodeUnwrapped(tpl: Template, kind: number): RenderFn {
    if (kind === KIND_HTML) {
      const str = (tpl as unknown as { str: string }).str;
      return (_ctx, out) => void (out.s += str);
    }
    const compilable = tpl as unknown as Partial<CompilableTag>;
    if (typeof compilable.compile === 'function') return compilable.compile(this);
    if (kind === KIND_OUTPUT) {
      const value = this.value((tpl as unknown as { value: Value }).value);
      return (ctx, out) => {
        const v = value(ctx);
        if (typeof v === 'string') out.s += v;
        else if (v !== null && v !== undefined) out.s += String(v);
      };
    }
    if (tpl instanceof IfTag || tpl instanceof UnlessTag) return this.conditional(tpl);
    if (tpl instanceof CaseTag) return this.caseTag(tpl);
    if (tpl instanceof AssignTag) {
      const t = tpl as unknown as { key: string; value: Value };
      const value = this.value(t.value);
      return (ctx) => {
        ctx.bottom()[t.key] = value(ctx);
      };
    }
    if (tpl instanceof CaptureTag) {
      const t = tpl as unknown as { variable: string; templates: Template[] };
      const body = this.templates(t.templates);
      return (ctx) => {
        const out: Out = { s: '' };
        body(ctx, out);
        ctx.bottom()[t.variable] = out.s;
      };
    }
    if (tpl instanceof BreakTag) return (ctx) => void (ctx.breakCalled = true);
    if (tpl instanceof ContinueTag) return (ctx) => void (ctx.continueCalled = true);
    if (tpl instanceof CommentTag) return () => undefined;
    if (tpl instanceof RawTag) {
      const t = tpl as unknown as { tokens: { getText(): string }[] };
      const text = t.tokens.map((x) => x.getText()).join('');
      return (_ctx, out) => void (out.s += text);
    }
    return this.fallback(tpl);
  }

  /** liquidjs's own render for a node we do not compile. */
  private fallback(tpl: Template): RenderFn {
    return (ctx, out) => {
      const emitter = {
        buffer: '',
        write(html: unknown) {
          if (html === null || html === undefined) return;
          this.buffer += typeof html === 'string' ? html : rubyOutput(html);
        },
      };
      const html = toValueSync(tpl.render(ctx, emitter as never));
      out.s += emitter.buffer;
      if (html) out.s += typeof html === 'string' ? html : rubyOutput(html);
    };
  }

  private conditional(tpl: IfTag | UnlessTag): RenderFn {
    const t = tpl as unknown as {
      branches: { value: Value; test?: (v: unknown, ctx: Context) => boolean; templates: Template[] }[];
      elseTemplates?: Template[];
    };
    const isUnless = tpl instanceof UnlessTag;
    const branches = t.branches.map((b, i) => {
      const value = this.condition(b.value);
      // unless: the first branch runs when the condition is false; later elsif branches when true.
      const negate = isUnless && i === 0;
      return { value, negate, body: this.templates(b.templates) };
    });
    const elseBody = this.templates(t.elseTemplates ?? []);
    return (ctx, out) => {
      for (let i = 0; i < branches.length; i++) {
        const b = branches[i];
        if (truthy(b.value(ctx)) !== b.negate) {
          b.body(ctx, out);
          return;
        }
      }
      elseBody(ctx, out);
    };
  }

  /** Ruby's case: every matching `when` renders (`==` as in conditions), `else` when none did. */
  private caseTag(tpl: CaseTag): RenderFn {
    const t = tpl as unknown as { value: Value; branches: { values: AnyToken[]; templates: Template[] }[]; elseTemplates: Template[] };
    const target = this.value(t.value);
    const eq = (this.liquid.options.operators as Record<string, (l: unknown, r: unknown) => unknown>)['=='];
    const branches = t.branches.map((b) => ({ values: b.values.map((v) => this.token(v)), body: this.templates(b.templates) }));
    const elseBody = this.templates(t.elseTemplates ?? []);
    return (ctx, out) => {
      const v = target(ctx);
      let hit = false;
      for (const b of branches) {
        if (b.values.some((w) => eq(v, w(ctx)))) {
          hit = true;
          b.body(ctx, out);
        }
      }
      if (!hit) elseBody(ctx, out);
    };
  }

  /** A filtered value (`x | f: a`), with the engine's output filter when it is an Output. */
  value(value: Value): EvalFn {
    const hit = this.valueCache.get(value);
    if (hit) return hit;
    const v = value as unknown as { initial: { postfix: AnyToken[] }; filters: { name: string; handler: (...a: unknown[]) => unknown; args: unknown[]; token: unknown }[] };
    const initial = this.expression(v.initial.postfix);
    const filters = v.filters.map((f) => {
      const args = f.args.map((a) =>
        Array.isArray(a) ? { key: a[0] as string, fn: this.token(a[1] as AnyToken) } : { key: undefined, fn: this.token(a as AnyToken) },
      );
      return { handler: f.handler, args, token: f.token };
    });
    const liquid = this.liquid;
    const fn: EvalFn =
      filters.length === 0
        ? initial
        : (ctx) => {
            let val = initial(ctx);
            for (let i = 0; i < filters.length; i++) {
              const f = filters[i];
              const argv: unknown[] = [val];
              for (const a of f.args) argv.push(a.key === undefined ? a.fn(ctx) : [a.key, a.fn(ctx)]);
              val = f.handler.apply({ context: ctx, token: f.token, liquid }, argv);
            }
            return val;
          };
    this.valueCache.set(value, fn);
    return fn;
  }

  /** The same as value(), for conditions (no filters in Liquid conditions, but liquidjs allows them). */
  condition(value: Value): EvalFn {
    return this.value(value);
  }

  /** Compiles a postfix expression; `and`/`or` chains re-associated right to left (Ruby Liquid). */
  expression(postfix: AnyToken[]): EvalFn {
    if (postfix.length === 1) return this.token(postfix[0]);
    const stack: Node[] = [];
    const operators = this.liquid.options.operators as Record<string, (...a: unknown[]) => unknown>;
    for (const tok of postfix) {
      if (tok.kind !== KIND_OPERATOR) {
        stack.push({ kind: 'leaf', fn: this.token(tok) });
        continue;
      }
      const op = tok.operator!;
      if (op === 'not') {
        const r = this.build(stack.pop()!);
        stack.push({ kind: 'leaf', fn: (ctx) => !truthy(r(ctx)) });
        continue;
      }
      const r = stack.pop()!;
      const l = stack.pop()!;
      if (op === 'and' || op === 'or') {
        stack.push(rotate({ kind: 'logic', op, l, r }));
        continue;
      }
      const impl = operators[op];
      const lf = this.build(l);
      const rf = this.build(r);
      stack.push({ kind: 'leaf', fn: (ctx) => impl(lf(ctx), rf(ctx), ctx) });
    }
    return this.build(stack[0]);
  }

  private build(node: Node): EvalFn {
    if (node.kind === 'leaf') return node.fn;
    const l = this.build(node.l);
    const r = this.build(node.r);
    return node.op === 'and' ? (ctx) => truthy(l(ctx)) && truthy(r(ctx)) : (ctx) => truthy(l(ctx)) || truthy(r(ctx));
  }

  /** A single token: literal, variable lookup, range, nested filtered value. */
  token(tok: AnyToken): EvalFn {
    if (tok === undefined) return () => undefined;
    if ('content' in tok) {
      const c = tok.content;
      return () => c;
    }
    if (tok.kind === KIND_PROPERTY) return this.property(tok);
    if (tok.kind === KIND_RANGE) {
      const lo = this.token(tok.lhs!);
      const hi = this.token(tok.rhs!);
      return (ctx) => {
        const a = Math.trunc(Number(lo(ctx)));
        const b = Math.trunc(Number(hi(ctx)));
        const out: number[] = [];
        for (let i = a; i <= b; i++) out.push(i);
        return out;
      };
    }
    if (tok.kind === KIND_FILTERED) {
      const t = tok as unknown as { initial: { postfix: AnyToken[] }; filters: { name: string; args: unknown[] }[] };
      const initial = this.expression(t.initial.postfix);
      const liquid = this.liquid;
      const filters = t.filters.map((f) => ({
        handler: (liquid.filters as Record<string, (...a: unknown[]) => unknown>)[f.name] ?? ((x: unknown) => x),
        args: f.args.map((a) => (Array.isArray(a) ? { key: a[0] as string, fn: this.token(a[1]) } : { key: undefined, fn: this.token(a as AnyToken) })),
        token: f,
      }));
      return (ctx) => {
        let val = initial(ctx);
        for (const f of filters) {
          const argv: unknown[] = [val];
          for (const a of f.args) argv.push(a.key === undefined ? a.fn(ctx) : [a.key, a.fn(ctx)]);
          val = f.handler.apply({ context: ctx, token: f.token, liquid }, argv);
        }
        return val;
      };
    }
    // Unknown token kinds: liquidjs's evaluator.
    return (ctx) => toValueSync(evalToken(tok as never, ctx));
  }

  private property(tok: AnyToken): EvalFn {
    const props = tok.props!.map((p) => ('content' in p ? { constant: true as const, key: p.content as string | number } : { constant: false as const, fn: this.token(p) }));
    const allConstant = props.every((p) => p.constant);
    const keys = allConstant ? props.map((p) => (p as { key: string | number }).key) : undefined;
    const base = tok.variable ? this.token(tok.variable) : undefined;
    let fast: EvalFn;
    if (keys && !base) {
      const first = keys[0];
      fast =
        keys.length === 1
          ? (ctx) => read(ctx, findScope(ctx, first), first)
          : (ctx) => {
              let obj: unknown = findScope(ctx, first);
              for (let i = 0; i < keys.length; i++) {
                obj = read(ctx, obj, keys[i]);
                if (obj === null || obj === undefined) return obj;
              }
              return obj;
            };
    } else {
      fast = (ctx) => {
        const ks = props.map((p) => (p.constant ? p.key : toKey(p.fn(ctx))));
        let obj: unknown = base ? base(ctx) : findScope(ctx, ks[0] as string);
        for (const k of ks) {
          obj = read(ctx, obj, k);
          if (obj === null || obj === undefined) return obj;
        }
        return obj;
      };
    }
    // liquid.strict_variables: Ruby raises "undefined variable <key>" for the first missing name or key.
    if (!this.liquid.options.strictVariables) return fast;
    return (ctx) => {
      const v = fast(ctx);
      if (v !== undefined || !ctx.strictVariables) return v;
      const ks = props.map((p) => (p.constant ? p.key : toKey(p.fn(ctx))));
      let obj: unknown = base ? base(ctx) : findScope(ctx, ks[0] as string);
      for (const k of ks) {
        const next = read(ctx, obj, k);
        if (next === undefined) throw new Error(`undefined variable ${k}`);
        if (next === null) return next;
        obj = next;
      }
      return obj;
    };
  }
}

function toKey(v: unknown): string | number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && typeof (v as { valueOf(): unknown }).valueOf() === 'number') return (v as { valueOf(): number }).valueOf();
  return String(v);
}

/** (a and b) or c → a and (b or c): Ruby Liquid evaluates and/or chains from the right. */
function rotate(node: Node): Node {
  if (node.kind !== 'logic' || node.l.kind !== 'logic') return node;
  const left = node.l;
  return rotate({ kind: 'logic', op: left.op, l: left.l, r: rotate({ kind: 'logic', op: node.op, l: left.r, r: node.r }) });
}
