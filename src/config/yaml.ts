// YAML as Jekyll reads it: Ruby's Psych (YAML 1.1). The `yaml` package parses the structure with its
// failsafe schema (every scalar a string); plain scalars are then typed by a port of Psych's
// ScalarScanner, so `yes`/`off` are booleans, `017` is octal, `12:30` is sexagesimal, `2024-03-05` a
// date and `2024-03-05 08:07:09 -05:00` a time keeping its offset, exactly as Jekyll sees them.
import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import type { Node, Document } from 'yaml';
import { KilnError, codeFrame } from '../util/errors.js';
import { parseDocumentLikePsych } from './yaml-lexer.js';
import { RubyTime, RubyDate } from '../liquid/ruby/time.js';
import { RubyFloat } from '../liquid/ruby/value.js';

export interface YamlSource {
  /** File named in errors (relative to the site source). */
  file: string;
  /** Lines before the YAML text in that file (1 for front matter, after the opening `---`). */
  lineOffset?: number;
  /** The whole file's text, for the code frame. */
  fileText?: string;
}

/** Parses YAML text into plain JS values (Psych's typing). Syntax errors throw KilnError with file:line:col. */
export function parseYaml(text: string, source: YamlSource): unknown {
  const fast = parseSimpleMapping(text);
  if (fast !== undefined) return fast;
  return parseYamlDocument(text, source);
}

// The `yaml` package is loaded on first need: most front matter takes the fast path below.
let yamlModule: typeof YamlModule | undefined;
function yamlLib(): typeof YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule;
  return yamlModule;
}

/** The full parser (any YAML), without the flat-mapping fast path. */
export function parseYamlDocument(text: string, source: YamlSource, closingRoot = true): unknown {
  const doc = parseDocumentLikePsych(yamlLib(), text, { schema: 'failsafe', version: '1.1', uniqueKeys: false, strict: false });
  const offset = source.lineOffset ?? 0;
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const root = closingRoot ? psychClosedRoot(text, err.linePos?.[0]?.line) : undefined;
    if (root !== undefined) {
      try {
        return parseYamlDocument(root, source, false);
      } catch {
        // The part before the dedent is broken too: report the first error of the whole text.
      }
    }
    const line = (err.linePos?.[0]?.line ?? 1) + offset;
    const column = err.linePos?.[0]?.col;
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new KilnError(`YAML syntax error: ${message}`, {
      file: source.file,
      line,
      column,
      frame: codeFrame(source.fileText ?? text, source.fileText ? line : line - offset, column),
    });
  }
  return new Converter(doc).value(doc.contents as Node | null);
}

/**
 * Psych returns the first document as soon as its root node closes, and never reads further: a
 * root block collection indented by n columns closes at the first line indented less than n, and
 * what follows is ignored, however broken (`  layout: null\nsitemap:\nexclude: 'yes'` is
 * {layout: nil}). Given the line (1-based) of the first error, the text up to that line when the
 * error is such a dedent after an indented root block collection; otherwise undefined.
 */
