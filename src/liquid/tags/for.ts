// `{% for x in collection reversed limit:n offset:m %}` as Ruby Liquid 5 runs it: `reversed` only
// right after the collection, offset then limit then reverse, `offset:continue`, ranges, hashes as
// [key, value] pairs, a string as one item, and `forloop.parentloop`. Also `{% tablerow %}` with
// Ruby's exact markup (newlines after the first and between rows).

import { Tag, Tokenizer, evalToken, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken, type Template, type Parser } from 'liquidjs';
import { isHash, isNil } from '../ruby/value.js';
import { toInteger } from '../filters/string.js';
import type { Compiler, RenderFn } from '../compile.js';
import { matchingPositions, planIndexedLoop } from './for-index.js';
import { getState } from '../state.js';

const ATTRIBUTE = /([\w-]+)\s*:\s*("[^"]*"|'[^']*'|[^\s,]+)/g;

type ValueToken = ReturnType<Tokenizer['readValue']>;

/** Items a Ruby `each` would yield (Liquid's slice_collection). */
export function iterableItems(v: unknown): unknown[] {
  if (isNil(v) || v === false) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return v === '' ? [] : [v];
  if (isHash(v)) return Object.entries(v);
  if (v && typeof v === 'object' && Symbol.iterator in v) return [...(v as Iterable<unknown>)];
  return [];
}

interface Loop {
  name: string;
  length: number;
  index: number;
  index0: number;
  rindex: number;
  rindex0: number;
  first: boolean;
  last: boolean;
  parentloop: Loop | null;
}

abstract class LoopTag extends Tag {
  protected variable: string;
  protected collection: ValueToken;
  protected collectionText: string;
  protected reversed = false;
  protected attributes = new Map<string, ValueToken | 'continue'>();
  protected templates: Template[] = [];
  protected elseTemplates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser, endName: string, allowElse: boolean) {
    super(token, remainTokens, liquid);
    const variable = this.tokenizer.readIdentifier();
    const inWord = this.tokenizer.readIdentifier();
    const collection = this.tokenizer.readValue();
    if (!variable.size() || inWord.content !== 'in' || !collection) {
      throw new Error(`Syntax Error in 'for loop' - Valid syntax: ${token.name} [item] in [collection]`);
    }
    this.variable = variable.content;
    this.collection = collection;
    this.collectionText = collection.getText();
    const rest = this.tokenizer.input.slice(this.tokenizer.p, this.tokenizer.N);
    this.reversed = /^\s*reversed\b/.test(rest);
    for (const m of rest.matchAll(ATTRIBUTE)) {
      const [, key, value] = m;
      this.attributes.set(key, key === 'offset' && value === 'continue' ? 'continue' : new Tokenizer(value, liquid.options.operators).readValue());
    }
    let target = this.templates;
    let closed = false;
    while (remainTokens.length) {
      const t = remainTokens.shift()!;
      if (t.kind === 4) {
        const name = (t as TagToken).name;
        if (name === endName) {
          closed = true;
          break;
        }
        if (allowElse && name === 'else') {
          target = this.elseTemplates;
          continue;
        }
      }
      target.push(parser.parseToken(t, remainTokens));
    }
    if (!closed) throw new Error(`'${token.name}' tag was never closed`);
  }

  protected *attribute(ctx: Context, name: string): Generator<unknown, unknown, unknown> {
    const tok = this.attributes.get(name);
    if (!tok || tok === 'continue') return undefined;
    return yield evalToken(tok, ctx);
  }
}

