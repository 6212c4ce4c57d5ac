// Options: Jekyll's kramdown defaults and the mapping of a site's `kramdown:` block.

import { describe, expect, it } from 'vitest';
import { convertMarkdown, kramdownOptionsFromJekyll } from '../../src/markdown/index.js';
import { mergeOptions, parseOption } from '../../src/markdown/options.js';

describe('kramdownOptionsFromJekyll', () => {
  it('applies Jekyll 4.3 defaults', () => {
    const o = mergeOptions(kramdownOptionsFromJekyll(undefined));
    expect(o.input).toBe('GFM');
    expect(o.hard_wrap).toBe(false);
    expect(o.auto_ids).toBe(true);
    expect(o.syntax_highlighter).toBe('rouge');
    expect(o.syntax_highlighter_opts).toEqual({ default_lang: 'plaintext', guess_lang: true });
    expect(o.smart_quotes).toEqual(['lsquo', 'rsquo', 'ldquo', 'rdquo']);
    expect(o.toc_levels).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lets the site override options and keeps its highlighter options', () => {
    const o = mergeOptions(kramdownOptionsFromJekyll({ auto_ids: false, syntax_highlighter_opts: { default_lang: 'ruby', css_class: 'x' } }));
    expect(o.auto_ids).toBe(false);
    expect(o.syntax_highlighter_opts).toEqual({ default_lang: 'ruby', css_class: 'x', guess_lang: true });
  });

  it('parses option values as kramdown does', () => {
    expect(parseOption('toc_levels', '2..4')).toEqual([2, 3, 4]);
    expect(parseOption('toc_levels', '1,3')).toEqual([1, 3]);
    expect(parseOption('auto_ids', 'false')).toBe(false);
    expect(parseOption('entity_output', ':numeric')).toBe('numeric');
    expect(parseOption('footnote_nr', '5')).toBe(5);
    expect(() => parseOption('footnote_nr', 'x')).toThrow();
  });

  it('reports an invalid option as a KilnError naming the file', () => {
    expect(() => convertMarkdown('x', { toc_levels: '9..12' } as never, { file: 'a.md' })).toThrow(/Invalid kramdown option/);
  });

  it('is the default of convertMarkdown', () => {
    expect(convertMarkdown('# Été\n').html).toBe('<h1 id="été">Été</h1>\n');
    expect(convertMarkdown('# Été\n', { input: 'kramdown' }).html).toBe('<h1 id="t">Été</h1>\n');
  });
});
