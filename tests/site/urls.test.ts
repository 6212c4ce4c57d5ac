// Slugs, URL escaping and templates (expected values printed by Jekyll 4.3.1's own
// Utils.slugify / URL in this machine's Ruby), entry filtering and front matter defaults.
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/liquid/ruby/slugify.js';
import { escapePath, outputPathForUrl, sanitizeUrl, urlFromHash, urlFromPlaceholders } from '../../src/site/url.js';
import { fnmatch } from '../../src/site/entry-filter.js';
import { extractExcerpt } from '../../src/site/excerpt.js';
import { categoriesFromPath, titleizeSlug } from '../../src/site/documents.js';

describe('slugify', () => {
  const cases: [string, string[]][] = [
    ['The _config.yml file?', ['the-config-yml-file', 'the-_config.yml-file?', 'the-_config.yml-file', 'the-config-yml-file', 'the-config-yml-file']],
    ['Héllo Wörld — ñandú', ['héllo-wörld-ñandú', 'héllo-wörld-—-ñandú', 'héllo-wörld-ñandú', 'h-llo-w-rld-and', 'hello-world-nandu']],
    ['  spaces  and--dashes ', ['spaces-and-dashes', 'spaces-and--dashes', 'spaces-and-dashes', 'spaces-and-dashes', 'spaces-and-dashes']],
    ['日本語 text', ['日本語-text', '日本語-text', '日本語-text', 'text', 'text']],
    ['Æsir straße', ['æsir-straße', 'æsir-straße', 'æsir-straße', 'sir-stra-e', 'aesir-strasse']],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(['default', 'raw', 'pretty', 'ascii', 'latin'].map((m) => slugify(input, m))).toEqual(expected);
    });
  }
  it('cased, none and nil', () => {
    expect(slugify('Mixed Case', 'pretty', true)).toBe('Mixed-Case');
    expect(slugify('Keep As Is', 'none')).toBe('keep as is');
    expect(slugify(null)).toBeNull();
  });
});

describe('URLs', () => {
  it('escape_path as Addressable', () => {
    expect(escapePath('tech/web dev/é#x?y[1]')).toBe('tech/web%20dev/%C3%A9%23x?y%5B1%5D');
    expect(escapePath('plain/path-1.html')).toBe('plain/path-1.html');
  });

  it('sanitize: .. and ./ and repeated slashes', () => {
    expect(sanitizeUrl('//a/../b/./c//d')).toBe('/a/b/c/d');
  });

  it('hash placeholders: in order, nil removes /:key, unknown words stay', () => {
    expect(urlFromHash('/:path/:basename:output_ext', [['path', '/fr'], ['basename', 'index'], ['output_ext', '.html']])).toBe('/fr/index.html');
    expect(urlFromHash('/x/:path/:other', [['path', null]])).toBe('/x/:other');
  });

  it('document placeholders: empty categories collapse, unknown ones are an error', () => {
    const lookup = (k: string) => ({ categories: '', title: 'a', output_ext: '.html' } as Record<string, string>)[k];
    expect(urlFromPlaceholders('/:categories/:title:output_ext', lookup, 'x.md')).toBe('/a.html');
    expect(() => urlFromPlaceholders('/:nope/', lookup, 'x.md')).toThrow(/doesn't have nope keys/);
  });

  it('output paths: pages add index + ext, documents index.html', () => {
    expect(outputPathForUrl('/fr/', '.html', 'page')).toBe('fr/index.html');
    expect(outputPathForUrl('/feed.xml', '.xml', 'page')).toBe('feed.xml');
    expect(outputPathForUrl('/about', '.html', 'page')).toBe('about.html');
    expect(outputPathForUrl('/blog/x/', '.html', 'document')).toBe('blog/x/index.html');
    expect(outputPathForUrl('/web%20dev/a.html', '.html', 'document')).toBe('web dev/a.html');
  });
});

describe('reader helpers', () => {
  it('File.fnmatch without flags', () => {
    expect(fnmatch('/s/*.bak', '/s/old.bak')).toBe(true);
    expect(fnmatch('/s/*.bak', '/s/sub/old.bak')).toBe(true);
    expect(fnmatch('/s/file?.txt', '/s/file1.txt')).toBe(true);
    expect(fnmatch('/s/[ab].md', '/s/c.md')).toBe(false);
  });

  it('categories from folders and titles from slugs', () => {
    expect(categoriesFromPath('news/tech/_posts/2024-01-01-x.md', '_posts', '2024-01-01-x.md')).toEqual(['news', 'tech']);
    expect(categoriesFromPath('_posts/sub/2024-01-01-x.md', '_posts', '2024-01-01-x.md')).toEqual([]);
    expect(titleizeSlug('hello-wORLD-again')).toBe('Hello World Again');
  });

  it('excerpts: separator, open Liquid blocks closed, link definitions carried', () => {
    expect(extractExcerpt('a\n\nb', '\n\n')).toBe('a');
    expect(extractExcerpt('no separator', '\n\n')).toBe('no separator');
    expect(extractExcerpt('{% if x %}a\n\nb{% endif %}', '\n\n')).toBe('{% if x %}a\n{% endif %}');
    expect(extractExcerpt('see [x][r]\n\nmore\n\n[r]: http://e.org\n[s]: http://s.org', '\n\n')).toBe('see [x][r]\n\n[r]: http://e.org');
  });
});

describe('CSV data as Ruby CSV reads it (headers: true)', () => {
  it('quotes, newlines in quotes, empty quoted vs missing fields, blank lines', async () => {
    const { parseCsv } = await import('../../src/site/data.js');
    // Ruby: [{"a"=>"1", "b"=>"2"}, {"a"=>nil, "b"=>nil}, {"a"=>"x\ny", "b"=>""}, {"a"=>"3", "b"=>nil}]
    expect(parseCsv('a,b\n1,2\n\n"x\ny",""\n3\n', ',')).toEqual([['a', 'b'], ['1', '2'], [], ['x\ny', ''], ['3']]);
  });
});
