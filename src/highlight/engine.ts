// The state-machine runtime shared by every lexer: a stack of named states, each an ordered list
// of rules (pattern -> token and/or state change); the first rule matching at the current position
// wins, as in Rouge's RegexLexer. Also the token sink that merges adjacent same-type tokens the way
// Rouge's Lexer#continue_lex does.

import { rubyRegExp, type PatternFlags } from './regex.js';

/** A token type is its Pygments short class name ('' is plain Text, which gets no span). */
export type Token = string;

export type Emit = (token: Token, value: string) => void;

/** What a rule may do once its pattern matched. */
export type RuleAction = (lx: LexerRun, match: RegExpExecArray) => void;

/** One rule of a state: a pattern and what to do on a match; or the name of a state to mix in. */
export type Rule = { re: RegExp; bol: boolean; action: RuleAction } | { mixin: string };

export type StateTable = Record<string, Rule[]>;

/** Where to go after a rule emitted its token: pop, push the current state again, or push a named state. */
export type Next = '#pop' | '#push' | string | undefined;

/** Builds a rule. `tok` is emitted for the whole match; `next` changes the stack afterwards. */
/**
 * Patterns that failed to compile. A bad pattern must not break every importer of the
 * highlighter at load time, so it becomes a never-matching rule and is recorded here
 * (a test asserts this list is empty).
 */
export const patternErrors: string[] = [];

function compile(pattern: RegExp | string, flags?: PatternFlags): RegExp {
  try {
    return rubyRegExp(pattern, flags);
  } catch (error) {
    patternErrors.push(`${String(pattern)}: ${(error as Error).message}`);
    return /(?!)/y;
  }
}

/** Every rule made so far, so a test can compile them all (they compile lazily otherwise). */
const allRules: { re: RegExp }[] = [];

/** Compiles every rule pattern now; returns `patternErrors`. */
export function compileAllPatterns(): string[] {
  for (const r of allRules) void r.re;
  return patternErrors;
}

export function rule(pattern: RegExp | string, tok: Token | RuleAction, next?: Next, flags?: PatternFlags): Rule {
  const bol = (typeof pattern === 'string' ? pattern : pattern.source).startsWith('^');
  const action: RuleAction =
    typeof tok === 'function'
      ? tok
      : (lx, m) => {
          lx.token(tok, m[0]);
          if (next === '#pop') lx.pop();
          else if (next === '#push') lx.pushCurrent();
          else if (next !== undefined) lx.push(next);
        };
  // Translating Ruby patterns costs ~0.3 s for all 86 lexers: compile each on its first use,
  // so a build pays only for the languages its pages contain.
  let compiled: RegExp | undefined;
  const made = {
    bol,
    action,
    get re(): RegExp {
      return (compiled ??= compile(pattern, flags));
    },
  };
  allRules.push(made);
  return made;
}

/** A rule emitting one token per capture group (Rouge's `groups`), then changing state. */
export function groups(pattern: RegExp | string, toks: Token[], next?: Next, flags?: PatternFlags): Rule {
  return rule(pattern, (lx, m) => {
    lx.groups(m, toks);
    if (next === '#pop') lx.pop();
    else if (next === '#push') lx.pushCurrent();
    else if (next !== undefined) lx.push(next);
  }, undefined, flags);
}

export function mixin(state: string): Rule {
  return { mixin: state };
}

/** Anything that can lex text incrementally (state kept between calls, as Rouge's continue_lex). */
export interface Lexer {
  readonly tag: string;
  continueLex(text: string, emit: Emit): void;
}

/** Rouge stops a state after this many zero-length matches in a row and emits an Error char. */
const MAX_NULL_SCANS = 5;

/**
 * Thrown where Rouge itself raises on some input (a Rouge bug); highlight() then answers the
 * escaped code, as there is no Rouge output to match.
 */
export class RougeWouldRaise extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RougeWouldRaise';
  }
}

/** Thrown when lexing exceeds its time budget (see lexToTokens). */
export class LexTimeout extends Error {
  constructor(readonly ms: number) {
    super(`lexing took longer than ${ms} ms`);
    this.name = 'LexTimeout';
  }
}

// Some Rouge rules rescan the rest of a line at every position, which is quadratic on long
// lines (Rouge itself takes hours on a 1 MB line). The lex in progress has a deadline, checked
// every few hundred steps; lexing is synchronous, so one module-level slot is enough.
let deadline = Infinity;
let budgetMs = 0;
let stepsSinceCheck = 0;

function checkDeadline(): void {
  if (++stepsSinceCheck < 16) return;
  stepsSinceCheck = 0;
  if (performance.now() > deadline) throw new LexTimeout(budgetMs);
}

/** A running regex lexer: the stack, the input, and helpers rule actions call. */
export class LexerRun implements Lexer {
  stack: string[] = ['root'];
  /** Per-lexer scratch state (heredoc names, brace depth...), reset with the stack. */
  vars: Record<string, unknown> = {};
  private text = '';
  private pos = 0;
  private emitFn: Emit = () => {};
  private nullSteps = 0;

  constructor(
    readonly tag: string,
    private readonly states: StateTable,
    private readonly onStart?: (lx: LexerRun) => void,
  ) {
    onStart?.(this);
  }

  reset(): void {
    this.stack = ['root'];
    this.vars = {};
    this.onStart?.(this);
  }

  get state(): string {
    const top = this.stack[this.stack.length - 1];
    // Rouge raises 'empty stack!' here too
    if (top === undefined) throw new RougeWouldRaise(`${this.tag}: empty stack`);
    return top;
  }

