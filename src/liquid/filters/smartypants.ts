// Jekyll's smartify: kramdown's SmartyPants typography (quotes, dashes, ellipses) as Unicode characters,
// for text outside HTML tags. Used when the site gives no smartify hook.

/** Converts quotes, `--`/`---` and `...` to kramdown's entities. */
export function smartypants(text: string): string {
  // Leave tags (and their attributes) untouched.
  return text
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : smartenText(part)))
    .join('');
}

function smartenText(s: string): string {
  return s
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\.|\. \. \./g, '\u2026')
    .replace(/<</g, '\u00ab')
    .replace(/>>/g, '\u00bb')
    // Opening quotes follow the start, whitespace or an opening bracket/dash.
    .replace(/(^|[\s([{\u2014\u2013-])"(?=\S)/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014\u2013-])'(?=\S)/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
