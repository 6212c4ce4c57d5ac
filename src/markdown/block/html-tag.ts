// Hand-written matchers for HTML start tags, end tags and attribute lists, equal to the ASCII forms of
// HTML_TAG_RE, HTML_TAG_CLOSE_RE and HTML_ATTRIBUTE_RE (see patterns.ts asciiForm): same matches, same
// groups, no regexp run and no match array per tag. Callers fall back to the Unicode patterns where these
// return null, exactly as they did after the ASCII regexps. tests/markdown/html-tag.test.ts holds them to
// the regexps on random input.

/** `[A-Za-z_]`: the first character of a name. */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `[-A-Za-z0-9._]`: the other characters of a name. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/** `[A-Za-z0-9_]`: an unquoted attribute value. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Ruby's `\s`. */
function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * End of the name (`(?:N:)?N` with N = `[A-Za-z_][-A-Za-z0-9._]*`) starting at `i`, or -1. The optional
 * prefix is taken only when the run is followed by `:` and another name start, as the regexp's
 * backtracking decides.
 */
function nameEnd(str: string, i: number): number {
  if (!isNameStart(str.charCodeAt(i))) return -1;
  let j = i + 1;
  while (isNameChar(str.charCodeAt(j))) j++;
  if (str.charCodeAt(j) === 58 && isNameStart(str.charCodeAt(j + 1))) {
    j += 2;
    while (isNameChar(str.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * The optional value after a name ending at `j`: `\s*=\s*(?:([A-Za-z0-9_]+)|(["'])([\s\S]*?)\2)`. Returns the
 * end of the attribute and writes the value's bounds to `out` ([start, end], or [-1, -1] without a value;
 * out[2] = 1 when quoted).
 */
function valueEnd(str: string, j: number, out: number[]): number {
  out[0] = out[1] = -1;
  out[2] = 0;
  let k = j;
  while (isWs(str.charCodeAt(k))) k++;
  if (str.charCodeAt(k) !== 61) return j;
  k++;
  while (isWs(str.charCodeAt(k))) k++;
  const c = str.charCodeAt(k);
  if (isWordChar(c)) {
    let e = k + 1;
    while (isWordChar(str.charCodeAt(e))) e++;
    out[0] = k;
    out[1] = e;
    return e;
  }
  if (c === 34 || c === 39) {
    const close = str.indexOf(c === 34 ? '"' : "'", k + 1);
    if (close < 0) return j;
    out[0] = k + 1;
    out[1] = close;
    out[2] = 1;
    return close + 1;
  }
  return j;
}

const scratch = [0, 0, 0];

/**
 * HTML_TAG_RE's ASCII form anchored at `pos` (a `<`): the match as a regexp result (groups 1 name,
 * 2 attribute text, 5 the `/` of a self-closing tag), or null.
 */
export function matchStartTag(str: string, pos: number): RegExpExecArray | null {
  if (str.charCodeAt(pos) !== 60) return null;
  const ne = nameEnd(str, pos + 1);
  if (ne < 0) return null;
  let k = ne;
  let attrStart = -1;
  for (;;) {
    // One attribute: at least one blank, a name, an optional value (each attribute taken whole).
    let w = k;
    while (isWs(str.charCodeAt(w))) w++;
    if (w === k) break;
    const an = nameEnd(str, w);
    if (an < 0) break;
    if (attrStart < 0) attrStart = w - 1;
    k = valueEnd(str, an, scratch);
  }
  let t = k;
  while (isWs(str.charCodeAt(t))) t++;
  let slash = false;
  if (str.charCodeAt(t) === 47 && str.charCodeAt(t + 1) === 62) {
    slash = true;
    t++;
  }
  if (str.charCodeAt(t) !== 62) return null;
  // Without attributes the blanks after the name belong to the first `\s*` and group 2 is empty there.
  const attrs = attrStart < 0 ? '' : str.slice(attrStart, k);
  return toMatch(pos, [str.slice(pos, t + 1), str.slice(pos + 1, ne), attrs, undefined, undefined, slash ? '/' : undefined]);
}

/** HTML_TAG_CLOSE_RE's ASCII form (`</name\s*>`) anchored at `pos`: groups 1 the name; or null. */
export function matchEndTag(str: string, pos: number): RegExpExecArray | null {
  if (str.charCodeAt(pos) !== 60 || str.charCodeAt(pos + 1) !== 47) return null;
  const ne = nameEnd(str, pos + 2);
  if (ne < 0) return null;
  let t = ne;
  while (isWs(str.charCodeAt(t))) t++;
  if (str.charCodeAt(t) !== 62) return null;
  return toMatch(pos, [str.slice(pos, t + 1), str.slice(pos + 2, ne)]);
}

function toMatch(index: number, parts: (string | undefined)[]): RegExpExecArray {
  const m = parts as unknown as RegExpExecArray;
  m.index = index;
  return m;
}

/**
 * HTML_ATTRIBUTE_RE's ASCII form run globally over `str` (as kramdown's `scan`): calls `each(name, value)`
 * for every match in order, value being group 2 or 4 or ''.
 */
export function eachAttribute(str: string, each: (name: string, value: string) => void): void {
  let s = 0;
  const n = str.length;
  while (s < n) {
    // The match starts at the first position from which, after blanks, a name starts.
    let i = s;
    while (isWs(str.charCodeAt(i))) i++;
    const ne = nameEnd(str, i);
    if (ne < 0) {
      s = i + 1;
      continue;
    }
    const end = valueEnd(str, ne, scratch);
    const value = scratch[0]! < 0 ? '' : str.slice(scratch[0], scratch[1]);
    each(str.slice(i, ne), value);
    s = end;
  }
}
