// Gem-based themes: finding the gem as RubyGems would, reading its gemspec, Jekyll's errors and
// warnings, and theme files recorded as render dependencies (a rebuild sees a theme edit).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledGem, compareVersions, findGem, gemPaths, lockedVersion, parseGemspec, siteTheme, clearThemeCache, themeDrop, themePlugins } from '../../src/site/theme.js';
import { createBuilder } from '../../src/site/build.js';
import { loadConfig } from '../../src/config/load.js';
import { memoryLogger } from '../../src/util/log.js';
import { KilnError } from '../../src/util/errors.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-theme-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const fixture = path.resolve(__dirname, '../fixtures/sites/theme');

function write(file: string, text = ''): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function gemspec(name: string, version: string, deps: string[] = [], dev: string[] = []): string {
  return [
    `Gem::Specification.new do |s|`,
    `  s.name = "${name}".freeze`,
    `  s.version = "${version}"`,
    `  s.metadata = { "plugin_type" => "theme", "homepage_uri" => "https://example.org" } if s.respond_to? :metadata=`,
    `  s.authors = ["A. Author".freeze, "B \\"Quoted\\" Author".freeze]`,
    `  s.summary = "Summary of ${name}.".freeze`,
    `  if s.respond_to? :add_runtime_dependency then`,
    ...deps.map((d) => `    s.add_runtime_dependency(%q<${d}>.freeze, [">= 0"])`),
    ...dev.map((d) => `    s.add_development_dependency(%q<${d}>.freeze, [">= 0"])`),
    `  else`,
    ...[...deps, ...dev].map((d) => `    s.add_dependency(%q<${d}>.freeze, [">= 0"])`),
    `  end`,
    `end`,
  ].join('\n');
}

/** A gem path with `name-version` installed (spec + folder). */
function install(base: string, name: string, version: string, opts: { spec?: boolean; dir?: boolean } = {}): void {
  if (opts.spec !== false) write(path.join(base, 'specifications', `${name}-${version}.gemspec`), gemspec(name, version));
  if (opts.dir !== false) fs.mkdirSync(path.join(base, 'gems', `${name}-${version}`, '_layouts'), { recursive: true });
}

describe('gem versions and gemspecs', () => {
  it('compares versions as Gem::Version does', () => {
    expect(compareVersions('2.5.1', '2.10.0')).toBe(-1);
    expect(compareVersions('3.0.0.pre', '3.0.0')).toBe(-1);
    expect(compareVersions('3.0.0.rc1', '3.0.0.beta')).toBe(1);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('0.10', '0.9.9')).toBe(1);
  });

  it('reads the fields of an installed gemspec', () => {
    const info = parseGemspec(gemspec('my-theme', '1.2.3', ['jekyll', 'jekyll-feed'], ['bundler']));
    expect(info).toEqual({
      name: 'my-theme',
      version: '1.2.3',
      authors: ['A. Author', 'B "Quoted" Author'],
      summary: 'Summary of my-theme.',
      description: undefined,
      metadata: { plugin_type: 'theme', homepage_uri: 'https://example.org' },
      runtimeDependencies: ['jekyll', 'jekyll-feed'],
      runtimeRequirements: new Map([['jekyll', '>= 0'], ['jekyll-feed', '>= 0']]),
    });
    // Only the add_dependency form: development dependencies named elsewhere are left out.
    const text = 's.name = "x"\ns.add_dependency(%q<jekyll-seo-tag>)\ns.add_dependency("bundler")\ns.add_development_dependency("bundler")';
    expect(parseGemspec(text).runtimeDependencies).toEqual(['jekyll-seo-tag']);
    // A source gemspec (Bundler path and git gems) calls without parentheses.
    const source = 'Gem::Specification.new do |spec|\n  spec.name = "t"\n  spec.version = "1.4.5"\n  spec.add_runtime_dependency "jekyll", ">= 3.6", "< 5.0"\n  spec.add_runtime_dependency "jekyll-feed", "~> 0.1"\n  spec.add_development_dependency "rake"\nend\n';
    expect(parseGemspec(source)).toMatchObject({ name: 't', version: '1.4.5', runtimeDependencies: ['jekyll', 'jekyll-feed'] });
    expect([...parseGemspec(source).runtimeRequirements]).toEqual([['jekyll', '>= 3.6, < 5.0'], ['jekyll-feed', '~> 0.1']]);
  });
});

