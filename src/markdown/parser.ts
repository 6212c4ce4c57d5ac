// Parser: kramdown's parsing engine (Kramdown::Parser::Kramdown + the GFM subclass). Block parsers are
// tried in order at each position of a block scanner; span parsers run on text between the start
// patterns of all span parsers. The individual constructs live in block/ and span/.

import { Element } from './element.js';
import type { KramdownOptions } from './options.js';
import { re, Scanner, type Pattern } from './scanner.js';
import { parserSetup, smartyPantsSetup } from './setup.js';
import { parseAttributeList } from './block/extensions.js';
import { replaceAbbreviations } from './block/abbreviation.js';
import { gfmUpdateElements } from './block/gfm.js';
import type { MarkdownWarning } from './index.js';
import { StopBlockParsing, joinClass, normalizeLinkId, pushAll } from './util.js';

export interface BlockParser {
  name: string;
  start: Pattern;
  /**
   * Cheap necessary condition for `start` to match, from the character `c` at index `i` after up to three
   * leading spaces of the line (skips most regex attempts per line; never changes which parser wins).
   */
  may?: (str: string, i: number, c: string, src: Scanner) => boolean;
  /** When set, `may` fails unless `c` is one of these characters (used to pick candidate parsers per character). */
  first?: string;
  /**
   * Exact replacement for matching `start` (same answer, no regexp), for parsers whose parse() does not
   * read the start match; `i` and `c` as for `may`.
   */
  test?: (src: Scanner, i: number, c: string) => boolean;
  parse(p: Parser): boolean;
}

export interface SpanParser {
  name: string;
  start: Pattern;
  /** Source of the pattern that finds where this parser may start. */
  spanStart: string;
  /** Cheap necessary condition on the text at `pos` for `start` to match (skips the regex otherwise). */
  may?: (str: string, pos: number) => boolean;
  /** When set, `may` fails unless the character at `pos` is one of these (used to pick candidates per character). */
  first?: string;
  parse(p: Parser): void;
}

type StackEntry = [Element, Scanner | null, Record<string, any> | null] | [Element, string];

export interface FootnoteData {
  content: Element;
  eob?: Element;
  attr?: Record<string, string>;
  options?: Record<string, unknown>;
  marker?: Element[];
}

export class Parser {
  options: KramdownOptions;
  readonly gfm: boolean;
  readonly root: Element;
  readonly warnings: MarkdownWarning[] = [];
  src!: Scanner;
  tree!: Element;
  blockIal: Record<string, any> | null = null;
  stack: StackEntry[] = [];
  textType = 'raw_text';
  alds: Record<string, Record<string, any>> = {};
  footnotes = new Map<string, FootnoteData>();
  linkDefs = new Map<string, [string, string | null, Element | null]>();
  readonly blockParsers: BlockParser[];
  readonly spanParsers: SpanParser[];
  private readonly spanStartSource: string;
  private readonly spanStartRe: Pattern;
  readonly paragraphEnd: Pattern;
  idCounter = new Map<string, number>();
  /** Current block nesting depth; beyond MAX_BLOCK_DEPTH the rest of a block is kept as plain text. */
  blockDepth = 0;
  /** Current span nesting depth (emphasis, links, HTML spans…). */
  spanDepth = 0;
  /**
   * Characters scanned by span parsing of the current text, against a budget proportional to its length.
   * kramdown retries unmatched delimiters by rescanning to the end of the text (quadratic on inputs like
   * 100k `*`); once the budget is spent, nested constructs are no longer attempted and their delimiters
   * are kept as text. Ordinary documents never come near the budget, so their output is unaffected.
   */
  spanWork = 0;
  spanBudget = Infinity;

