// libsass 3.6.2 (sass.js, what kiln runs) sets its emitter's `in_media_block` flag when it writes
// an @media rule and never clears it; 3.6.5 (sassc, what Jekyll runs) clears it when the rule ends.
// While the flag is set, comma lists print as ", " in compressed output and operators in
// interpolated expressions get spaces, so 3.6.2 differs from 3.6.5 everywhere after the first
// @media rule. The worker therefore compiles such a stylesheet a second time with @media renamed to
// an unknown at-rule (which libsass bubbles the same way but which never sets the flag): outside
// the media rules that output is what 3.6.5 writes, inside them the first one is. This splices the
// two, CSS and source map, and keeps the first output whenever they do not line up.
import { decodeMappings, encodeMappings, type Segment } from './vlq.js';

/** The at-rule the second compile uses in place of @media: as long, so source columns stay. */
export const RENAMED_MEDIA = '@kilnm';

/**
 * `text` with every `@media` rule renamed `name` (as long) and its query blanked up to the block (spaces,
 * newlines kept): libsass parses an unknown at-rule's prelude as plain text, which rejects some
 * media queries (a `//` comment between two of them), and the second compile never uses it.
 * Self-contained: the worker thread runs its source text.
 */
export function renameMediaRules(text: string, indented: boolean, name: string): string {
  const pattern = /@media(?![\w-])/g;
  let out = '';
  let from = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Only at-rules: a statement starts there (not in a comment or a string).
    let before = m.index - 1;
    while (text[before] === ' ' || text[before] === '\t') before--;
    if (before >= 0 && !'\n\r{};'.includes(text[before]!)) continue;
    out += text.slice(from, m.index) + name;
    let i = m.index + 6;
    let interpolation = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (indented && c === '\n') break;
      if (!indented && c === '/' && text[i + 1] === '/') {
        while (i < text.length && text[i] !== '\n') (out += ' '), i++;
        continue;
      }
      if (c === '#' && text[i + 1] === '{') {
        interpolation++;
        out += '  ';
        i += 2;
        continue;
      }
      if (c === '}' && interpolation > 0) interpolation--;
      else if ((c === '{' || c === ';') && interpolation === 0) break;
      out += c === '\n' || c === '\r' ? c : ' ';
      i++;
    }
    from = i;
    pattern.lastIndex = i;
  }
  return out + text.slice(from);
}

export interface CompiledCss {
  css: string;
  /** The source map as JSON text. */
  map?: string;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The output 3.6.5 would write: `flagged` (the normal compile) inside its @media rules, `clean`
 * (the renamed compile) elsewhere. `flagged` itself when the two do not have the same rules and
 * the same text outside them (spaces aside), or their maps do not list the same sources.
 */
export function spliceMediaRules(flagged: CompiledCss, clean: CompiledCss): CompiledCss {
  const inFlagged = ruleSpans(flagged.css, '@media');
  const inClean = ruleSpans(clean.css, RENAMED_MEDIA);
  if (!inFlagged || !inClean || inFlagged.length === 0 || inFlagged.length !== inClean.length) return flagged;
  const outsideFlagged = gaps(flagged.css, inFlagged);
  const outsideClean = gaps(clean.css, inClean);
  for (let i = 0; i < outsideFlagged.length; i++) {
    if (withoutSpaces(flagged.css, outsideFlagged[i]!) !== withoutSpaces(clean.css, outsideClean[i]!)) return flagged;
  }
  // The pieces in output order: text outside the rules from `clean`, the rules from `flagged`.
  const pieces: { from: 'flagged' | 'clean'; span: Span }[] = [];
  outsideClean.forEach((gap, i) => {
    pieces.push({ from: 'clean', span: gap });
    if (i < inFlagged.length) pieces.push({ from: 'flagged', span: inFlagged[i]! });
  });
  const texts = { flagged: flagged.css, clean: clean.css };
  const css = pieces.map((p) => texts[p.from].slice(p.span.start, p.span.end)).join('');
  if (css === flagged.css) return flagged;
  if (flagged.map === undefined || clean.map === undefined) return flagged.map === undefined && clean.map === undefined ? { css } : flagged;
  const map = spliceMaps(flagged, clean, pieces, css);
  return map === undefined ? flagged : { css, map };
}

/**
 * The extent of each `keyword` at-rule (from the keyword to its block's closing brace) that is not
 * inside another, skipping strings, comments and unquoted url()s; undefined when the braces do not
 * balance.
 */
function ruleSpans(css: string, keyword: string): Span[] | undefined {
  const spans: Span[] = [];
  let depth = 0;
  let open: { start: number; depth: number; entered: boolean } | undefined;
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (c === '"' || c === "'") {
      i = endOfString(css, i);
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close < 0 ? css.length : close + 1;
    } else if (c === 'u' && css.startsWith('url(', i) && !/[\w-]/.test(css[i - 1] ?? '')) {
      i = endOfUrl(css, i + 4);
    } else if (c === '@' && !open && css.startsWith(keyword, i) && !/[\w-]/.test(css[i + keyword.length] ?? '')) {
      open = { start: i, depth, entered: false };
      i += keyword.length - 1;
    } else if (c === '{') {
      depth++;
      if (open && !open.entered && depth === open.depth + 1) open.entered = true;
    } else if (c === '}') {
      depth--;
      if (depth < 0) return undefined;
      if (open?.entered && depth === open.depth) {
        spans.push({ start: open.start, end: i + 1 });
        open = undefined;
      }
    } else if (c === ';' && open && !open.entered && depth === open.depth) {
      open = undefined; // a block-less at-rule: not a media rule's output
    }
  }
  return depth === 0 && !open ? spans : undefined;
}

