// Ruby string helpers kramdown relies on: strip family (ASCII whitespace and NUL only, unlike JS trim).

const WS = ' \t\n\v\f\r\0';

/** A character Ruby's strip removes: ASCII whitespace or NUL. */
function isStripped(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0;
}

export function lstrip(s: string): string {
  let i = 0;
  while (i < s.length && isStripped(s.charCodeAt(i))) i++;
  return i ? s.slice(i) : s;
}

export function rstrip(s: string): string {
  let j = s.length;
  while (j > 0 && isStripped(s.charCodeAt(j - 1))) j--;
  return j < s.length ? s.slice(0, j) : s;
}

export function strip(s: string): string {
  return lstrip(rstrip(s));
}

/** Ruby `\s` test for one character. */
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && c !== '' && c !== '\0' && WS.includes(c);
}

/** Ruby `\s` test for a character code (NaN, past the end, is not a space). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Ruby `str.split(/\s+/)`: a leading empty field is kept, trailing empty fields dropped. */
export function rubySplitWs(s: string): string[] {
  if (s === '') return [];
  const parts = s.split(/[ \t\n\v\f\r]+/);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Thrown by the block HTML parser when it meets the closing tag of the element being parsed. */
export class StopBlockParsing {
  constructor(readonly status: string) {}
}

/** kramdown's normalize_link_id: whitespace runs collapsed, lower-cased. */
export function normalizeLinkId(id: string): string {
  return id.replace(/[ \t\n\v\f\r]+/g, ' ').toLowerCase();
}

/** All matches of a global regexp (an exec loop: cheaper than matchAll, which clones the regexp). */
export function allMatches(re: RegExp, str: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(str)) !== null) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** `target.push(...items)` without the argument-count limit of spreading huge arrays. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

/** Ruby `"#{a} #{b}".lstrip` (class lists), without rescanning `a` when it has no leading whitespace. */
export function joinClass(a: string | undefined, b: string): string {
  if (a === undefined || a === '') return lstrip(' ' + b);
  const c = a.charCodeAt(0);
  if (c === 32 || (c >= 9 && c <= 13)) return lstrip(a + ' ' + b);
  return a + ' ' + b;
}
