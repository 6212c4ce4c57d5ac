// Source map "mappings" in Base64 VLQ (source map v3): one segment's values, and whole mappings
// decoded to absolute positions and encoded back, for the passes that edit libsass's maps.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Base64 VLQ values of one segment (`AAAA`), as written (relative to the previous segment). */
export function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = B64_VALUE.get(c);
    if (digit === undefined) throw new Error(`bad source map character '${c}'`);
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if (digit & 32) continue;
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}

export function encodeValue(n: number): string {
  let v = n < 0 ? -n * 2 + 1 : n * 2;
  let out = '';
  do {
    let digit = v & 31;
    v = Math.floor(v / 32);
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/** A segment with absolute values: generated line and column, then source, line, column, name when present. */
export interface Segment {
  line: number;
  column: number;
  rest: number[];
}

/** Every segment of `mappings`, with absolute values, in order. */
export function decodeMappings(mappings: string): Segment[] {
  const out: Segment[] = [];
  const acc = [0, 0, 0, 0];
  mappings.split(';').forEach((text, line) => {
    let column = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const values = decodeSegment(segment);
      column += values[0]!;
      const rest: number[] = [];
      for (let i = 1; i < values.length; i++) {
        acc[i - 1]! += values[i]!;
        rest.push(acc[i - 1]!);
      }
      out.push({ line, column, rest });
    }
  });
  return out;
}

/** `segments` (sorted by line, then column) written as relative VLQ mappings. */
export function encodeMappings(segments: Segment[]): string {
  const lines: string[][] = [];
  const acc = [0, 0, 0, 0];
  let line = -1;
  let column = 0;
  for (const s of segments) {
    while (line < s.line) {
      lines.push([]);
      line++;
      column = 0;
    }
    let text = encodeValue(s.column - column);
    column = s.column;
    s.rest.forEach((v, i) => {
      text += encodeValue(v - acc[i]!);
      acc[i] = v;
    });
    lines[line]!.push(text);
  }
  return lines.map((l) => l.join(',')).join(';');
}