describe('finding the theme gem', () => {
  it('takes the highest version over every gem path, the first path on a tie', () => {
    const a = path.join(scratch, 'find/a');
    const b = path.join(scratch, 'find/b');
    install(a, 'my-theme', '1.9.0');
    install(b, 'my-theme', '1.10.0');
    install(a, 'my-theme-extra', '9.0.0');
    install(b, 'other', '3.0.0');
    expect(findGem('my-theme', [a, b])).toMatchObject({ version: '1.10.0', gemDir: path.join(b, 'gems/my-theme-1.10.0') });
    install(a, 'tie', '1.0.0');
    install(b, 'tie', '1.0.0');
    expect(findGem('tie', [a, b])!.gemDir).toBe(path.join(a, 'gems/tie-1.0.0'));
    // A folder under gems/ without its specification still counts; a platform suffix is not the version.
    install(b, 'bare', '0.3.0', { spec: false });
    install(b, 'native', '2.0.0-x86_64-linux');
    expect(findGem('bare', [a, b])).toEqual({ version: '0.3.0', gemDir: path.join(b, 'gems/bare-0.3.0') });
    expect(findGem('native', [a, b])!.version).toBe('2.0.0');
    expect(findGem('my-theme', [a, b], '1.9.0')!.version).toBe('1.9.0');
    expect(findGem('missing', [a, b])).toBeUndefined();
  });

  it('builds Gem.path from the bundle, GEM_PATH (defaults only after a trailing colon) and GEM_HOME', () => {
    const site = path.join(scratch, 'paths/site');
    const gp = path.join(scratch, 'paths/gp');
    const home = path.join(scratch, 'paths/home');
    fs.mkdirSync(path.join(site, 'vendor/bundle/ruby/3.1.0'), { recursive: true });
    fs.mkdirSync(gp, { recursive: true });
    fs.mkdirSync(path.join(home, '.gem/ruby/3.1.0'), { recursive: true });
    const only = gemPaths(site, { GEM_PATH: gp, HOME: home });
    expect(only).toEqual([path.join(site, 'vendor/bundle/ruby/3.1.0'), gp]);
    const withDefaults = gemPaths(site, { GEM_PATH: gp + path.delimiter, HOME: home });
    expect(withDefaults.slice(0, 3)).toEqual([path.join(site, 'vendor/bundle/ruby/3.1.0'), gp, path.join(home, '.gem/ruby/3.1.0')]);
    expect(gemPaths(site, { HOME: home, GEM_HOME: gp }).at(-1)).toBe(gp);
  });

  it("takes a path or git theme from the Gemfile.lock where Bundler keeps it", () => {
    const root = path.join(scratch, 'bundled');
    const site = path.join(root, 'site');
    const source = 'Gem::Specification.new do |spec|\n  spec.name = "local-theme"\n  spec.version = "0.3.0"\n  spec.add_runtime_dependency "jekyll-seo-tag", "~> 2.0"\nend\n';
    write(path.join(root, 'local-theme/local-theme.gemspec'), source);
    fs.mkdirSync(path.join(root, 'local-theme/_layouts'), { recursive: true });
    write(path.join(site, 'Gemfile.lock'), 'PATH\n  remote: ../local-theme\n  specs:\n    local-theme (0.3.0)\n      jekyll-seo-tag (~> 2.0)\n\nGIT\n  remote: https://github.com/someone/git-theme-repo.git\n  revision: 0123456789abcdef0123456789abcdef01234567\n  specs:\n    git-theme (1.2.0)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    jekyll-seo-tag (2.8.0)\n');
    const gems = path.join(root, 'gems');
    write(path.join(gems, 'bundler/gems/git-theme-repo-0123456789ab/git-theme.gemspec'), 'spec.name = "git-theme"\n');
    expect(bundledGem(site, 'local-theme', [gems])).toEqual({ version: '0.3.0', gemDir: path.join(root, 'local-theme'), specFile: path.join(root, 'local-theme/local-theme.gemspec') });
    expect(bundledGem(site, 'git-theme', [gems])).toMatchObject({ version: '1.2.0', gemDir: path.join(gems, 'bundler/gems/git-theme-repo-0123456789ab') });
    expect(bundledGem(site, 'jekyll-seo-tag', [gems])).toBeUndefined();
    clearThemeCache();
    const theme = siteTheme({ source: site, theme: 'local-theme' }, { GEM_PATH: gems, HOME: root }).theme!;
    expect(theme).toMatchObject({ version: '0.3.0', root: fs.realpathSync(path.join(root, 'local-theme')), runtimeDependencies: ['jekyll-seo-tag'] });
    expect(theme.layoutsPath).toBe(fs.realpathSync(path.join(root, 'local-theme/_layouts')));
  });

  it('reads the version a Gemfile.lock pins', () => {
    const site = path.join(scratch, 'lock');
    write(path.join(site, 'Gemfile.lock'), 'GEM\n  remote: https://rubygems.org/\n  specs:\n    jekyll-feed (0.17.0)\n      jekyll (>= 3.7, < 5.0)\n    minima (2.5.1)\n      jekyll (>= 3.5, < 5.0)\n');
    expect(lockedVersion(site, 'minima')).toBe('2.5.1');
    expect(lockedVersion(site, 'jekyll')).toBeUndefined();
  });
});

