// The loop shape that dominates Jekyll sites' render time — "find the post with my uid":
//   {% for p in site.posts %}{% if p.uid == page.uid and p.lang == "en" %}{% assign x = p.url %}{% endif %}…{% endfor %}
// Every `if` in the body starts with `p.<key> == <something the loop does not change>`, so for all
// posts but the few matching ones the body only prints its constant text. The matching posts are
// found through an index (key value → positions) built once per collection per build, and only they
// run the body; the others append the constant text. Output and semantics are those of the plain
// loop; any shape outside this pattern takes the plain loop.

import { AssignTag, BreakTag, CaptureTag, CommentTag, ContinueTag, IfTag, RawTag, type Context, type Template } from 'liquidjs';
import type { Compiler, EvalFn } from '../compile.js';
import { RubyDate } from '../ruby/time.js';
import { RubyFloat } from '../ruby/value.js';

const KIND_OPERATOR = 2048;
const KIND_PROPERTY = 128;
const KIND_HTML = 16;

interface Tok {
  kind: number;
  content?: unknown;
  operator?: string;
  variable?: Tok;
  props?: Tok[];
}

type Tree = { leaf: Tok } | { op: string; l: Tree; r?: Tree };

/** One indexed test: items whose `key` equals the invariant's value. */
interface Probe {
  key: string;
  invariant: EvalFn;
}

export interface IndexedLoopPlan {
  /** What the body prints for an item no `if` matches. */
  constText: string;
  probes: Probe[];
}

function toTree(postfix: Tok[]): Tree | undefined {
  const stack: Tree[] = [];
  for (const t of postfix) {
    if (t.kind !== KIND_OPERATOR) {
      stack.push({ leaf: t });
      continue;
    }
    if (t.operator === 'not') {
      const l = stack.pop();
      if (!l) return undefined;
      stack.push({ op: 'not', l });
      continue;
    }
    const r = stack.pop();
    const l = stack.pop();
    if (!l || !r) return undefined;
    stack.push(rotate({ op: t.operator!, l, r }));
  }
  return stack.length === 1 ? stack[0] : undefined;
}

/** Same re-association as the compiler: and/or chains from the right. */
function rotate(node: Tree): Tree {
  if (!('op' in node) || (node.op !== 'and' && node.op !== 'or')) return node;
  const l = node.l;
  if (!('op' in l) || (l.op !== 'and' && l.op !== 'or')) return node;
  return rotate({ op: l.op, l: l.l, r: rotate({ op: node.op, l: l.r!, r: node.r }) });
}

/** The conjunct that must hold for the whole condition to hold, evaluated first. */
function firstConjunct(tree: Tree): Tree {
  return 'op' in tree && tree.op === 'and' ? firstConjunct(tree.l) : tree;
}

/** `loopVar.key` with constant props, or undefined. */
function loopKey(tok: Tok, variable: string): string | undefined {
  if (tok.kind !== KIND_PROPERTY || tok.variable || !tok.props || tok.props.length !== 2) return undefined;
  const [a, b] = tok.props;
  if (!('content' in a) || a.content !== variable || !('content' in b) || typeof b.content !== 'string') return undefined;
  return b.content;
}

/** Whether `tok` only reads variables the loop leaves alone (constant property paths). */
function invariantToken(tok: Tok, forbidden: Set<string>): boolean {
  if ('content' in tok) return tok.kind !== KIND_OPERATOR;
  if (tok.kind !== KIND_PROPERTY || tok.variable || !tok.props?.length) return false;
  if (!tok.props.every((p) => 'content' in p)) return false;
  return !forbidden.has(String(tok.props[0].content));
}

/** Names a body may assign, or undefined when it holds something that could assign anything. */
function assignedNames(templates: Template[], names: Set<string>): Set<string> | undefined {
  for (const t of templates) {
    const kind = (t.token as { kind: number }).kind;
    if (kind === KIND_HTML || kind === 8) continue;
    const any = t as unknown as Record<string, unknown>;
    if (t instanceof IfTag || t.constructor.name === 'UnlessTag') {
      for (const b of any.branches as { templates: Template[] }[]) if (!assignedNames(b.templates, names)) return undefined;
      if (any.elseTemplates && !assignedNames(any.elseTemplates as Template[], names)) return undefined;
    } else if (t instanceof AssignTag || t.constructor.name === 'LaxAssign') {
      names.add(String(any.key));
    } else if (t instanceof CaptureTag) {
      names.add(String(any.variable));
      if (!assignedNames(any.templates as Template[], names)) return undefined;
    } else if (t.constructor.name === 'ForTag') {
      if (!assignedNames(any.templates as Template[], names) || !assignedNames(any.elseTemplates as Template[], names)) return undefined;
    } else if (!(t instanceof CommentTag || t instanceof RawTag || t instanceof BreakTag || t instanceof ContinueTag)) {
      return undefined;
    }
  }
  return names;
}

