// Scanner: a position over a string with Ruby StringScanner semantics (what kramdown's parsers are
// written against): anchored `check`/`scan`, `scanUntil`, capture groups of the last match, and the
// 1-based line number of the current position (counted incrementally, so it stays linear).

/** A regexp compiled twice: sticky (anchored at the position) and global (searching from it). */
export interface Pattern {
  readonly sticky: RegExp;
  readonly global: RegExp;
  /** Uses `^`: Ruby's scanner treats the position as a line start, so such patterns run on the rest. */
  readonly caret: boolean;
}

const cache = new Map<string, Pattern>();

/**
 * Compile a pattern. Sources are written in JS syntax with Ruby's meaning in mind: `^` only after a
 * newline inside a pattern (the match position itself is the anchor), `[^\n]` for Ruby's `.`.
 */
export function re(source: string, flags = ''): Pattern {
  const key = flags + '/' + source;
  let p = cache.get(key);
  if (!p) {
    const js = rubyAnchors(source);
    p = { sticky: new RegExp(js, 'yu' + flags), global: new RegExp(js, 'gu' + flags), caret: /\^/.test(source.replace(/\\[\s\S]/g, '').replace(/\[[^\]]*\]/g, '')) };
    cache.set(key, p);
  }
  return p;
}

/**
 * Ruby's `^` and `$` (line anchors around \n only) in JS: with the `m` flag JS would also treat \r, U+2028 and
 * U+2029 as line ends, so outside character classes `^` becomes `(?<![^\n])` and `$` becomes `(?![^\n])`.
 */
export function rubyAnchors(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (source[i + 1] === ']') {
        out += ']';
        i++;
      }
    } else if (c === '^') out += '(?<![^\n])';
    else if (c === '$') out += '(?![^\n])';
    else out += c;
  }
  return out;
}

