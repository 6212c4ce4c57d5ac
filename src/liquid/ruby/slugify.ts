// Jekyll's Utils.slugify in all its modes (raw, default, pretty, ascii, latin), with the latin mode's
// I18n.transliterate (Latin-1 Supplement and Latin Extended-A letters lose their accents, every
// other non-ASCII character becomes `?` before the hyphenation).

const MODES = new Set(['raw', 'default', 'pretty', 'ascii', 'latin']);
const RAW = /[ \t\n\v\f\r]+/g; // Ruby \s: ASCII whitespace only
const DEFAULT = /[^\p{M}\p{L}\p{Nd}]+/gu;
const PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
const ASCII = /[^A-Za-z0-9]+/g;

// Letters whose transliteration is not "the base letter of the canonical decomposition".
const SPECIAL: Record<string, string> = {
  Æ: 'AE', æ: 'ae', Ð: 'D', ð: 'd', Ø: 'O', ø: 'o', Þ: 'Th', þ: 'th', ß: 'ss', '×': 'x',
  Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l',
  ŉ: "'n", Ŋ: 'NG', ŋ: 'ng', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't',
};

/** I18n.transliterate with the default (English) approximations. */
export function transliterateLatin(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, (ch) => {
    const special = SPECIAL[ch];
    if (special !== undefined) return special;
    const cp = ch.codePointAt(0)!;
    // À..ž, except ÷ (U+00F7) and the non-letters the table does not list.
    if (cp >= 0xc0 && cp <= 0x17e && cp !== 0xf7) {
      const base = ch.normalize('NFD')[0];
      if (/[A-Za-z]/.test(base)) return base;
    }
    return '?';
  });
}

export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin' | 'none' | string;

/**
 * Jekyll's slugify. `mode` null/undefined → default; an unknown mode (e.g. `none`) only
 * downcases. Returns null for null input. `onEmpty` is called when the slug comes out empty
 * (Jekyll warns).
 */
export function slugify(input: string | null | undefined, mode?: SlugifyMode | null, cased = false, onEmpty?: (s: string) => void): string | null {
  const m = mode ?? 'default';
  if (input === null || input === undefined) return null;
  if (!MODES.has(m)) return cased ? input : input.toLowerCase();
  let s = m === 'latin' ? transliterateLatin(input) : input;
  const re = m === 'raw' ? RAW : m === 'pretty' ? PRETTY : m === 'ascii' ? ASCII : DEFAULT;
  s = s.replace(re, '-');
  // Ruby's %r!^-|-$! works per line.
  s = s.replace(/^-|-$/gm, '');
  if (!cased) s = s.toLowerCase();
  if (s === '' && onEmpty) onEmpty(input);
  return s;
}