export class ForTag extends LoopTag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid, parser, 'endfor', true);
  }

  /** The closure form of render() (same steps, no generators). */
  compile(compiler: Compiler): RenderFn {
    const body = compiler.templates(this.templates);
    const elseBody = compiler.templates(this.elseTemplates);
    const collection = compiler.token(this.collection as never);
    const offsetTok = this.attributes.get('offset');
    const limitTok = this.attributes.get('limit');
    const offsetFn = offsetTok && offsetTok !== 'continue' ? compiler.token(offsetTok as never) : undefined;
    const limitFn = limitTok && limitTok !== 'continue' ? compiler.token(limitTok as never) : undefined;
    const isContinue = offsetTok === 'continue';
    const name = `${this.variable}-${this.collectionText}`;
    const variable = this.variable;
    const reversed = this.reversed;
    const plan = planIndexedLoop(compiler, variable, this.templates);
    return (ctx, out) => {
      const offsets = ctx.getRegister('for-offsets', {} as Record<string, number>);
      let from = 0;
      if (isContinue) from = offsets[name] ?? 0;
      else if (offsetFn) {
        const v = offsetFn(ctx);
        from = isNil(v) ? 0 : toInteger(v);
      }
      const items = iterableItems(collection(ctx));
      let to: number | undefined;
      if (limitFn) {
        const l = limitFn(ctx);
        to = isNil(l) ? undefined : toInteger(l) + from;
      }
      const segment = from === 0 && to === undefined && !reversed ? items : items.slice(Math.max(0, from), to === undefined ? undefined : Math.max(0, to));
      if (reversed) segment.reverse();
      offsets[name] = from + segment.length;
      const length = segment.length;
      if (length === 0) {
        elseBody(ctx, out);
        return;
      }
      const stack = ctx.getRegister('for-stack', [] as Loop[]);
      const loop: Loop = { name, length, index: 1, index0: 0, rindex: length, rindex0: length - 1, first: true, last: length === 1, parentloop: stack[stack.length - 1] ?? null };
      const scope: Record<string, unknown> = { forloop: loop };
      // The indexed shortcut (see for-index.ts) needs the collection itself, unsliced.
      const marks = plan && segment === items && Array.isArray(items) ? matchingPositions(plan, items, ctx, getState(ctx).services.propertyCache) : undefined;
      stack.push(loop);
      ctx.push(scope);
      try {
        for (let i = 0; i < length; i++) {
          if (marks && marks[i] === 0) {
            out.s += plan!.constText;
            continue;
          }
          loop.index = i + 1;
          loop.index0 = i;
          loop.rindex = length - i;
          loop.rindex0 = length - i - 1;
          loop.first = i === 0;
          loop.last = i === length - 1;
          scope[variable] = segment[i];
          ctx.continueCalled = ctx.breakCalled = false;
          body(ctx, out);
          if (ctx.breakCalled) break;
        }
      } finally {
        ctx.continueCalled = ctx.breakCalled = false;
        ctx.pop();
        stack.pop();
      }
    };
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const r = this.liquid.renderer;
    const name = `${this.variable}-${this.collectionText}`;
    const offsets = ctx.getRegister('for-offsets', {} as Record<string, number>);
    let from: number;
    if (this.attributes.get('offset') === 'continue') from = offsets[name] ?? 0;
    else {
      const v = yield* this.attribute(ctx, 'offset');
      from = isNil(v) ? 0 : toInteger(v);
    }
    const items = iterableItems(yield evalToken(this.collection, ctx));
    const limit = yield* this.attribute(ctx, 'limit');
    const to = isNil(limit) ? undefined : toInteger(limit) + from;
    const segment = items.slice(Math.max(0, from), to === undefined ? undefined : Math.max(0, to));
    if (this.reversed) segment.reverse();
    offsets[name] = from + segment.length;
    if (segment.length === 0) {
      yield r.renderTemplates(this.elseTemplates, ctx, emitter);
      return;
    }
    const stack = ctx.getRegister('for-stack', [] as Loop[]);
    const length = segment.length;
    const loop: Loop = { name, length, index: 1, index0: 0, rindex: length, rindex0: length - 1, first: true, last: length === 1, parentloop: stack[stack.length - 1] ?? null };
    const scope: Record<string, unknown> = { forloop: loop };
    stack.push(loop);
    ctx.push(scope);
    try {
      for (let i = 0; i < length; i++) {
        Object.assign(loop, { index: i + 1, index0: i, rindex: length - i, rindex0: length - i - 1, first: i === 0, last: i === length - 1 });
        scope[this.variable] = segment[i];
        ctx.continueCalled = ctx.breakCalled = false;
        yield r.renderTemplates(this.templates, ctx, emitter);
        if (ctx.breakCalled) break;
      }
    } finally {
      ctx.continueCalled = ctx.breakCalled = false;
      ctx.pop();
      stack.pop();
    }
  }
}

export class TablerowTag extends LoopTag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid, parser, 'endtablerow', false);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const collection = yield evalToken(this.collection, ctx);
    if (isNil(collection) || collection === false) return;
    const offset = yield* this.attribute(ctx, 'offset');
    const limit = yield* this.attribute(ctx, 'limit');
    const from = this.attributes.has('offset') ? toInteger(offset ?? 0) : 0;
    const to = this.attributes.has('limit') ? from + toInteger(limit ?? 0) : undefined;
    const items = iterableItems(collection).slice(from, to);
    const cols = toInteger((yield* this.attribute(ctx, 'cols')) ?? 0);
    const length = items.length;
    emitter.write('<tr class="row1">\n');
    const scope: Record<string, unknown> = {};
    ctx.push(scope);
    try {
      for (let i = 0; i < length; i++) {
        const col0 = cols > 0 ? i % cols : i;
        const row = cols > 0 ? Math.floor(i / cols) + 1 : 1;
        scope.tablerowloop = {
          length, index: i + 1, index0: i, rindex: length - i, rindex0: length - i - 1, first: i === 0, last: i === length - 1,
          col: col0 + 1, col0, row, col_first: col0 === 0, col_last: cols > 0 && col0 === cols - 1,
        };
        scope[this.variable] = items[i];
        emitter.write(`<td class="col${col0 + 1}">`);
        yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
        emitter.write('</td>');
        if (cols > 0 && col0 === cols - 1 && i !== length - 1) emitter.write(`</tr>\n<tr class="row${row + 1}">`);
      }
    } finally {
      ctx.pop();
    }
    emitter.write('</tr>\n');
  }
}
