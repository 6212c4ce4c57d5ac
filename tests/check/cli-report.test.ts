// `kiln check` on the command line: html-proofer's flags in both spellings, defaults from
// `kiln: check:` in _config.yml, the three report formats and the exit code.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeCheckArgv, registerCheck } from '../../src/cli/check.js';
import { formatGithub } from '../../src/check/report/github.js';
import { formatHuman } from '../../src/check/report/human.js';
import { formatJson } from '../../src/check/report/json.js';
import type { CheckReport } from '../../src/check/index.js';
import { page, writeSite } from './helpers.js';

async function runCli(args: string[]): Promise<{ code: number; out: string }> {
  const program = new Command('kiln').exitOverride();
  registerCheck(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  process.exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out };
}

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

function site(files: Record<string, string>): string {
  const dir = writeSite(files);
  dirs.push(dir);
  return dir;
}

describe('argv', () => {
  it('normalises underscores in option names only', () => {
    expect(normalizeCheckArgv(['check', '_site', '--allow_hash_href', '--only_4xx', '--ignore_files', '/blog/201[0-7]/', '--swap_urls=a_b:c_d']))
      .toEqual(['check', '_site', '--allow-hash-href', '--only-4xx', '--ignore-files', '/blog/201[0-7]/', '--swap-urls=a_b:c_d']);
  });
});

describe('kiln check', () => {
  const files = {
    '_site/index.html': page('<a href="#">top</a>\n<a href="/gone">gone</a>'),
    '_site/blog/2015/old.html': page('<a href="/also-gone">x</a>'),
  };

  it("runs the CI's arguments unchanged, in both spellings, and exits 1 on failures", async () => {
    const dir = site(files);
    for (const spelling of [['--allow_hash_href', '--only_4xx', '--ignore_files'], ['--allow-hash-href', '--only-4xx', '--ignore-files']]) {
      const { code, out } = await runCli(['check', path.join(dir, '_site'), '-s', dir, spelling[0], spelling[1], spelling[2], '/blog/201[0-7]/', '--disable-external', '--no-validate-html', '--format', 'json']);
      expect(code).toBe(1);
      const json = JSON.parse(out);
      expect(json.failures).toEqual([{ file: 'index.html', line: 7, column: 1, check: 'Links > Internal', message: 'internally linking to /gone, which does not exist', url: '/gone' }]);
      expect(json.summary.files).toBe(1);
    }
  });

  it('takes defaults from kiln: check: in _config.yml, flags win', async () => {
    const dir = site({ ...files, '_config.yml': 'kiln:\n  check:\n    allow_hash_href: false\n    ignore_urls: ["/gone"]\n    disable_external: true\n    validate_html: false\n' });
    const { code, out } = await runCli(['check', '-s', dir, '--format', 'json', '--no-cache']);
    expect(code).toBe(1);
    const messages = JSON.parse(out).failures.map((f: { file: string; message: string }) => `${f.file}: ${f.message}`);
    expect(messages).toEqual([
      "blog/2015/old.html: internally linking to /also-gone, which does not exist",
      'index.html: linking to internal hash #, which points to nowhere',
    ]);
    const flagged = await runCli(['check', '-s', dir, '--format', 'json', '--no-cache', '--allow-hash-href', '--ignore-files', '/blog/']);
    expect(flagged.code).toBe(0);
    expect(JSON.parse(flagged.out).failures).toEqual([]);
  });
});

const report: CheckReport = {
  dir: '/site/_site',
  failures: [
    { file: 'fr/geocom2026/index.html', line: 93, column: 29, check: 'Markup', message: "malformed attribute '_blank\"' on <a>", snippet: '<a href="https://www.openstreetmap.org/?mlat=48.57394&mlon=7.76394#map=14/48.57394/7.76394 targ' },
    { file: 'fr/geocom2026/index.html', line: 842, column: 17, check: 'Links > Internal', message: 'internally linking to /x.pdf, which does not exist', url: '/x.pdf' },
    { file: 'index.html', line: 3, column: 1, check: 'Links > External', message: 'External link https://e.org/ failed: Not Found', url: 'https://e.org/', status: 404 },
  ],
  summary: { files: 2, failures: 3, byCheck: { Markup: 1, 'Links > Internal': 1, 'Links > External': 1 }, internalLinks: 4, externalLinks: 1, externalFromCache: 0, pagesFromCache: 0, htmlFromCache: 0, htmlWorkers: 0, htmlPagesByWorkers: 0, timingsMs: { pages: 12 } },
};