/** A RegExp with Ruby line-anchor semantics (see rubyAnchors); `flags` without `m`. */
export function rubyRegExp(source: string, flags: string): RegExp {
  return new RegExp(rubyAnchors(source), flags);
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export class Scanner {
  readonly string: string;
  pos = 0;
  /** Captures of the last successful match (index 0 = whole match). */
  m: RegExpExecArray | null = null;
  /** Start index of the last match. */
  matchStart = 0;
  readonly startLine: number;
  private linePos = 0;
  private lineNo: number;

  constructor(string: string, startLine = 1) {
    this.string = string;
    this.startLine = startLine;
    this.lineNo = startLine;
  }

  eos(): boolean {
    return this.pos >= this.string.length;
  }

  /** The match at the position, without moving. */
  check(p: Pattern): string | null {
    const r = p.sticky;
    let m: RegExpExecArray | null;
    if (p.caret && this.pos > 0 && this.string.charCodeAt(this.pos - 1) !== 10) {
      r.lastIndex = 0;
      m = r.exec(this.string.slice(this.pos));
    } else {
      r.lastIndex = this.pos;
      m = r.exec(this.string);
    }
    if (!m) {
      this.m = null;
      return null;
    }
    this.m = m;
    this.matchStart = this.pos;
    return m[0];
  }

  match(p: Pattern): boolean {
    return this.check(p) !== null;
  }

  /** The match at the position; moves past it. */
  scan(p: Pattern): string | null {
    const s = this.check(p);
    if (s !== null) this.pos += s.length;
    return s;
  }

  /** Everything from the position up to and including the next match; moves past it. */
  scanUntil(p: Pattern): string | null {
    const r = p.global;
    let m: RegExpExecArray | null;
    let offset = 0;
    if (p.caret && this.pos > 0 && this.string.charCodeAt(this.pos - 1) !== 10) {
      r.lastIndex = 0;
      offset = this.pos;
      m = r.exec(this.string.slice(this.pos));
    } else {
      r.lastIndex = this.pos;
      m = r.exec(this.string);
    }
    if (!m) {
      this.m = null;
      return null;
    }
    this.m = m;
    this.matchStart = m.index + offset;
    const end = this.matchStart + m[0].length;
    const s = this.string.slice(this.pos, end);
    this.pos = end;
    return s;
  }

  /**
   * scanUntil for a zero-width pattern that can only match at, or one or two characters before, a
   * character of `triggers` (a global class regexp): the pattern is tried only at those candidates.
   * `back(str, j)` says how far before the trigger character at `j` a match may start, or -1 when no match
   * can start at or before it because of that character. Same result as scanUntil.
   */
  scanUntilTriggered(p: Pattern, triggers: RegExp, back: (str: string, j: number) => number): string | null {
    const str = this.string;
    const r = p.sticky;
    let next = this.pos;
    triggers.lastIndex = this.pos;
    for (;;) {
      // test() rather than exec(): no match array (every trigger is one UTF-16 unit).
      if (!triggers.test(str)) return null;
      const j = triggers.lastIndex - 1;
      // Step back by characters (code points), never into the middle of a surrogate pair.
      const b = back(str, j);
      if (b < 0) continue;
      let from = j;
      for (let k = b; k > 0 && from > next; k--) {
        from--;
        if (from > next && isLowSurrogate(str.charCodeAt(from)) && isHighSurrogate(str.charCodeAt(from - 1))) from--;
      }
      for (let c = from; c <= j; c++) {
        if (c > 0 && isLowSurrogate(str.charCodeAt(c)) && isHighSurrogate(str.charCodeAt(c - 1))) continue;
        r.lastIndex = c;
        if (r.test(str)) {
          const s = str.slice(this.pos, c);
          this.m = null;
          this.matchStart = c;
          this.pos = c;
          return s;
        }
      }
      next = j + 1;
    }
  }

  /**
   * PARAGRAPH_MATCH (`^.*?\n`) without a regexp: the rest of the line and its newline; moves past it.
   * Null (position unchanged) when no newline follows.
   */
  scanLine(): string | null {
    const nl = this.string.indexOf('\n', this.pos);
    this.m = null;
    if (nl < 0) return null;
    const s = this.string.slice(this.pos, nl + 1);
    this.matchStart = this.pos;
    this.pos = nl + 1;
    return s;
  }

  /** Length of BLANK_LINE (`(?:^[ \t\v\f\r]*\n)+`) at the position, 0 when it does not match. */
  blankLinesLength(): number {
    const str = this.string;
    let end = this.pos;
    let i = end;
    for (;;) {
      const c = str.charCodeAt(i);
      if (c === 32 || c === 9 || c === 11 || c === 12 || c === 13) i++;
      else if (c === 10) end = ++i;
      else return end - this.pos;
    }
  }

  /** TRAILING_WHITESPACE (`[ \t]*\n`) at the position without a regexp; moves past it. True when it matched. */
  skipTrailingWhitespace(): boolean {
    const str = this.string;
    let i = this.pos;
    let c = str.charCodeAt(i);
    while (c === 32 || c === 9) c = str.charCodeAt(++i);
    this.m = null;
    if (c !== 10) return false;
    this.matchStart = this.pos;
    this.pos = i + 1;
    return true;
  }

  /** BLANK_LINE scanned without a regexp; moves past it. */
  scanBlankLines(): string | null {
    const n = this.blankLinesLength();
    this.m = null;
    if (n === 0) return null;
    const s = this.string.slice(this.pos, this.pos + n);
    this.matchStart = this.pos;
    this.pos += n;
    return s;
  }

  /** Everything up to the next `ch` at which `accept(string, index)` holds; moves there. Null (no move) when none. */
  scanUntilCharWhere(ch: string, accept: (str: string, j: number) => boolean): string | null {
    const str = this.string;
    for (let j = str.indexOf(ch, this.pos); j >= 0; j = str.indexOf(ch, j + 1)) {
      if (!accept(str, j)) continue;
      const s = str.slice(this.pos, j);
      this.m = null;
      this.matchStart = j;
      this.pos = j;
      return s;
    }
    return null;
  }

  /** Take `m`, a match found at the position by other means, as the last match and move past it. */
  acceptMatch(m: RegExpExecArray): string {
    this.m = m;
    this.matchStart = this.pos;
    this.pos += m[0].length;
    return m[0];
  }

  group(i: number): string | undefined {
    return this.m ? this.m[i] : undefined;
  }

  get matched(): string {
    return this.m ? this.m[0] : '';
  }

  /** Text before the last match (from the start of the string). */
  preMatch(): string {
    return this.string.slice(0, this.matchStart);
  }

  /** The character before the last match start ('' at the start). */
  charBeforeMatch(): string {
    return this.matchStart > 0 ? this.string[this.matchStart - 1]! : '';
  }

  getch(): string {
    if (this.eos()) return '';
    const c = this.string.codePointAt(this.pos)!;
    const s = String.fromCodePoint(c);
    this.pos += s.length;
    return s;
  }

  rest(): string {
    return this.string.slice(this.pos);
  }

  terminate(): void {
    this.pos = this.string.length;
  }

  setPos(pos: number): void {
    if (pos < this.linePos) {
      this.linePos = 0;
      this.lineNo = this.startLine;
    }
    this.pos = pos;
  }

  savePos(): [number, number, number] {
    return [this.pos, this.linePos, this.lineNo];
  }

  revertPos(s: [number, number, number]): void {
    this.pos = s[0];
    this.linePos = s[1];
    this.lineNo = s[2];
  }

  private lastIndexCache: Map<string, number> | null = null;
  private lastBrace = -2;

  /** string.lastIndexOf(s), computed once per scanner (used to rule out unclosable constructs cheaply). */
  lastIndexOf(s: string): number {
    if (s === '}') return this.lastBrace === -2 ? (this.lastBrace = this.string.lastIndexOf('}')) : this.lastBrace;
    this.lastIndexCache ??= new Map();
    let v = this.lastIndexCache.get(s);
    if (v === undefined) this.lastIndexCache.set(s, (v = this.string.lastIndexOf(s)));
    return v;
  }

  private pipeFrom = -1;
  private pipeAt = -1;

  /** string.indexOf('|', from), remembering the last answer (a later search up to it has the same one). */
  nextPipe(from: number): number {
    if (this.pipeFrom >= 0 && from >= this.pipeFrom && (this.pipeAt < 0 || from <= this.pipeAt)) return this.pipeAt;
    this.pipeFrom = from;
    return (this.pipeAt = this.string.indexOf('|', from));
  }

  private nlFrom = -1;
  private nlAt = -1;

  /** indexOf('\n', from), remembering the last answer so repeated calls on a long line stay cheap. */
  private nextNewline(from: number): number {
    if (from >= this.nlFrom && this.nlFrom >= 0 && (this.nlAt < 0 || from <= this.nlAt)) return this.nlAt;
    const at = this.string.indexOf('\n', from);
    this.nlFrom = from;
    this.nlAt = at;
    return at;
  }

  /** kramdown's current_line_number: start line plus newlines before position+1. */
  currentLine(): number {
    const str = this.string;
    let i = this.linePos;
    const limit = this.pos + 1;
    for (;;) {
      const nl = this.nextNewline(i);
      if (nl < 0 || nl + 1 > limit) break;
      this.lineNo++;
      i = nl + 1;
    }
    this.linePos = this.eos() ? this.pos : this.pos + 1;
    return this.lineNo;
  }
}
