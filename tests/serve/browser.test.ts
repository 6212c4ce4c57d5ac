/// <reference lib="dom" />
// The live preview in a real browser (Debian's Chromium through playwright-core): the test only
// edits source files, never touches the page, and watches the page follow: new text after a page
// edit (patched in place: no reload, no image fetched again), new styles after a CSS edit (swapped
// in place, no reload), an overlay with file:line and the code frame on a build error, gone after
// the fix; a page whose scripts changed reloads.
// Runs against the real site builder on a small fixture site when src/site/build.ts provides one,
// and always against a fake builder (same contract) so the client is tested either way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OVERLAY_ID } from '../../src/serve/client.js';
import { startPreviewServer, type PreviewServer } from '../../src/serve/server.js';
import type { SiteBuilder } from '../../src/serve/types.js';
import { hasChromium, launchChromium, CHROMIUM_PATH } from './helpers/browser.js';
import { createFakeBuilder } from './helpers/fake-builder.js';
import { copySite, repositorySite } from './helpers/site-copy.js';

const browserMissing = !hasChromium();
if (browserMissing) console.warn(`[serve/browser] skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set KILN_CHROMIUM)`);

interface Fixture {
  /** Writes the site's files into `source`. */
  setup(source: string): void;
  builder(source: string): Promise<SiteBuilder>;
  /** The page file edited, and how to write its body text / a Liquid error into it. */
  page: string;
  pageText(text: string): string;
  pageError: string;
  errorLine: number;
  /** Text the code frame shows. */
  frameText: string;
  /** The frame's marker on the error line, when its numbering is the file's. */
  frameMarker: RegExp | null;
  css: string;
  /** The stylesheet's content with `#msg` in this colour. */
  cssText(color: string): string;
  url: string;
}

const fakeFixture: Fixture = {
  setup(source) {
    fs.writeFileSync(
      path.join(source, '_layout.html'),
      '<!doctype html><html><head><title>t</title><link rel="stylesheet" href="/style.css"></head><body>{{ content }}</body></html>',
    );
    fs.writeFileSync(path.join(source, 'index.txt'), '<p id="msg">first</p>\n');
    fs.writeFileSync(path.join(source, 'style.css'), fakeFixture.cssText('rgb(255, 0, 0)'));
  },
  builder: async (source) => createFakeBuilder(source),
  page: 'index.txt',
  pageText: (t) => `<p id="msg">${t}</p>\n`,
  pageError: '<p id="msg">broken</p>\n<p>{% if </p>\n',
  errorLine: 2,
  frameText: '{% if </p>',
  frameMarker: />\s*2 \|/,
  css: 'style.css',
  cssText: (c) => `#msg { color: ${c} }\n`,
  url: '/',
};

/** The real builder, if the site engine exports one yet. */
async function realCreateBuilder(): Promise<((o: Record<string, unknown>) => Promise<SiteBuilder>) | null> {
  const file = path.resolve(__dirname, '../../src/site/build.ts');
  if (!fs.existsSync(file)) return null;
  try {
    const mod = (await import('../../src/site/build.js')) as unknown as { createBuilder?: (o: Record<string, unknown>) => Promise<SiteBuilder> };
    return mod.createBuilder ?? null;
  } catch (err) {
    console.warn(`[serve/browser] real builder not loadable: ${(err as Error).message}`);
    return null;
  }
}
const createReal = await realCreateBuilder();
if (!createReal) console.warn('[serve/browser] real-builder run skipped: src/site/build.ts has no createBuilder yet');

// The Markdown page of the spec once the converter exists; an HTML page with front matter (same
// layouts, Liquid and live reload path) until then.
const hasMarkdown = fs.existsSync(path.resolve(__dirname, '../../src/markdown/index.ts'));
const realPage = hasMarkdown ? 'community.md' : 'community.html';

