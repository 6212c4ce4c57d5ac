// Every lexer must terminate on arbitrary input, never throw, and lose or add no text:
// removing the spans and unescaping gives back the input exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexToTokens } from '../../src/highlight/engine.js';
import { formatTokens } from '../../src/highlight/format.js';
import { LEXERS } from '../../src/highlight/lexers/index.js';

const unescape = (html: string): string =>
  html.replace(/<span class="[a-z0-9]+">|<\/span>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// Characters that drive lexers through many states: quotes, brackets, sigils, comment and
// heredoc openers, indentation, CR/LF, non-ASCII letters and a surrogate pair.
const pieces = [
  ' ', '  ', '\t', '\n', '\r\n', '"', "'", '`', '\\', '/', '*', '#', '$', '{', '}', '[', ']', '(', ')', '<', '>',
  '&', ';', ':', ',', '.', '-', '--', '---', '|', '?', '!', '=', '%', '@', '^', '~', '+', '0', '42', '3.5e2',
  'a', 'x_1', 'é', 'Ω', '😀', '\u00a0', 'if', 'end', 'def', 'class', 'function', 'return', 'true', 'null',
  '<<EOF', 'EOF', '<!--', '-->', '/*', '*/', '//', '${', '$(', '{%', '%}', '{{', '}}', '<script>', '</script>',
  '<style>', '</style>', '```', '@@', '+++', '- ', 'key: ', '[section]', '=begin', '=end',
];
const codeLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

describe('highlighter robustness', () => {
  for (const [tag, create] of Object.entries(LEXERS)) {
    it(`${tag}: terminates and round-trips any input`, () => {
      fc.assert(
        fc.property(fc.oneof(codeLike, fc.string({ maxLength: 80 })), (code) => {
          // straight through the lexer: highlight() would hide a throw behind its fallback
          const html = formatTokens(lexToTokens(create(), code));
          expect(unescape(html)).toBe(code);
        }),
        { numRuns: 300 },
      );
    });
  }
});