function psychClosedRoot(text: string, errorLine: number | undefined): string | undefined {
  if (errorLine === undefined) return undefined;
  const lines = text.split('\n');
  // Front matter keeps its opening `---` (Jekyll parses the text from it): the root starts after.
  const rootLine = lines.findIndex((l) => !/^(?:\s*(#.*)?|---\s*)\r?$/.test(l));
  if (rootLine < 0 || errorLine - 1 <= rootLine || errorLine > lines.length) return undefined;
  const indentOf = (l: string) => /^ */.exec(l)![0].length;
  const indent = indentOf(lines[rootLine]!);
  const first = lines[rootLine]!.slice(indent);
  const blockCollection = /^-(\s|$)/.test(first) || /^(?:[^\s#'"[\]{}|>!&*%@`][^#]*?|"[^"]*"|'[^']*')\s*:(\s|$)/.test(first);
  if (indent === 0 || !blockCollection || indentOf(lines[errorLine - 1]!) >= indent) return undefined;
  return lines.slice(0, errorLine - 1).join('\n') + '\n';
}

class Converter {
  private readonly seen = new Map<Node, unknown>();
  constructor(private readonly doc: Document) {}

  value(node: Node | null | undefined): unknown {
    if (node == null) return null;
    const { isAlias, isScalar, isSeq, isMap, isPair } = yamlLib();
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as Node | undefined;
      if (!target) return null;
      if (this.seen.has(target)) return this.seen.get(target);
      return this.value(target);
    }
    if (isScalar(node)) return this.scalar(node.value as string, node.type, node.tag);
    if (isSeq(node)) {
      const out: unknown[] = [];
      this.seen.set(node, out);
      for (const item of node.items) out.push(this.value(item as Node));
      return out;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      this.seen.set(node, out);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const isMerge = isScalar(keyNode) && keyNode.type === 'PLAIN' && keyNode.value === '<<' && !keyNode.tag;
        const value = this.value(pair.value as Node | null);
        if (isMerge) mergeKey(out, value);
        else out[keyString(this.value(keyNode))] = value;
      }
      return out;
    }
    return null;
  }

  private scalar(text: string, type: string | undefined, tag: string | undefined): unknown {
    if (tag) {
      const t = tag.replace(/^tag:yaml\.org,2002:/, '!!').replace(/^!(?!!)/, '!');
      switch (t) {
        case '!!str': return text;
        case '!!int': return Number.parseInt(text.replace(/[_,]/g, ''), 10);
        case '!!float': return rubyFloat(Number.parseFloat(text.replace(/[_,]/g, '')));
        case '!!bool': return /^(yes|true|on)$/i.test(text);
        case '!!null': return null;
        default: return type === 'PLAIN' ? tokenize(text) : text;
      }
    }
    if (type !== 'PLAIN') return text;
    return tokenize(text);
  }
}

const isHash = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RubyTime) && !(v instanceof RubyDate);

/**
 * Psych's `<<` (revive_hash), applied where it stands: a mapping is merged in with Hash#merge!, so its
 * values replace the keys read so far (which keep their place) and later keys replace its values; a
 * list of mappings is merged first to last with the earlier ones winning; anything else (or a list
 * holding a non-mapping) is kept as an ordinary `<<` key.
 */
function mergeKey(out: Record<string, unknown>, value: unknown): void {
  if (isHash(value)) {
    Object.assign(out, value);
    return;
  }
  if (Array.isArray(value) && value.every(isHash)) {
    const merged: Record<string, unknown> = {};
    for (const h of [...value].reverse()) Object.assign(merged, h);
    Object.assign(out, merged);
    return;
  }
  out['<<'] = value;
}

function keyString(key: unknown): string {
  if (key === null || key === undefined) return '';
  return String(key);
}

const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/;
const FLOAT = /^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?)$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;
const STRINGY = /^[^\d.:-]?[\p{L}_\s!@#$%^&*(){}<>|/\\~;=]+/u;

/** Psych's ScalarScanner#tokenize: the Ruby value of a plain scalar. */
export function tokenize(string: string): unknown {
  if (string === '') return null;
  if (STRINGY.test(string) || string.includes('\n')) {
    if (string.length > 5) return string;
    if (/^[^ytonf~]/i.test(string)) return string;
    if (string === '~' || /^null$/i.test(string)) return null;
    if (/^(yes|true|on)$/i.test(string)) return true;
    if (/^(no|false|off)$/i.test(string)) return false;
    return string;
  }
  if (TIME.test(string)) return parseYamlTime(string) ?? string;
  if (DATE.test(string)) {
    const [y, m, d] = string.split('-').map(Number) as [number, number, number];
    // Date.strptime('%F') rejects impossible days (Feb 30): Psych then keeps the string.
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return string;
    return new RubyDate(y, m, d);
  }
  if (/^\+?\.inf$/i.test(string)) return Infinity;
  if (/^-\.inf$/i.test(string)) return -Infinity;
  if (/^\.nan$/i.test(string)) return NaN;
  if (/^:./.test(string)) return string; // Ruby symbols are not permitted by safe_load; Jekyll would fail
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/.test(string)) return sexagesimal(string, false);
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/.test(string)) return sexagesimal(string, true);
  if (FLOAT.test(string)) {
    if (/^[-+]?\.$/.test(string)) return string;
    return rubyFloat(Number.parseFloat(string.replace(/[,_]/g, '').replace(/\.([Ee]|$)/, '$1')));
  }
  if (INTEGER.test(string)) return parseRubyInteger(string.replace(/[,_]/g, ''));
  return string;
}

function sexagesimal(string: string, float: boolean): number {
  // Psych sums n * 60 ** |e - 2| over the parts (so `1:30` is 1*3600 + 30*60, as Psych really does).
  let total = 0;
  string.split(':').forEach((part, e) => {
    const n = float ? Number.parseFloat(part.replace(/_/g, '')) : Number.parseInt(part.replace(/_/g, ''), 10);
    total += n * 60 ** Math.abs(e - 2);
  });
  return total;
}

/** Ruby's Integer(): 0b, 0x, leading-0 octal. */
function parseRubyInteger(s: string): number {
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (/^0b/i.test(s)) return sign * Number.parseInt(s.slice(2), 2);
  if (/^0x/i.test(s)) return sign * Number.parseInt(s.slice(2), 16);
  if (/^0[0-7]+$/.test(s)) return sign * Number.parseInt(s.slice(1), 8);
  return sign * Number.parseInt(s, 10);
}