const realFixture: Fixture = {
  setup(source) {
    fs.mkdirSync(path.join(source, '_layouts'));
    fs.mkdirSync(path.join(source, 'css'));
    fs.writeFileSync(path.join(source, '_config.yml'), 'title: Live\n');
    fs.writeFileSync(
      path.join(source, '_layouts', 'default.html'),
      '<!doctype html>\n<html><head><title>{{ page.title }}</title><link rel="stylesheet" href="{{ \'/css/site.css\' | relative_url }}"></head>\n<body>{{ content }}</body></html>\n',
    );
    fs.writeFileSync(path.join(source, realPage), realFixture.pageText('first'));
    fs.writeFileSync(path.join(source, 'css', 'site.css'), realFixture.cssText('rgb(255, 0, 0)'));
  },
  builder: async (source) => createReal!({ source, quiet: true }),
  page: realPage,
  pageText: (t) => `---\nlayout: default\ntitle: Community\n---\n\n<p id="msg">${t}</p>\n`,
  pageError: '---\nlayout: default\ntitle: Community\n---\n\n<p id="msg">broken</p>\n{% if %}\n',
  errorLine: 7,
  frameText: '{% if %}',
  frameMarker: null,
  css: 'css/site.css',
  cssText: (c) => `#msg { color: ${c} }\n`,
  url: '/community.html',
};

// The repository's own site (the geOrchestra community site), its community page, on a copy.
const repoSite = hasMarkdown ? repositorySite() : null;
const repoOriginal = { page: '', css: '' };
const repoFixture: Fixture = {
  setup(source) {
    copySite(repoSite!, source);
    repoOriginal.page = fs.readFileSync(path.join(source, 'community.md'), 'utf8');
    repoOriginal.css = fs.readFileSync(path.join(source, 'css', 'main.css'), 'utf8');
    fs.writeFileSync(path.join(source, 'community.md'), repoFixture.pageText('first'));
    fs.writeFileSync(path.join(source, 'css', 'main.css'), repoFixture.cssText('rgb(255, 0, 0)'));
  },
  builder: async (source) => createReal!({ source, quiet: true }),
  page: 'community.md',
  pageText: (t) => `${repoOriginal.page}\n\n<p id="msg">${t}</p>\n`,
  get pageError() {
    return `${repoOriginal.page}\n\n<p id="msg">broken</p>\n\n{% if %}\n`;
  },
  get errorLine() {
    const text = this.pageError;
    return text.slice(0, text.indexOf('{% if %}')).split('\n').length;
  },
  frameText: '{% if %}',
  frameMarker: null,
  css: 'css/main.css',
  cssText: (c) => `${repoOriginal.css}\nhtml body #msg { color: ${c} !important }\n`,
  url: '/community.html',
};

const runs: [string, Fixture, boolean][] = [
  ['fake builder', fakeFixture, !browserMissing],
  ['real builder', realFixture, !browserMissing && createReal !== null],
  ["real builder, repository's community page", repoFixture, !browserMissing && createReal !== null && repoSite !== null],
];