describe('reports', () => {
  it('human: grouped by file, line:col, check; summary line; no colours off a TTY', () => {
    expect(formatHuman(report, false)).toBe([
      'fr/geocom2026/index.html',
      `  93:29    malformed attribute '_blank"' on <a>  [Markup]`,
      '  842:17   internally linking to /x.pdf, which does not exist  [Links > Internal]',
      '',
      'index.html',
      '  3:1      External link https://e.org/ failed: Not Found (status code 404)  [Links > External]',
      '',
      'kiln check found 3 failures (2 files, 4 internal links, 1 external URL; 12 ms)',
      '  Links > External: 1, Links > Internal: 1, Markup: 1',
      '',
    ].join('\n'));
    expect(formatHuman(report, true)).toContain('\u001b[');
  });

  it('json: failures with file, line, column, check, message, url, and the summary', () => {
    const json = JSON.parse(formatJson(report));
    expect(json.failures[0]).toEqual({ file: 'fr/geocom2026/index.html', line: 93, column: 29, check: 'Markup', message: "malformed attribute '_blank\"' on <a>", url: null });
    expect(json.failures[2].status).toBe(404);
    expect(json.summary.failures).toBe(3);
  });

  it('github: annotations at the source file (line found in it) when the build maps the page', () => {
    const root = site({ 'public/geocom2026/index-fr.html': '---\nlayout: x\n---\n<p>\n  qui se tiendra au Shadok, <a href="https://www.openstreetmap.org/?mlat=48.57394&mlon=7.76394#map=14/48.57394/7.76394 targ\n  ="_blank">x</a>\n' });
    const out = formatGithub(report, { sourceMap: { 'fr/geocom2026/index.html': 'public/geocom2026/index-fr.html' }, sourceRoot: root, pathPrefix: '_site/' }).split('\n');
    expect(out[0]).toBe(`::error file=public/geocom2026/index-fr.html,line=5,title=Markup::malformed attribute '_blank"' on <a> (in fr/geocom2026/index.html:93)`);
    expect(out[1]).toBe('::error file=public/geocom2026/index-fr.html,title=Links > Internal::internally linking to /x.pdf, which does not exist (in fr/geocom2026/index.html:842)');
    expect(out[2]).toBe('::error file=_site/index.html,line=3,col=1,title=Links > External::External link https%3A//e.org/ failed: Not Found'.replace('https%3A', 'https:'));
    expect(out[3]).toMatch(/^kiln check found 3 failures/);
  });
});

describe('Ruby regular expressions in options', () => {
  it('translates \\A, \\z and \\1 as html-proofer users write them', async () => {
    const { rubyRegExp, rubyReplacement, parseSwapUrls, toPattern } = await import('../../src/check/options.js');
    expect('/articles/x-y'.replace(rubyRegExp('\\A/articles/([\\w-]+)', 'g'), rubyReplacement('\\1.html'))).toBe('x-y.html');
    expect(rubyRegExp('foo\\z').test('a foo')).toBe(true);
    expect(rubyRegExp('foo\\z').test('foo a')).toBe(false);
    expect(parseSwapUrls('\\Ahttps\\://example.org:,/old:/new')).toEqual([[/^https:\/\/example.org/g, ''], [/\/old/g, '/new']]);
    expect(toPattern('/blog/201[0-7]/')).toEqual(/blog\/201[0-7]/);
    expect(toPattern('https://exact.example/')).toBe('https://exact.example/');
  });
});