describe('the site theme', () => {
  const saved = { GEM_PATH: process.env.GEM_PATH };
  beforeEach(() => clearThemeCache());
  afterEach(() => {
    if (saved.GEM_PATH === undefined) delete process.env.GEM_PATH;
    else process.env.GEM_PATH = saved.GEM_PATH;
    clearThemeCache();
  });

  it('fails as Jekyll does when no gem has that name', () => {
    const site = path.join(scratch, 'missing');
    write(path.join(site, '_config.yml'), 'theme: Nope-Theme\n');
    process.env.GEM_PATH = path.join(scratch, 'empty-gems');
    let error: unknown;
    try {
      loadConfig({ source: site });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KilnError);
    expect((error as Error).message).toBe('The nope-theme theme could not be found.');
  });

  it('warns about a theme that is not a string and builds without one', async () => {
    const site = path.join(scratch, 'nonstring');
    write(path.join(site, '_config.yml'), 'theme: [a, b]\n');
    write(path.join(site, 'index.html'), '---\n---\n{{ site.theme | join: "+" }}\n');
    expect(siteTheme({ source: site, theme: ['a'] })).toEqual({ warning: "Theme: value of 'theme' in config should be String to use gem-based themes, but got Array" });
    const builder = await createBuilder({ source: site, destination: path.join(site, '_site'), cacheDir: path.join(scratch, 'nonstring-cache'), logger: memoryLogger() });
    try {
      const result = await builder.build();
      expect(result.warnings).toContain("Theme: value of 'theme' in config should be String to use gem-based themes, but got Array");
      expect(fs.readFileSync(path.join(site, '_site/index.html'), 'utf8')).toBe('a+b\n');
    } finally {
      builder.close();
    }
  });

  it("loads the theme's runtime dependencies as plugins, whitelisted ones only under --safe", () => {
    const gems = path.join(scratch, 'deps-gems');
    write(path.join(gems, 'specifications/dep-theme-1.0.0.gemspec'), gemspec('dep-theme', '1.0.0', ['jekyll', 'jekyll-feed', 'jekyll-seo-tag'], ['bundler']));
    fs.mkdirSync(path.join(gems, 'gems/dep-theme-1.0.0'), { recursive: true });
    process.env.GEM_PATH = gems;
    const site = path.join(scratch, 'deps-site');
    fs.mkdirSync(site, { recursive: true });
    expect(themePlugins({ source: site, theme: 'dep-theme' })).toEqual(['jekyll-feed', 'jekyll-seo-tag']);
    expect(themePlugins({ source: site, theme: 'dep-theme', safe: true, whitelist: ['jekyll-seo-tag'] })).toEqual(['jekyll-seo-tag']);
    write(path.join(site, '_config.yml'), 'theme: dep-theme\nplugins: [jekyll-sitemap, jekyll-feed]\n');
    expect(loadConfig({ source: site }).config.plugins).toEqual(['jekyll-feed', 'jekyll-seo-tag', 'jekyll-sitemap']);
  });

  it("gives Jekyll's ThemeDrop fields (what {{ theme | jsonify }} shows for minima: version, metadata, root, dependencies, authors, description)", () => {
    process.env.GEM_PATH = path.join(fixture, '_gems');
    const drop = themeDrop({ source: fixture, theme: 'kiln-test-theme' });
    expect(drop).toEqual({
      version: '0.1.0',
      metadata: { plugin_type: 'theme' },
      root: fs.realpathSync(path.join(fixture, '_gems/gems/kiln-test-theme-0.1.0')),
      dependencies: ['jekyll (>= 3.5, < 5.0)'],
      authors: 'Kiln Tests, Second Author',
      description: "A small theme for kiln's tests.",
    });
    expect(Object.keys(drop!)).toEqual(['version', 'metadata', 'root', 'dependencies', 'authors', 'description']);
    expect(themeDrop({ source: fixture })).toBeNull();
  });

  it('ignores symlinked theme assets with Jekyll\'s warning, and themes work under --safe', async () => {
    const site = path.join(scratch, 'symlinked');
    fs.cpSync(fixture, site, { recursive: true, filter: (p) => !p.includes(`${path.sep}_expected`) });
    process.env.GEM_PATH = path.join(site, '_gems');
    const assets = path.join(site, '_gems/gems/kiln-test-theme-0.1.0/assets');
    fs.symlinkSync(path.join(assets, 'img/logo.svg'), path.join(assets, 'img/linked.svg'));
    const out = path.join(scratch, 'symlinked-out');
    const builder = await createBuilder({ source: site, destination: out, cacheDir: path.join(scratch, 'symlinked-cache'), logger: memoryLogger(), safe: true });
    try {
      const result = await builder.build();
      expect(result.warnings).toContain(`Theme reader: Ignored symlinked asset: ${path.join(assets, 'img/linked.svg')}`);
      expect(fs.existsSync(path.join(out, 'assets/img/linked.svg'))).toBe(false);
      expect(fs.readFileSync(path.join(out, 'about.html'), 'utf8')).toContain('Theme footer: from the default layout');
    } finally {
      builder.close();
    }
  });

  it('records theme layouts, includes, Sass partials and assets as dependencies: a rebuild sees their edits', async () => {
    const site = path.join(scratch, 'rebuild');
    fs.cpSync(fixture, site, { recursive: true, filter: (p) => !p.includes(`${path.sep}_expected`) });
    process.env.GEM_PATH = path.join(site, '_gems');
    const theme = path.join(site, '_gems/gems/kiln-test-theme-0.1.0');
    const out = path.join(scratch, 'rebuild-out');
    const builder = await createBuilder({ source: site, destination: out, cacheDir: path.join(scratch, 'rebuild-cache'), logger: memoryLogger() });
    const read = (p: string) => fs.readFileSync(path.join(out, p), 'utf8');
    try {
      await builder.build();
      expect(read('about.html')).toContain('<p class="layout-data">page layout data</p>');
      const edit = async (file: string, from: string, to: string) => {
        const abs = path.join(theme, file);
        fs.writeFileSync(abs, fs.readFileSync(abs, 'utf8').replace(from, to));
        return builder.rebuild([abs]);
      };
      let r = await edit('_layouts/page.html', 'page layout data', 'edited layout data');
      expect(read('about.html')).toContain('edited layout data');
      expect(r.rendered).toEqual(['about.md']);
      r = await edit('_includes/footer-links.html', 'About</a>', 'About us</a>');
      expect(r.rendered?.sort()).toEqual(['_posts/2024-01-02-hello.md', 'about.md', 'index.md']);
      expect(read('index.html')).toContain('About us</a>');
      expect(read('2024/01/02/hello.html')).toContain('About us</a>');
      await edit('_sass/theme/_base.scss', 'margin: 0', 'margin: 2px');
      expect(read('assets/css/style.css')).toContain('margin: 2px');
      await edit('assets/img/logo.svg', 'width="10"', 'width="12"');
      expect(read('assets/img/logo.svg')).toContain('width="12"');
      // The theme's _data is part of site.data.
      await edit('_data/theme_only.json', '[1, 2, 3]', '[4, 5]');
      expect(read('index.html')).toContain('Theme data: 4,5');
      // A site layout added over the theme's layout of that name takes over at once.
      const own = path.join(site, '_layouts/page.html');
      fs.mkdirSync(path.dirname(own), { recursive: true });
      fs.writeFileSync(own, '<main class="site-page">{{ content }}</main>\n');
      await builder.rebuild([own]);
      expect(read('about.html')).toContain('<main class="site-page">');
    } finally {
      builder.close();
    }
  });
});