for (const [name, fixture, enabled] of runs) {
  describe.skipIf(!enabled)(`live preview in Chromium (${name})`, () => {
    let tmp: string;
    let source: string;
    let server: PreviewServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-browser-'));
      source = path.join(tmp, 'site');
      fs.mkdirSync(source);
      fixture.setup(source);
      server = await startPreviewServer({ builder: await fixture.builder(source), source, port: 0, debounceMs: 10 });
      browser = await launchChromium();
      page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.port}${fixture.url}`);
      // Wait for the live-reload socket before editing anything.
      await page.waitForFunction(() => (window as unknown as { __kilnLiveReload?: boolean }).__kilnLiveReload === true);
      await waitForClients(1);
      // Copying and building the repository's site takes a while on a busy shared machine.
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    });

    async function waitForClients(n: number): Promise<void> {
      const end = Date.now() + 10_000;
      while ((server.hub?.clientCount ?? 0) < n && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    }
    const edit = (rel: string, content: string) => fs.writeFileSync(path.join(source, rel), content);
    const text = () => page.locator('#msg').textContent();

    it('shows the new text after the source is edited, patched in place without a reload', async () => {
      expect(await text()).toBe('first');
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'before edit'));
      const requests: string[] = [];
      const onRequest = (r: { url(): string }) => requests.push(new URL(r.url()).pathname);
      page.on('request', onRequest);
      edit(fixture.page, fixture.pageText('second'));
      await page.waitForFunction(() => document.querySelector('#msg')?.textContent === 'second', null, { timeout: 10_000 });
      page.off('request', onRequest);
      // Same window (no reload), patched by the client, and nothing but the page itself fetched
      // again: no image, stylesheet or script.
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('before edit');
      expect(await page.evaluate(() => (window as unknown as { __kilnLastUpdate?: { kind: string } }).__kilnLastUpdate?.kind)).toBe('patch');
      expect(requests).toEqual([fixture.url]);
      await waitForClients(1);
    });

    it('applies a CSS edit without reloading the page', async () => {
      const color = () => page.evaluate(() => getComputedStyle(document.querySelector('#msg')!).color);
      expect(await color()).toBe('rgb(255, 0, 0)');
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
      edit(fixture.css, fixture.cssText('rgb(0, 0, 255)'));
      await page.waitForFunction(() => getComputedStyle(document.querySelector('#msg')!).color === 'rgb(0, 0, 255)', null, { timeout: 10_000 });
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
      // Exactly one stylesheet link is left once the swap is done.
      await page.waitForFunction(() => document.querySelectorAll('link[rel="stylesheet"]').length === 1);
    });

    it('shows an overlay with file:line and the code frame on a build error, and clears it after the fix', async () => {
      edit(fixture.page, fixture.pageError);
      const overlay = page.locator(`#${OVERLAY_ID}`);
      await overlay.waitFor({ state: 'visible', timeout: 10_000 });
      const shown = (await overlay.textContent()) ?? '';
      expect(shown).toContain(`${fixture.page}:${fixture.errorLine}`);
      expect(shown).toContain(fixture.frameText);
      if (fixture.frameMarker) expect(shown).toMatch(fixture.frameMarker);
      // The last good page is still there under the overlay.
      expect(await text()).toBe('second');
      edit(fixture.page, fixture.pageText('fixed'));
      await page.waitForFunction(() => document.querySelector('#msg')?.textContent === 'fixed', null, { timeout: 10_000 });
      await overlay.waitFor({ state: 'detached', timeout: 10_000 });
      // The fix was patched in too: the page never reloaded since the CSS test.
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
    });
  });
}