describe("html-proofer's JSON options", () => {
  it('maps --typhoeus, --hydra, --cache, --swap-attributes and --directory-index-files', async () => {
    const { optionsFromFlags } = await import('../../src/cli/check.js');
    const o = optionsFromFlags({
      format: 'human', typhoeus: '{"timeout":5,"followlocation":false}', hydra: '{"max_concurrency":3}',
      cache: '{"timeframe":{"external":"2w"},"storage_dir":"/tmp/kiln-proofer-cache"}',
      swapAttributes: '{"img":[["data-src","src"]]}', directoryIndexFiles: 'index.html,index.php',
    }, undefined, '/site');
    expect(o.external.timeoutMs).toBe(5000);
    expect(o.external.maxRedirects).toBe(0);
    expect(o.external.concurrency).toBe(3);
    expect(o.external.cacheTtlMs).toBe(2 * 604800 * 1000);
    expect(o.cacheDir).toBe('/tmp/kiln-proofer-cache');
    expect(o.swapAttributes).toEqual({ img: [['data-src', 'src']] });
    expect(o.directoryIndexFiles).toEqual(['index.html', 'index.php']);
    expect(() => optionsFromFlags({ format: 'human', hydra: '{oops' }, undefined, '/site')).toThrow("Option 'hydra' did not contain valid JSON.");
  });

  it('checks lazy-loaded images through --swap-attributes', async () => {
    const { check } = await import('./helpers.js');
    const r = await check({ 'index.html': page('<img data-src="/gone.png" alt="x">\n<img data-src="/here.png" src="/placeholder.png" alt="y">'), 'here.png': '', 'placeholder.png': '' },
      { swapAttributes: { img: [['data-src', 'src']] } });
    expect(r.failures.map((f) => `${f.line} ${f.message}`)).toEqual(['6 internal image /gone.png does not exist']);
  });
});

describe('html-validate from the CLI', () => {
  it("reads .htmlvalidate.json from the site source (Jekyll does not copy it to _site)", async () => {
    const dup = page('<span id="d"></span><span id="d"></span>');
    const dir = site({ '_site/index.html': dup, '.htmlvalidate.json': JSON.stringify({ extends: ['html-validate:standard'], rules: { 'no-dup-id': 'off' } }) });
    const quiet = await runCli(['check', '-s', dir, '--disable-external', '--no-cache', '--workers', '0', '--format', 'json']);
    expect(JSON.parse(quiet.out).failures).toEqual([]);
    fs.rmSync(path.join(dir, '.htmlvalidate.json'));
    const loud = await runCli(['check', '-s', dir, '--disable-external', '--no-cache', '--workers', '0', '--format', 'json']);
    expect(loud.code).toBe(1);
    expect(JSON.parse(loud.out).failures.map((f: { check: string }) => f.check)).toEqual(['html-validate > no-dup-id']);
  });
});

describe('source map from a build', () => {
  it('maps each output page to the file it was built from', async () => {
    const { sourceMapFromSite } = await import('../../src/check/source-map.js');
    const map = sourceMapFromSite({
      source: '/site',
      pages: [{ absPath: '/site/public/geocom2026/index-fr.html', outputPath: 'fr/geocom2026/index.html' }, { absPath: '/site/index.md', outputPath: '/index.html' }],
      staticFiles: [{ absPath: '/site/public/x.html', outputPath: 'public/x.html' }],
      collections: new Map([['posts', { docs: [{ absPath: '/site/_posts/2026-01-01-a.md', outputPath: 'blog/2026/01/01/a/index.html' }] }]]),
    });
    expect(map).toEqual({
      'fr/geocom2026/index.html': 'public/geocom2026/index-fr.html',
      'index.html': 'index.md',
      'public/x.html': 'public/x.html',
      'blog/2026/01/01/a/index.html': '_posts/2026-01-01-a.md',
    });
  });
});

describe('errors and github end to end', () => {
  it('names the file of an invalid .htmlvalidate.json, and a missing folder', async () => {
    const dir = site({ '_site/index.html': page('x'), '.htmlvalidate.json': '{ nope' });
    await expect(runCli(['check', '-s', dir, '--disable-external', '--no-cache', '--workers', '0'])).rejects.toThrow(/invalid JSON in \.htmlvalidate\.json/);
    await expect(runCli(['check', path.join(dir, 'missing'), '-s', dir, '--no-validate-html'])).rejects.toThrow(/does not exist/);
  });

  it('--format github with --source-map points at the source file and line', async () => {
    const dir = site({
      '_site/fr/index.html': page('<p>\n<a href="/gone.html">x</a></p>'),
      'fr.md': '---\ntitle: fr\n---\nIntro\n\n<a href="/gone.html">x</a>\n',
      'map.json': JSON.stringify({ 'fr/index.html': 'fr.md' }),
    });
    const { code, out } = await runCli(['check', '-s', dir, '--disable-external', '--no-validate-html', '--no-cache', '--format', 'github', '--source-map', path.join(dir, 'map.json')]);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('::error file=fr.md,line=6,title=Links > Internal::internally linking to /gone.html, which does not exist (in fr/index.html:7)');
  });
});