  /** Text not yet consumed (for look-ahead decisions in actions). */
  get rest(): string {
    return this.text.slice(this.pos);
  }

  continueLex(text: string, emit: Emit): void {
    const savedText = this.text;
    const savedPos = this.pos;
    const savedEmit = this.emitFn;
    this.text = text;
    this.pos = 0;
    this.emitFn = emit;
    this.nullSteps = 0;
    try {
      while (this.pos < text.length) {
        checkDeadline();
        if (!this.step(this.state)) {
          const cp = text.codePointAt(this.pos)!;
          const ch = String.fromCodePoint(cp);
          this.pos += ch.length;
          emit('err', ch);
        }
      }
    } finally {
      this.text = savedText;
      this.pos = savedPos;
      this.emitFn = savedEmit;
    }
  }

  /**
   * Rouge scans with a StringScanner in its default (non fixed-anchor) mode: each pattern is
   * matched against the rest of the input as if it were the whole string, so lookbehinds see
   * nothing before the position, and `^`, `\A`, `\b` treat the position as the text start.
   * Matching against a slice reproduces that (V8 slices share memory, so this is O(1)).
   */
  private step(stateName: string, depth = 0, rest = this.text.slice(this.pos)): boolean {
    const rules = this.states[stateName];
    if (!rules) throw new Error(`${this.tag}: unknown state ${stateName}`);
    if (depth > 20) throw new Error(`${this.tag}: mixin loop at ${stateName}`);
    for (const r of rules) {
      if ('mixin' in r) {
        if (this.step(r.mixin, depth + 1, rest)) return true;
        continue;
      }
      if (r.bol && !(this.pos === 0 || this.text.charCodeAt(this.pos - 1) === 10)) continue;
      const re = r.re; // a lazy getter: read it once per attempt
      re.lastIndex = 0;
      const m = re.exec(rest);
      if (!m) continue;
      const size = m[0].length;
      this.pos += size;
      r.action(this, m);
      if (size === 0) {
        if (++this.nullSteps > MAX_NULL_SCANS) return false;
      } else {
        this.nullSteps = 0;
      }
      return true;
    }
    return false;
  }

  token(tok: Token, value: string | undefined): void {
    if (value) this.emitFn(tok, value);
  }

  groups(m: RegExpExecArray, toks: Token[]): void {
    toks.forEach((t, i) => this.token(t, m[i + 1]));
  }

  /** Defines (once, cached by name) a state built from a match, e.g. a string's own delimiters. */
  defineState(name: string, build: () => Rule[]): string {
    if (!Object.hasOwn(this.states, name)) this.states[name] = build();
    return name;
  }

  push(state: string): void {
    if (!this.states[state]) throw new Error(`${this.tag}: unknown state ${state}`);
    this.stack.push(state);
  }

  pushCurrent(): void {
    this.stack.push(this.state);
  }

  pop(times = 1): void {
    if (this.stack.length === 0) throw new RougeWouldRaise(`${this.tag}: empty stack`);
    this.stack.splice(Math.max(0, this.stack.length - times), times);
  }

  goto(state: string): void {
    if (!this.states[state]) throw new Error(`${this.tag}: unknown state ${state}`);
    this.stack[this.stack.length - 1] = state;
  }

  resetStack(): void {
    this.stack = ['root'];
  }

  inState(name: string): boolean {
    return this.stack.includes(name);
  }

  /** Lexes `text` with another lexer, keeping that lexer's state for the next delegation. */
  delegate(lexer: Lexer, text: string): void {
    lexer.continueLex(text, (t, v) => this.token(t, v));
  }

  /**
   * Lexes `text` with this very run, sharing its state stack (what Rouge's `delegate self.clone`
   * amounts to, since a clone shares the stack array), then resumes the outer text.
   */
  reenter(text: string): void {
    this.continueLex(text, this.emitFn);
  }

  /** Lexes `text` with a fresh run of this same lexer (Rouge's `recurse`). */
  recurse(text: string, fresh: () => Lexer): void {
    this.delegate(fresh(), text);
  }
}

/** A lexer that emits all its input as one token (Rouge's PlainText, and the fallback). */
export class WholeTextLexer implements Lexer {
  constructor(readonly tag: string, private readonly tok: Token = '') {}
  continueLex(text: string, emit: Emit): void {
    if (text) emit(this.tok, text);
  }
}

/**
 * Default time budget for one lex: generous, so that real code never reaches it (a 100 KB file
 * lexes in tens of milliseconds) and only pathological input is cut short.
 */
export function defaultBudgetMs(text: string): number {
  return 5000 + text.length / 100;
}

/**
 * Collects a token stream, merging consecutive tokens of the same type as Rouge does.
 * Throws LexTimeout when lexing takes longer than `timeoutMs`.
 */
export function lexToTokens(lexer: Lexer, text: string, timeoutMs = defaultBudgetMs(text)): Array<[Token, string]> {
  const out: Array<[Token, string]> = [];
  const outer = deadline;
  const outerBudget = budgetMs;
  deadline = Math.min(outer, performance.now() + timeoutMs);
  budgetMs = timeoutMs;
  try {
    lexer.continueLex(text, (tok, value) => {
      if (!value) return;
      const last = out[out.length - 1];
      if (last && last[0] === tok) last[1] += value;
      else out.push([tok, value]);
    });
  } finally {
    deadline = outer;
    budgetMs = outerBudget;
  }
  return out;
}