describe.skipIf(browserMissing)('live preview in Chromium: which pages reload', () => {
  it('reloads the page whose output changed, leaves another open page alone, and reloads a 404 page', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-tabs-'));
    fs.writeFileSync(path.join(tmp, 'a.txt'), '<p id="msg">a1</p>');
    fs.writeFileSync(path.join(tmp, 'b.txt'), '<p id="msg">b1</p>');
    const server = await startPreviewServer({ builder: createFakeBuilder(tmp), port: 0, debounceMs: 10 });
    const browser = await launchChromium();
    try {
      const open = async (url: string) => {
        const p = await browser.newPage();
        await p.goto(`http://127.0.0.1:${server.port}${url}`);
        await p.evaluate(() => ((window as unknown as { marker: string }).marker = 'untouched'));
        return p;
      };
      const a = await open('/a');
      const b = await open('/b.html');
      const missing = await open('/c');
      const end = Date.now() + 10_000;
      while ((server.hub?.clientCount ?? 0) < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      fs.writeFileSync(path.join(tmp, 'a.txt'), '<p id="msg">a2</p>');
      fs.writeFileSync(path.join(tmp, 'c.txt'), '<p id="msg">c1</p>');
      await a.waitForFunction(() => document.querySelector('#msg')?.textContent === 'a2', null, { timeout: 10_000 });
      await missing.waitForFunction(() => document.querySelector('#msg')?.textContent === 'c1', null, { timeout: 10_000 });
      await server.idle();
      await new Promise((r) => setTimeout(r, 300));
      expect(await b.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('untouched');
      expect(await b.locator('#msg').textContent()).toBe('b1');
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.skipIf(browserMissing)('live preview in Chromium: a page whose scripts changed', () => {
  it('reloads instead of patching (scripts cannot be re-run in place)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-script-'));
    const pageWith = (v: number) => `<p id="msg">v${v}</p><script>window.version = ${v}; window.runs = (window.runs || 0) + 1;</script>`;
    fs.writeFileSync(path.join(tmp, 'index.txt'), pageWith(1));
    const server = await startPreviewServer({ builder: createFakeBuilder(tmp), port: 0, debounceMs: 10 });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.port}/`);
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'untouched'));
      const end = Date.now() + 10_000;
      while ((server.hub?.clientCount ?? 0) < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      fs.writeFileSync(path.join(tmp, 'index.txt'), pageWith(2));
      await page.waitForFunction(() => (window as unknown as { version?: number }).version === 2, null, { timeout: 10_000 });
      expect(await page.locator('#msg').textContent()).toBe('v2');
      // A fresh window: the marker is gone and the script ran once in it.
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { runs?: number }).runs)).toBe(1);
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.skipIf(browserMissing)('live preview in Chromium: quick successive CSS edits', () => {
  it('end with the last version applied and a single stylesheet link', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-css-'));
    fs.writeFileSync(path.join(tmp, '_layout.html'), '<!doctype html><html><head><link rel="stylesheet" href="/s.css"></head><body>{{ content }}</body></html>');
    fs.writeFileSync(path.join(tmp, 'index.txt'), '<p id="msg">x</p>');
    fs.writeFileSync(path.join(tmp, 's.css'), '#msg { color: rgb(255, 0, 0) }');
    const server = await startPreviewServer({ builder: createFakeBuilder(tmp, { delayMs: 30 }), port: 0, debounceMs: 5 });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.port}/`);
      // Slow stylesheet reloads, so each swap is still pending when the next edit arrives.
      await page.route('**/s.css?*', async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      const end = Date.now() + 10_000;
      while ((server.hub?.clientCount ?? 0) < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      for (const [i, c] of ['rgb(0, 128, 0)', 'rgb(0, 0, 128)', 'rgb(0, 0, 255)'].entries()) {
        fs.writeFileSync(path.join(tmp, 's.css'), `#msg { color: ${c} } /* ${i} */`);
        await new Promise((r) => setTimeout(r, 150));
      }
      await page.waitForFunction(() => getComputedStyle(document.querySelector('#msg')!).color === 'rgb(0, 0, 255)', null, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelectorAll('link[rel="stylesheet"]').length === 1, null, { timeout: 10_000 });
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.skipIf(browserMissing)('live preview in Chromium: a page with a strict Content Security Policy', () => {
  it("still reloads: the client is a same-origin script, allowed by script-src 'self'", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-csp-'));
    fs.writeFileSync(
      path.join(tmp, '_layout.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"></head><body>{{ content }}</body></html>`,
    );
    fs.writeFileSync(path.join(tmp, 'index.txt'), '<p id="msg">one</p>');
    const server = await startPreviewServer({ builder: createFakeBuilder(tmp), port: 0, debounceMs: 10 });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${server.port}/`);
      const end = Date.now() + 10_000;
      while ((server.hub?.clientCount ?? 0) < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(server.hub?.clientCount).toBe(1);
      fs.writeFileSync(path.join(tmp, 'index.txt'), '<p id="msg">two</p>');
      await page.waitForFunction(() => document.querySelector('#msg')?.textContent === 'two', null, { timeout: 10_000 });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.skipIf(browserMissing)('live preview in Chromium: an edited image', () => {
  it('shows the new image after the reload (no stale browser cache)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-serve-img-'));
    const svg = (w: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="10"><rect width="${w}" height="10"/></svg>`;
    fs.writeFileSync(path.join(tmp, 'index.txt'), '<img id="pic" src="/pic.svg">');
    fs.writeFileSync(path.join(tmp, 'pic.svg'), svg(10));
    const server = await startPreviewServer({ builder: createFakeBuilder(tmp), port: 0, debounceMs: 10 });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.port}/`);
      await page.waitForFunction(() => (document.querySelector('#pic') as HTMLImageElement).naturalWidth === 10);
      const end = Date.now() + 10_000;
      while ((server.hub?.clientCount ?? 0) < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      fs.writeFileSync(path.join(tmp, 'pic.svg'), svg(20));
      await page.waitForFunction(() => (document.querySelector('#pic') as HTMLImageElement).naturalWidth === 20, null, { timeout: 10_000 });
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