  constructor(options: KramdownOptions) {
    this.options = { ...options };
    this.gfm = String(options.input ?? 'GFM').toLowerCase() === 'gfm';
    this.root = new Element('root', null, null, { encoding: 'UTF-8', location: 1, options: {}, abbrev_defs: {}, abbrev_attr: {} });
    for (const [k, v] of Object.entries(this.options.link_defs ?? {})) this.linkDefs.set(normalizeLinkId(k), [v[0], v[1] ?? null, null]);
    const quirks = (this.options.gfm_quirks ?? []) as string[];
    if (this.gfm) this.options.auto_id_stripping = true;
    const setup = String(options.input ?? '').toLowerCase() === 'smartypants'
      ? smartyPantsSetup()
      : parserSetup(this.gfm, quirks.includes('paragraph_end'), quirks.includes('no_auto_typographic'), !!this.options.hard_wrap);
    this.blockParsers = setup.blocks;
    this.spanParsers = setup.spans;
    this.spanStartSource = setup.spanStartSource;
    this.spanStartRe = setup.spanStartRe;
    this.paragraphEnd = setup.paragraphEnd;
  }

  warning(message: string, line?: number): void {
    this.warnings.push(line === undefined ? { message } : { message, line });
  }

  parse(source: string): Element {
    this.resetEnv();
    this.parseBlocks(this.root, adaptSource(source));
    this.updateTree(this.root);
    // correct_abbreviations_attributes
    const abbrevAttr = this.root.options.abbrev_attr as Record<string, any>;
    for (const k of Object.keys(abbrevAttr)) abbrevAttr[k] = (abbrevAttr[k] as Element).attr;
    replaceAbbreviations(this, this.root);
    for (const data of this.footnotes.values()) {
      this.updateTree(data.content);
      replaceAbbreviations(this, data.content);
    }
    let count = 0;
    for (const [name, data] of this.footnotes) {
      if (data.marker) {
        count++;
        continue;
      }
      const line = data.content.options.location;
      this.warning(`Footnote definition for '${name}' on line ${line} is unreferenced - ignoring`, line);
    }
    this.root.options.footnote_count = count;
    if (this.gfm) gfmUpdateElements(this, this.root);
    return this.root;
  }

  resetEnv(opts: { src?: Scanner; textType?: string } = {}): void {
    this.src = opts.src as Scanner;
    this.tree = undefined as unknown as Element;
    this.blockIal = null;
    this.stack = [];
    this.textType = opts.textType ?? 'raw_text';
  }

  saveEnv(): [Scanner, Element, Record<string, any> | null, StackEntry[], string] {
    return [this.src, this.tree, this.blockIal, this.stack, this.textType];
  }

  restoreEnv(env: [Scanner, Element, Record<string, any> | null, StackEntry[], string]): void {
    [this.src, this.tree, this.blockIal, this.stack, this.textType] = env;
  }

  /** Parse `text` (or the current scanner) as blocks into `el`; returns the stop status ('found' from a closing HTML tag). */
  parseBlocks(el: Element, text?: string): string | undefined {
    this.stack.push([this.tree, this.src, this.blockIal]);
    this.tree = el;
    this.blockIal = null;
    if (text !== undefined) this.src = new Scanner(text, el.options.location ?? 1);
    let status: string | undefined;
    this.blockDepth++;
    try {
      const src = this.src;
      if (this.blockDepth > MAX_BLOCK_DEPTH) {
        // Deeper than any real document: keep the rest as one paragraph of text instead of recursing.
        this.warning(`Blocks nested more than ${MAX_BLOCK_DEPTH} levels deep - kept as text`, src.currentLine());
        const para = new Element('p', null, null, { location: src.currentLine() });
        this.addText(src.rest().replace(/\n+$/, ''), para, 'text');
        src.terminate();
        el.children.push(para);
      }
      const str = src.string;
      const blocks = byFirstChar(this.blockParsers);
      outer: while (!src.eos()) {
        let i = src.pos;
        const lim = i + 3;
        while (i < lim && str.charCodeAt(i) === 32) i++;
        const c = i < str.length ? str[i]! : '';
        const code = str.charCodeAt(i);
        const candidates = blocks[code < 128 ? code : code >= 128 ? 128 : 129]!;
        for (const bp of candidates) {
          if (bp.may && !bp.may(str, i, c, src)) continue;
          if ((bp.test ? bp.test(src, i, c) : src.check(bp.start) !== null) && bp.parse(this)) continue outer;
        }
        this.warning('Warning: this should not occur - no block parser handled the line');
        this.addText(src.scan(ANY_LINE) ?? src.rest());
      }
    } catch (e) {
      if (e instanceof StopBlockParsing) status = e.status;
      else throw e;
    } finally {
      this.blockDepth--;
    }
    const top = this.stack.pop() as [Element, Scanner, Record<string, any> | null];
    [this.tree, this.src, this.blockIal] = top;
    return status;
  }

