// Reads a source text file as Jekyll does with `encoding: utf-8` ("bom|utf-8"): a leading BOM is
// dropped, and bytes that are not valid UTF-8 are an error naming the file (never mojibake).
import fs from 'node:fs';
import { KilnError } from '../util/errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSourceText(bytes: Uint8Array, file: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = at < 0 ? undefined : countLines(bytes, at);
    throw new KilnError(`Invalid UTF-8 in ${file}${at < 0 ? '' : ` (byte ${at})`}`, { file, line });
  }
}

export function readSourceText(absPath: string, file: string): string {
  return decodeSourceText(fs.readFileSync(absPath), file);
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * What identifies a file's text, to tell a save without changes from a real edit: the text itself
 * (already in memory as page content; cheaper than hashing every file on every build).
 */
export function fingerprint(text: string): string {
  return text;
}