/** The plan for a loop body, or undefined when it is not of the indexable shape. */
export function planIndexedLoop(compiler: Compiler, variable: string, body: Template[]): IndexedLoopPlan | undefined {
  const assigned = assignedNames(body, new Set());
  if (!assigned) return undefined;
  const forbidden = new Set([...assigned, variable, 'forloop']);
  let constText = '';
  const probes: Probe[] = [];
  for (const t of body) {
    const kind = (t.token as { kind: number }).kind;
    if (kind === KIND_HTML) {
      constText += (t as unknown as { str: string }).str;
      continue;
    }
    if (!(t instanceof IfTag)) return undefined;
    const tag = t as unknown as { branches: { value: { initial: { postfix: Tok[] }; filters: unknown[] } }[]; elseTemplates?: Template[] };
    if (tag.branches.length !== 1 || (tag.elseTemplates && tag.elseTemplates.length)) return undefined;
    const value = tag.branches[0].value;
    if (value.filters.length) return undefined;
    const tree = toTree(value.initial.postfix);
    if (!tree) return undefined;
    const first = firstConjunct(tree);
    if (!('op' in first) || first.op !== '==' || !first.r || !('leaf' in first.l) || !('leaf' in first.r)) return undefined;
    let key = loopKey(first.l.leaf, variable);
    let other = first.r.leaf;
    if (key === undefined) {
      key = loopKey(first.r.leaf, variable);
      other = first.l.leaf;
    }
    if (key === undefined || !invariantToken(other, forbidden)) return undefined;
    probes.push({ key, invariant: compiler.token(other as never) });
  }
  return probes.length ? { constText, probes } : undefined;
}

/** An equality key: values equal under Ruby `==` get the same key; undefined = not indexable. */
export function equalityKey(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
      return 'n' + v;
    case 'boolean':
      return v ? 'true' : 'false';
  }
  if (v instanceof RubyFloat) return 'n' + v.value;
  if (v instanceof RubyDate) return `d${v.year}-${v.month}-${v.day}`;
  return undefined;
}

type Index = Map<string, number[]>;

/** key value → positions in `items`, or null when an item is not a plain object or its value is not indexable. */
function buildIndex(items: unknown[], key: string): Index | null {
  const index: Index = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
    const proto = Object.getPrototypeOf(item);
    if (proto !== Object.prototype && proto !== null) return null;
    let v: unknown;
    const desc = Object.getOwnPropertyDescriptor(item, key);
    if (desc) {
      // A getter (content, output, excerpt…) may change while the build renders: never index it.
      if (!('value' in desc)) return null;
      v = desc.value;
      if (typeof v === 'function') return null;
    } else if (key === 'size' || key === 'first' || key === 'last') return null;
    const k = equalityKey(v);
    if (k === undefined) return null;
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  }
  return index;
}

/**
 * Positions whose body may do something (some `if` can match), or undefined to take the plain loop.
 * Indexes are cached per collection and key in the engine's per-build cache.
 */
export function matchingPositions(plan: IndexedLoopPlan, items: unknown[], ctx: Context, cache: WeakMap<object, Map<string, unknown>>): Uint8Array | undefined {
  let perItems = cache.get(items);
  if (!perItems) cache.set(items, (perItems = new Map()));
  const marks = new Uint8Array(items.length);
  for (const probe of plan.probes) {
    const cacheKey = '\u0001index\u0000' + probe.key;
    let index = perItems.get(cacheKey) as Index | null | undefined;
    if (index === undefined) perItems.set(cacheKey, (index = buildIndex(items, probe.key)));
    if (index === null) return undefined;
    const k = equalityKey(probe.invariant(ctx));
    if (k === undefined) return undefined;
    const hits = index.get(k);
    if (hits) for (const i of hits) marks[i] = 1;
  }
  return marks;
}
