// A subset of Rouge's source guessing (Lexer.guess(source:)), used for `guess` and for
// Markdown fences without a language: shebangs and XML/HTML doctypes of the lexers kiln
// implements, plus Rouge's diff detection. Everything else guesses `plaintext`, which is
// what Rouge answers for text with no such marker.

const SHEBANG = /^[ \t\n\v\f\r]*#!([^\n]*)/;

function shebang(code: string): string | undefined {
  return SHEBANG.exec(code)?.[1];
}

/** Rouge's TextAnalyzer#shebang?: the interpreter pattern as a word in the shebang line. */
function shebangIs(code: string, interpreter: string): boolean {
  const line = shebang(code);
  return line !== undefined && new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}])${interpreter}(?:[ \\t\\n\\v\\f\\r]|$)`, 'u').test(line);
}

function doctype(code: string): string | undefined {
  return /^[ \t\n\v\f\r]*(?:<\?[\s\S]*?\?>[ \t\n\v\f\r]*)?<!DOCTYPE[ \t\n\v\f\r]+([\s\S]+?)>/.exec(code)?.[1];
}

const DETECTORS: Array<[tag: string, detect: (code: string) => boolean]> = [
  ['diff', (c) => c.startsWith('Index: ') || /^diff[^\n]*?\ba\/[^\n]*\bb\//.test(c) ||
    /---[^\n]*?\n[+][+][+]/.test(c) || /[+][+][+][^\n]*?\n---/.test(c)],
  ['html', (c) => {
    const d = doctype(c);
    if (d !== undefined && /\bhtml\b/i.test(d)) return true;
    if (/^<\?xml\b/.test(c)) return false;
    return /<[ \t\n\v\f\r]*html\b/.test(c);
  }],
  ['javascript', (c) => shebangIs(c, 'node') || shebangIs(c, 'jsc')],
  ['python', (c) => shebangIs(c, 'pythonw?(?:[23](?:\\.\\d+)?)?')],
  ['ruby', (c) => shebangIs(c, 'ruby')],
  ['shell', (c) => shebangIs(c, '(?:ba|z|k)?sh')],
  ['xml', (c) => {
    const d = doctype(c);
    if (d !== undefined && /html/.test(d)) return false;
    return /^<\?xml\b/.test(c) || d !== undefined;
  }],
];

/** The Rouge tag guessed for `code`; the first detector wins when several match. */
export function guessLexer(code: string | undefined): string {
  if (code === undefined) return 'plaintext';
  for (const [tag, detect] of DETECTORS) if (detect(code)) return tag;
  return 'plaintext';
}