function endOfString(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote || css[i] === '\n') return i;
  }
  return css.length;
}

function endOfUrl(css: string, from: number): number {
  let i = from;
  while (css[i] === ' ') i++;
  if (css[i] === '"' || css[i] === "'") return from - 1; // quoted: the string rule takes it next
  const close = css.indexOf(')', i);
  return close < 0 ? css.length : close;
}

/** The text between and around `spans`: one more gap than spans. */
function gaps(css: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    out.push({ start: at, end: s.start });
    at = s.end;
  }
  out.push({ start: at, end: css.length });
  return out;
}

function withoutSpaces(css: string, span: Span): string {
  return css.slice(span.start, span.end).replace(/ /g, '');
}

interface RawMap {
  sources?: unknown;
  mappings?: unknown;
  [key: string]: unknown;
}

/** The two maps' segments, each taken from the piece its generated position falls in, moved to the spliced text. */
function spliceMaps(flagged: CompiledCss, clean: CompiledCss, pieces: { from: 'flagged' | 'clean'; span: Span }[], css: string): string | undefined {
  let a: RawMap;
  let b: RawMap;
  try {
    a = JSON.parse(flagged.map!) as RawMap;
    b = JSON.parse(clean.map!) as RawMap;
  } catch {
    return undefined;
  }
  if (typeof a.mappings !== 'string' || typeof b.mappings !== 'string' || JSON.stringify(a.sources) !== JSON.stringify(b.sources)) return undefined;
  const segments = { flagged: decodeMappings(a.mappings), clean: decodeMappings(b.mappings) };
  const starts = { flagged: lineStarts(flagged.css), clean: lineStarts(clean.css) };
  const lengths = { flagged: flagged.css.length, clean: clean.css.length };
  const outStarts = lineStarts(css);
  const moved: Segment[] = [];
  let outOffset = 0;
  for (const piece of pieces) {
    const lines = starts[piece.from];
    // At a media rule's end the first compile's segments are kept (the rule's own closing one
    // and the next rule's opening ones); the renamed compile has no closing one there.
    const endInclusive = piece.from === 'flagged' || piece.span.end === lengths[piece.from];
    // ...and taken once: a media rule right after another starts where the previous one's end took them.
    const previous = pieces[pieces.indexOf(piece) - 1];
    const startExclusive = piece.from === 'clean' ? piece.span.start > 0 : previous !== undefined && previous.span.start === previous.span.end && previous !== pieces[0];
    for (const s of segments[piece.from]) {
      const offset = (lines[s.line] ?? Infinity) + s.column;
      if (offset < piece.span.start || offset > piece.span.end) continue;
      if ((offset === piece.span.end && !endInclusive) || (offset === piece.span.start && startExclusive)) continue;
      moved.push({ ...toLineColumn(outStarts, outOffset + offset - piece.span.start), rest: s.rest });
    }
    outOffset += piece.span.end - piece.span.start;
  }
  moved.sort((x, y) => x.line - y.line || x.column - y.column);
  return JSON.stringify({ ...a, mappings: encodeMappings(moved) });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toLineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo]! };
}
