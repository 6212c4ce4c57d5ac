// Jekyll's Utils.slugify in all its modes (raw, default, pretty, ascii, latin), used by permalinks
// (:slug, :title, :name) and available to the Liquid `slugify` filter.

export type SlugifyMode = 'raw' | 'default' | 'pretty' | 'ascii' | 'latin' | 'none' | string;

const MODES = new Set(['raw', 'default', 'pretty', 'ascii', 'latin']);
const RAW = /\s+/gu;
const DEFAULT = /[^\p{M}\p{L}\p{Nd}]+/gu;
const PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
const ASCII = /[^A-Za-z0-9]+/g;

/** I18n.transliterate's default approximations for Latin letters that do not decompose. */
const LATIN: Record<string, string> = {
  'Æ': 'AE', 'æ': 'ae', 'Ø': 'O', 'ø': 'o', 'ß': 'ss', 'Þ': 'Th', 'þ': 'th', 'Ð': 'D', 'ð': 'd',
  'Œ': 'OE', 'œ': 'oe', 'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', 'ı': 'i',
  'Ŀ': 'L', 'ŀ': 'l', 'Ŋ': 'NG', 'ŋ': 'ng', 'Ŧ': 'T', 'ŧ': 't', 'Ĳ': 'IJ', 'ĳ': 'ij', 'ĸ': 'k',
};

/** I18n.transliterate: strips accents, maps ligatures, turns other non-ASCII characters into `?`. */
export function transliterate(input: string): string {
  let out = '';
  for (const ch of input) {
    if (ch.charCodeAt(0) < 128) { out += ch; continue; }
    if (LATIN[ch]) { out += LATIN[ch]; continue; }
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base.length > 0 && /^[\x00-\x7f]+$/.test(base) ? base : '?';
  }
  return out;
}

export function slugify(input: unknown, mode: SlugifyMode = 'default', cased = false): string | null {
  if (input === null || input === undefined) return null;
  let s = String(input);
  if (!MODES.has(mode)) return cased ? s : s.toLowerCase();
  if (mode === 'latin') s = transliterate(s);
  const re = mode === 'raw' ? RAW : mode === 'pretty' ? PRETTY : mode === 'ascii' ? ASCII : DEFAULT;
  s = s.replace(re, '-').replace(/^-|-$/g, '');
  return cased ? s : s.toLowerCase();
}
