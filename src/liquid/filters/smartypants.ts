// Jekyll's smartify: kramdown's SmartyPants typography (quotes, dashes, ellipses) as HTML entities,
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
    .replace(/---/g, '&mdash;')
    .replace(/--/g, '&ndash;')
    .replace(/\.\.\.|\. \. \./g, '&hellip;')
    .replace(/<</g, '&laquo;')
    .replace(/>>/g, '&raquo;')
    // Opening quotes follow the start, whitespace or an opening bracket/dash.
    .replace(/(^|[\s([{\u2014\u2013-])"(?=\S)/g, '$1&ldquo;')
    .replace(/"/g, '&rdquo;')
    .replace(/(^|[\s([{\u2014\u2013-])'(?=\S)/g, '$1&lsquo;')
    .replace(/'/g, '&rsquo;');
}