/** Psych's parse_time: no zone → the UTC digits shown in the local zone; `Z` → UTC; offsets kept. */
export function parseYamlTime(string: string): RubyTime | null {
  const [date, time] = splitOnce(string, /[ tT]/);
  const dm = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/.exec(date);
  const md = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/.exec(time ?? '');
  if (!dm || !md) return null;
  const [yy, m, dd] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  const [hh, mm, ss] = md[1]!.split(':').map(Number) as [number, number, number];
  const frac = md[2] ? Number(`0.${md[2]}`) : 0;
  const ms = Math.floor(frac * 1000);
  if (m < 1 || m > 12 || dd < 1 || dd > 31 || hh > 24 || mm > 59 || ss > 60) return null;
  const utc = Date.UTC(yy, m - 1, dd, hh, mm, ss, ms);
  if (md[3] === 'Z') return new RubyTime(utc, 0, true);
  if (!md[3]) return RubyTime.at(utc);
  const tz = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(md[3]);
  if (!tz) return null;
  const hours = Number.parseInt(tz[1]!, 10);
  const minutes = tz[2] ? Number.parseInt(tz[2], 10) : 0;
  const offset = hours * 3600 + (hours < 0 || tz[1]!.startsWith('-') ? -minutes : minutes) * 60;
  return RubyTime.withOffset(yy, m, dd, hh, mm, ss, ms, offset);
}

function splitOnce(s: string, re: RegExp): [string, string | undefined] {
  const m = re.exec(s);
  if (!m) return [s, undefined];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

/** A Ruby Float: integral values keep their `.0` when printed (RubyFloat), others are plain numbers. */
function rubyFloat(n: number): number | RubyFloat {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

// Spaces before the colon (`layout    : page`, aligned front matter) are not part of the key.
const SIMPLE_KEY = /^([A-Za-z0-9_$][^:#]*?)[ ]*:(?:[ ]+(.*?))?[ ]*$/;
const PLAIN_START_FORBIDDEN = /^(?:[\[\]{}#&*!|>'"%@`,?]|-[ \t]|-$|:[ \t]|:$)/;

/**
 * The common shape of front matter — a flat mapping of `key: scalar` lines, quoted strings and
 * one-line flow lists of plain items — parsed directly (the `yaml` package's Document API costs
 * about a millisecond per file). Anything else returns undefined and goes to the full parser, so the
 * result is always the one the full parser gives.
 */
export function parseSimpleMapping(text: string): Record<string, unknown> | null | undefined {
  if (text.includes('\t') || text.includes('\r') && !/^[^\r]*(\r\n[^\r]*)*$/.test(text)) return undefined;
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  if (lines[0] !== undefined && /^---[ ]*$/.test(lines[0])) i = 1;
  const out: Record<string, unknown> = {};
  let any = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || /^[ ]*$/.test(line) || /^#/.test(line)) continue;
    if (line[0] === ' ') return undefined;
    const m = SIMPLE_KEY.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (/[\[\]{}"'&*!|>%@`]/.test(key) || key.includes(' #')) return undefined;
    const raw = m[2];
    let value: unknown;
    if (raw === undefined || raw === '') {
      // A nested block may follow: only a plain nil when the next content line is another key.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.startsWith('#'));
      if (next !== undefined && (next[0] === ' ' || next.startsWith('-'))) return undefined;
      value = null;
    } else {
      value = simpleValue(raw);
      if (value === undefined) return undefined;
    }
    out[keyString(tokenize(key))] = value === NULL ? null : value;
    any = true;
  }
  return any ? out : null;
}

const NULL = Symbol('null');

function simpleValue(raw: string): unknown {
  const c = raw[0]!;
  if (c === '"') {
    const m = /^"([^"\\]*)"$/.exec(raw);
    return m ? m[1] : undefined;
  }
  if (c === "'") {
    const m = /^'((?:[^']|'')*)'$/.exec(raw);
    return m ? m[1]!.replace(/''/g, "'") : undefined;
  }
  if (c === '[') {
    const m = /^\[([^\[\]{}"'#&*!|>%@`]*)\]$/.exec(raw);
    if (!m) return undefined;
    const body = m[1]!.trim();
    if (body === '') return [];
    const items = body.split(',').map((x) => x.trim());
    if (items.some((x) => x === '' || x.includes(': ') || x.endsWith(':') || PLAIN_START_FORBIDDEN.test(x))) return undefined;
    return items.map((x) => tokenize(x));
  }
  if (PLAIN_START_FORBIDDEN.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) return undefined;
  const v = tokenize(raw);
  return v === null ? NULL : v;
}
