// Character references in attribute values, decoded as HTML's attribute rules say (a legacy
// reference without `;` stays as written before `=` or a letter or digit). The common ones
// (`&amp;`, `&lt;`, `&#38;`…) are decoded here; anything else goes to the `entities` package (the
// decoder htmlparser2 uses, with the full table), loaded only when a page needs it.
import { createRequire } from 'node:module';

const COMMON: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Longest reference name that may be decoded without its `;` (e.g. `middot`, `frac12`). */
const LEGACY_MAX = 6;

let full: ((value: string) => string) | undefined;

function fullDecode(value: string): string {
  if (!full) {
    // `entities` is an ES module: Node ≥ 20.19 requires it synchronously.
    const mod = createRequire(import.meta.url)('entities/decode') as { decodeHTMLAttribute(v: string): string };
    full = mod.decodeHTMLAttribute;
  }
  return full(value);
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** The value of an attribute as written (between its quotes) → its text. */
export function decodeAttribute(value: string): string {
  let out = '';
  let last = 0;
  let amp = value.indexOf('&');
  while (amp >= 0) {
    let j = amp + 1;
    const c = value.charCodeAt(j);
    let decoded: string | undefined;
    if (c === 35 /* # */) {
      // Numeric: decoded here when terminated and plainly printable, else by the full decoder.
      const hex = (value.charCodeAt(j + 1) | 0x20) === 120 /* x */;
      j += hex ? 2 : 1;
      const digitsFrom = j;
      while (j < value.length && (hex ? isHex(value.charCodeAt(j)) : isAlnum(value.charCodeAt(j)) && value.charCodeAt(j) <= 57)) j++;
      if (j === digitsFrom) { amp = value.indexOf('&', amp + 1); continue; } // `&#` alone: text
      if (value.charCodeAt(j) !== 59 /* ; */ || j - digitsFrom > 6) return fullDecode(value);
      const cp = parseInt(value.slice(digitsFrom, j), hex ? 16 : 10);
      if (!((cp >= 32 && cp < 127) || (cp >= 160 && cp < 0xd800) || (cp >= 0xe000 && cp < 0xfdd0))) return fullDecode(value);
      decoded = String.fromCharCode(cp);
      j++;
    } else {
      while (j < value.length && isAlnum(value.charCodeAt(j))) j++;
      if (j === amp + 1) { amp = value.indexOf('&', amp + 1); continue; } // `&` then no name: text
      const next = value.charCodeAt(j);
      if (next === 59 /* ; */) {
        decoded = COMMON[value.slice(amp + 1, j)];
        if (decoded === undefined) return fullDecode(value);
        j++;
      } else if (next !== 61 /* = */ && j - amp - 1 <= LEGACY_MAX) {
        // Maybe a legacy reference without `;` (`&copy`): the full table decides.
        return fullDecode(value);
      } else {
        // `&lang=fr`, or a name too long to be a legacy reference: text.
        amp = value.indexOf('&', j);
        continue;
      }
    }
    out += value.slice(last, amp) + decoded;
    last = j;
    amp = value.indexOf('&', j);
  }
  return last === 0 ? value : out + value.slice(last);
}