  /** Parse spans from the scanner into `el` until `stopRe` (when the `stopCheck` accepts it); true when stopped there. */
  parseSpans(el: Element, stopRe: Pattern | null = null, parsers: SpanParser[] | null = null, textType = this.textType, stopCheck?: () => boolean): boolean {
    if (this.tree !== undefined && this.tree !== null) this.stack.push([this.tree, this.textType]);
    this.tree = el;
    this.textType = textType;
    const ps = parsers ?? this.spanParsers;
    let usedRe: Pattern;
    if (stopRe === null && !parsers) usedRe = this.spanStartRe;
    else {
      // Cached per (parser list, stop pattern); parser lists are shared arrays (setup.ts, table.ts).
      let byStop = USED_RE_CACHE.get(ps);
      if (!byStop) USED_RE_CACHE.set(ps, (byStop = new Map()));
      const key = stopRe ?? NO_STOP;
      let u = byStop.get(key);
      if (!u) {
        const startSource = ps.map((s) => s.spanStart).join('|');
        byStop.set(key, (u = re(stopRe === null ? `(?=${startSource})` : `(?=${stopRe.sticky.source}|${startSource})`)));
      }
      usedRe = u;
    }
    let stopFound = false;
    const src = this.src;
    const candidates = byFirstChar(ps);
    this.spanDepth++;
    while (!src.eos() && !stopFound) {
      // Out of budget: a nested construct's search for its end is abandoned (treated as not found).
      if (stopRe && this.spanWork > this.spanBudget) break;
      const result = src.scanUntilTriggered(usedRe, SPAN_TRIGGERS, spanTriggerBack);
      if (result !== null) {
        this.spanWork += result.length + 1;
        this.addText(result);
        if (stopRe && src.check(stopRe) !== null) stopFound = stopCheck ? stopCheck() : true;
        let processed = false;
        if (!stopFound) {
          const str = src.string;
          const at = src.pos;
          const code = str.charCodeAt(at);
          for (const sp of candidates[code < 128 ? code : code >= 128 ? 128 : 129]!) {
            if (sp.may && !sp.may(str, at)) continue;
            if (src.check(sp.start) !== null) {
              sp.parse(this);
              processed = true;
              break;
            }
          }
        }
        if (!processed && !stopFound) this.addText(src.getch());
      } else {
        if (!stopRe) {
          this.addText(src.rest());
          src.terminate();
        }
        break;
      }
    }
    this.spanDepth--;
    const top = this.stack.pop() as [Element, string] | undefined;
    this.tree = top ? top[0] : (undefined as unknown as Element);
    this.textType = top ? top[1] : 'text';
    return stopFound;
  }

