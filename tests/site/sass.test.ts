// The Sass converter: libsass by default (Jekyll's sassc), dart-sass with `sass.implementation:
// sass-embedded`; errors name the file and line, in the page or in the partial that has them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, createBuilder } from '../../src/site/build.js';
import { KilnError } from '../../src/util/errors.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite, readOut } from './helpers.js';

const sites: { cleanup(): void }[] = [];
afterEach(() => {
  while (sites.length) sites.pop()!.cleanup();
});

async function buildSite(files: Record<string, string>): Promise<{ destination: string; error?: KilnError }> {
  const site = makeSite(files);
  sites.push(site);
  try {
    await build({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    return { destination: site.destination };
  } catch (e) {
    expect(e).toBeInstanceOf(KilnError);
    return { destination: site.destination, error: e as KilnError };
  }
}

const page = '---\n---\n$c: #2a7ae2;\na { b { color: darken($c, 15%); } }\n';

describe('Sass converter', () => {
  it('compiles with libsass by default: compact style, hex colours', async () => {
    const { destination } = await buildSite({ '_config.yml': 'sass:\n  sourcemap: never\n', 'x.scss': page });
    expect(readOut(destination, 'x.css')).toBe('a b { color: #1756a9; }\n');
  });

  it('uses dart-sass with sass.implementation: sass-embedded (expanded by default)', async () => {
    const { destination } = await buildSite({ '_config.yml': 'sass:\n  implementation: sass-embedded\n  sourcemap: never\n', 'x.scss': '---\n---\na { b { color: red; } }\n' });
    expect(readOut(destination, 'x.css')).toBe('a b {\n  color: red;\n}\n');
  });

  it('resolves imports as libsass does: partials, .sass syntax, index files, load_paths', async () => {
    const { destination } = await buildSite({
      '_config.yml': 'sass:\n  sourcemap: never\n  load_paths: [vendor/styles]\n',
      '_sass/_one.scss': '.one { color: red; }\n',
      '_sass/two.sass': '.two\n  color: blue\n',
      '_sass/three/_index.scss': '.three { color: green; }\n',
      'vendor/styles/_four.scss': '.four { color: black; }\n',
      'x.scss': '---\n---\n@import "one", "two", "three", "four";\n',
    });
    expect(readOut(destination, 'x.css')).toBe('.one { color: red; }\n\n.two { color: blue; }\n\n.three { color: green; }\n\n.four { color: black; }\n');
  });

  it('writes the source map beside the CSS, sources relative to the site source', async () => {
    const { destination } = await buildSite({ '_sass/_v.scss': '$c: red;\n', 'css/x.scss': '---\n---\n@import "v";\np { color: $c; }\n' });
    expect(readOut(destination, 'css/x.css')).toBe('p { color: red; }\n\n/*# sourceMappingURL=x.css.map */');
    const map = JSON.parse(readOut(destination, 'css/x.css.map'));
    expect(map.sources).toEqual(['x.scss', '_sass/_v.scss']);
    expect(map.file).toBe('x.css');
  });

  it('a syntax error in the page names the page and its line (front matter counted)', async () => {
    const { error } = await buildSite({ 'x.scss': '---\ntitle: t\n---\na { color: red; }\nb { color: ; }\n' });
    expect(error?.message).toMatch(/Sass error/);
    expect(error?.file).toBe('x.scss');
    expect(error?.line).toBe(5);
  });

  it('an error in a partial names the partial and its line', async () => {
    const { error } = await buildSite({ '_sass/_bad.scss': '.ok { color: red; }\n.bad { color: $missing; }\n', 'x.scss': '---\n---\n@import "bad";\n' });
    expect(error?.message).toMatch(/Undefined variable/);
    expect(error?.file).toBe('_sass/_bad.scss');
    expect(error?.line).toBe(2);
  });

  it.each(['sassc', 'sass-embedded'])('a rebuild after a partial changed recompiles the pages that import it (%s)', async (implementation) => {
    const site = makeSite({
      '_config.yml': `sass:\n  implementation: ${implementation}\n  sourcemap: never\n`,
      '_sass/_v.scss': '$c: red;\n',
      'x.scss': '---\n---\n@import "v";\np { color: $c; }\n',
    });
    sites.push(site);
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    try {
      await builder.build();
      expect(readOut(site.destination, 'x.css')).toMatch(/color: red/);
      const partial = path.join(site.source, '_sass/_v.scss');
      fs.writeFileSync(partial, '$c: blue;\n');
      await builder.rebuild([partial]);
      expect(readOut(site.destination, 'x.css')).toMatch(/color: blue/);
    } finally {
      builder.close();
    }
  });

  it('scssify compiles with libsass; an error in it fails the build naming the page', async () => {
    const ok = await buildSite({ 'index.html': '---\n---\n{% capture css %}a { b { color: darken(#2a7ae2, 15%); } }{% endcapture %}{{ css | scssify }}' });
    expect(readOut(ok.destination, 'index.html')).toBe('a b { color: #1756a9; }\n');
    const bad = await buildSite({ 'index.html': '---\n---\nfine\n{% capture css %}a { color: ; }{% endcapture %}{{ css | scssify }}\n' });
    expect(bad.error?.file).toBe('index.html');
    expect(bad.error?.message).toMatch(/Sass error/);
  });

  it('full rebuilds never reuse a Sass result compiled ahead for an earlier build', async () => {
    const site = makeSite({
      '_config.yml': 'sass:\n  sourcemap: never\n',
      '_sass/_v.scss': '$c: red;\n',
      'a.scss': '---\n---\n@import "v";\na { color: $c; }\n',
      'b.scss': '---\n---\n@import "v";\nb { color: $c; }\n',
      'c.scss': '---\n---\n@import "v";\nc { color: $c; content: "{{ site.title }}"; }\n',
    });
    sites.push(site);
    const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
    try {
      for (const colour of ['red', 'blue', 'green']) {
        fs.writeFileSync(path.join(site.source, '_sass/_v.scss'), `$c: ${colour};\n`);
        await builder.build();
        for (const page of ['a', 'b', 'c']) expect(readOut(site.destination, `${page}.css`)).toMatch(new RegExp(`color: ${colour};`));
      }
    } finally {
      builder.close();
    }
  });
});
