// Transliteration for `transliterated_header_ids`. kramdown uses stringex's unidecoder tables when that
// gem is installed; this approximation covers Latin letters (diacritics dropped, common ligatures
// expanded) and leaves other characters as they are.

const SPECIAL: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L',
  'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ı': 'i',
};

export function transliterate(s: string): string {
  return s.replace(/[^\x00-\x7f]/gu, (c) => {
    if (SPECIAL[c]) return SPECIAL[c]!;
    const base = c.normalize('NFD').replace(/\p{M}/gu, '');
    return /^[\x00-\x7f]+$/.test(base) ? base : c;
  });
}