  /** Replace raw_text children by parsed spans, merge blanks, apply IALs (kramdown's update_tree). */
  updateTree(element: Element): void {
    if (element.children.length === 0) return;
    let lastBlank: Element | null = null;
    const out: Element[] = [];
    for (const child of element.children) {
      if (child.type === 'raw_text') {
        lastBlank = null;
        this.resetEnv({ src: new Scanner(child.value, element.options.location ?? 1), textType: 'text' });
        this.spanWork = 0;
        this.spanBudget = SPAN_BUDGET_FACTOR * (child.value as string).length + SPAN_BUDGET_BASE;
        this.parseSpans(child);
        pushAll(out, child.children);
      } else if (child.type === 'eob') {
        if (child.options.ial) this.updateAttrWithIal(child.attr, child.options.ial as Record<string, any>);
      } else if (child.type === 'blank') {
        if (lastBlank) lastBlank.value += child.value;
        else {
          lastBlank = child;
          out.push(child);
        }
      } else {
        lastBlank = null;
        this.updateTree(child);
        if (child.options.ial) this.updateAttrWithIal(child.attr, child.options.ial as Record<string, any>);
        if (child.type === 'dt' || (child.type === 'header' && this.options.auto_id_stripping)) this.updateRawText(child);
        out.push(child);
      }
    }
    element.children = out;
  }

  updateAttrWithIal(attr: Record<string, string>, ial: Record<string, any>): void {
    for (const ref of (ial.refs as string[] | undefined) ?? []) {
      const r = this.alds[ref];
      if (r) this.updateAttrWithIal(attr, r);
    }
    for (const [k, v] of Object.entries(ial)) {
      if (k === 'refs') continue;
      if (k === 'class') attr.class = joinClass(attr.class, String(v));
      else attr[k] = v;
    }
  }

  updateRawText(item: Element): void {
    item.options.raw_text = this.gfm ? rawTextGfm(item, '') : rawText(item, '');
  }

  newBlockEl(type: string, value: any = null, attr: Record<string, string> | null = null, options: Record<string, unknown> | null = null): Element {
    const el = new Element(type, value, attr, options);
    if (this.blockIal) {
      el.options.ial = this.blockIal;
      this.blockIal = null;
    }
    return el;
  }

  addText(text: string, tree: Element = this.tree, type: string = this.textType): void {
    const last = tree.children[tree.children.length - 1];
    if (last && last.type === type) last.value += text;
    else if (text !== '') {
      const location = (last && last.options.location) || tree.options.location;
      tree.children.push(new Element(type, text, null, { location }));
    }
  }

  afterBlockBoundary(): boolean {
    const last = this.tree.children[this.tree.children.length - 1];
    return !last || last.type === 'blank' || (last.type === 'eob' && last.value === null) || !!this.blockIal;
  }

  beforeBlockBoundary(): boolean {
    return this.src.check(BLOCK_BOUNDARY_RE) !== null;
  }

  parseAttributeList(str: string, opts: Record<string, any>): void {
    parseAttributeList(this, str, opts);
  }

  /** Whether a nested span construct may still be attempted (nesting depth and work budget). */
  spanNestingAllowed(): boolean {
    return this.spanDepth < MAX_SPAN_DEPTH && this.spanWork < this.spanBudget;
  }

  /** Whether an element of `type` encloses the current position (the tree or anything on the stack). */
  insideType(type: string): boolean {
    if (this.tree && this.tree.type === type) return true;
    const stack = this.stack;
    for (let i = 0; i < stack.length; i++) {
      const t = stack[i]![0];
      if (t && t.type === type) return true;
    }
    return false;
  }
}

export { StopBlockParsing, normalizeLinkId } from './util.js';

/** kramdown's adapt_source: newlines normalised, exactly one trailing newline. */
export function adaptSource(source: string): string {
  let s = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  if (s.endsWith('\n')) s = s.slice(0, -1);
  return s + '\n';
}

import { BLOCK_BOUNDARY } from './patterns.js';
import { entity, entityChar } from './html/entities.js';

const ANY_LINE = re('[^\\n]*\\n');

const FIRST_CHAR_CACHE = new WeakMap<object[], object[][]>();
/**
 * The parsers of a list that may start at each character, in list order: index = char code below 128, 128 for
 * any other character, 129 past the end. A parser with `first` is kept only for those characters (its `may`
 * fails for the others); parsers without it are kept everywhere.
 */
