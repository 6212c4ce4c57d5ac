// Every lexer must terminate on arbitrary input, never throw, and lose or add no text:
// removing the spans and unescaping gives back the input exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RougeWouldRaise, lexToTokens } from '../../src/highlight/engine.js';
import { formatTokens } from '../../src/highlight/format.js';
import { LEXER_MODULES } from '../../src/highlight/lexers/index.js';
import { lexerFactory } from '../../src/highlight/load.js';

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
// Lexers where Rouge itself drops text, so a faithful port cannot round-trip: only termination
// and "no throw except where Rouge raises" are checked for them.
const LOSES_TEXT_LIKE_ROUGE: Record<string, string> = {
  // its char-literal rule emits a repeated capture group, which keeps only the last repetition:
  // Rouge writes 'ab' as 'b' (pinned by cases/crystal--char-literal.cr)
  crystal: "'ab' loses the a",
  // a name is only written once the next character shows whether it is dotted: a name ending
  // the input is never written (pinned by cases/coq--name-at-end.v)
  coq: "'Check A' loses the A",
  // the start/end markers (<! !>) are consumed, not written (pinned by cases/escape*.txt)
  escape: 'a <!b!> c is written a b c',
  // a line-initial `Module.` in an expression is written as the whole match, then the name again
  'ghc-core': 'GHC.x is written GHC.GHCx',
};

const codeLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

describe('highlighter robustness', () => {
  for (const tag of Object.keys(LEXER_MODULES)) {
    const create = lexerFactory(tag)!;
    it(`${tag}: terminates and round-trips any input`, () => {
      fc.assert(
        fc.property(fc.oneof(codeLike, fc.string({ maxLength: 80 })), (code) => {
          // straight through the lexer: highlight() would hide a throw behind its fallback.
          // Only where Rouge itself raises may a lexer throw, and only RougeWouldRaise.
          let html: string;
          try {
            html = formatTokens(lexToTokens(create(), code));
          } catch (error) {
            expect(error).toBeInstanceOf(RougeWouldRaise);
            return;
          }
          if (!Object.hasOwn(LOSES_TEXT_LIKE_ROUGE, tag)) expect(unescape(html)).toBe(code);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('pathological input', () => {
  // Rouge's INI rules rescan a long line at every position (quadratic): kiln stops at its
  // budget and degrades to escaped plain text instead of hanging.
  const longLine = 'a<'.repeat(200_000);
  it('a lex over budget throws LexTimeout', async () => {
    const { LexTimeout } = await import('../../src/highlight/engine.js');
    expect(() => lexToTokens(lexerFactory('ini')!(), longLine, 50)).toThrow(LexTimeout);
  });
  it('where Rouge raises (elixir sigil without a letter), highlight() gives the escaped code', async () => {
    const { highlight } = await import('../../src/highlight/index.js');
    expect(highlight('x = ~"<a>"', 'elixir')).toBe('x = ~"&lt;a&gt;"');
  });
  it("where Rouge raises (haxe 'using' pushes an undefined state), highlight() gives the escaped code", async () => {
    const { highlight } = await import('../../src/highlight/index.js');
    // checked with Rouge 3.30: RuntimeError "unknown state: :namespace"
    expect(highlight('using Lambda;\nvar a = 1 < 2;\n', 'haxe')).toBe('using Lambda;\nvar a = 1 &lt; 2;\n');
  });
  it('where Rouge never ends (coq "Set Printing All ." with a space), highlight() gives the escaped code', async () => {
    const { highlight } = await import('../../src/highlight/index.js');
    // checked with Rouge 3.30 under `timeout`: its Set/Unset rule loops past the match's groups
    expect(highlight('Set Printing All .\nCheck 1 < 2.\n', 'coq')).toBe('Set Printing All .\nCheck 1 &lt; 2.\n');
    expect(highlight('Set Printing All.', 'coq')).toContain('<span class="pi">.</span>');
  });
  it('highlight() falls back to the escaped code', async () => {
    const { highlight } = await import('../../src/highlight/index.js');
    const started = performance.now();
    expect(highlight(longLine, 'ini', { timeoutMs: 50 })).toBe('a&lt;'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