let lastParsers: object[] | null = null;
let lastTable: object[][] = [];
function byFirstChar<T extends { first?: string }>(parsers: T[]): T[][] {
  if (parsers === lastParsers) return lastTable as T[][];
  let table = FIRST_CHAR_CACHE.get(parsers) as T[][] | undefined;
  if (!table) {
    table = [];
    for (let code = 0; code < 130; code++) table.push(parsers.filter((p) => p.first === undefined || (code < 128 && p.first.includes(String.fromCharCode(code)))));
    FIRST_CHAR_CACHE.set(parsers, table);
  }
  lastParsers = parsers;
  lastTable = table;
  return table;
}

const USED_RE_CACHE = new WeakMap<SpanParser[], Map<Pattern | object, Pattern>>();
const NO_STOP = {};
const MAX_BLOCK_DEPTH = 100;
const MAX_SPAN_DEPTH = 40;
/**
 * Every span start pattern and every stop pattern used with parseSpans begins with one of these characters,
 * or one character before a quote, `<` or `>` (smart quotes, ` <<`/` >>`), or two before a newline (`  \n`).
 */
const SPAN_TRIGGERS = /[*_`<[\]!$\\{&~"'>.\-\n]/g;
const isQuote = (c: number): boolean => c === 34 || c === 39;
/**
 * How far before the trigger at `j` a start or stop pattern may begin (see scanUntilTriggered), or -1 when
 * none can because of what follows: at `-`, `.` and `!` only `--`, `...`, `![` or a smart quote (the trigger
 * then being the character before a quote) can start; at `>` only `>>`, ` >>`, `\>>` or a smart quote; at a
 * newline only a `  \n` line break two characters before, or a smart quote.
 */
function spanTriggerBack(str: string, j: number): number {
  const ch = str.charCodeAt(j);
  switch (ch) {
    case 45: case 46: {
      const n = str.charCodeAt(j + 1);
      return n === ch || isQuote(n) ? 0 : -1;
    }
    case 33: {
      const n = str.charCodeAt(j + 1);
      return n === 91 || isQuote(n) ? 0 : -1;
    }
    case 62: {
      const n = str.charCodeAt(j + 1);
      return n === 62 ? 1 : isQuote(n) ? 0 : -1;
    }
    case 10:
      if (j >= 2 && str.charCodeAt(j - 1) === 32 && str.charCodeAt(j - 2) === 32) return 2;
      return isQuote(str.charCodeAt(j + 1)) ? 0 : -1;
    case 34: case 39: case 60:
      return 1;
    default:
      return 0;
  }
}
const SPAN_BUDGET_FACTOR = 4;
const SPAN_BUDGET_BASE = 20_000;
const BLOCK_BOUNDARY_RE = re(BLOCK_BOUNDARY);
/** kramdown's update_raw_text: the text of all text descendants. */
function rawText(el: Element, acc: string): string {
  if (el.type === 'text') return acc + el.value;
  for (const c of el.children) acc = rawText(c, acc);
  return acc;
}

/** parser-gfm's update_raw_text: also code spans, math, entities, smart quotes and typographic symbols. */
function rawTextGfm(el: Element, acc: string): string {
  switch (el.type) {
    case 'text': case 'codespan': case 'math':
      return acc + el.value;
    case 'entity':
      return acc + entityCharOf(el.value);
    case 'smart_quote':
      return acc + entityCharOf(entityByName(String(el.value)));
    case 'typographic_sym':
      if (el.value === 'laquo_space') return acc + '«\u00a0';
      if (el.value === 'raquo_space') return acc + '\u00a0»';
      return acc + entityCharOf(entityByName(String(el.value)));
  }
  for (const c of el.children) acc = rawTextGfm(c, acc);
  return acc;
}

function entityByName(name: string) {
  return entity(name)!;
}
function entityCharOf(e: { codePoint: number; name: string | null }): string {
  return entityChar(e) ?? '';
}
