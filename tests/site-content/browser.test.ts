// The community pages in Chromium: no console error, no failed request, and the card grid laid out
// four a row at 1280 px and one a row at 375 px, asserted from the cards' boxes. Full-page
// screenshots go to test-artifacts/site-content/ (gitignored).
//
// The site tested is KILN_SITE_DIR when set (e.g. the CI's `kiln build` output, images included),
// otherwise a fresh build with kiln's build(). Skipped without Chromium (/usr/bin/chromium or
// CHROMIUM_PATH) or when neither a built site nor src/site/build.ts is available.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY_SOURCES, LANGUAGE_PAGES, buildWithKiln, cardCount, listFiles, kilnBuildMissing, repoRoot, serveStatic, tempDir } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GIVEN_SITE = process.env.KILN_SITE_DIR ? path.resolve(process.env.KILN_SITE_DIR) : null;
const ARTIFACTS = path.join(repoRoot, 'test-artifacts/site-content');

const skipReason = !fs.existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM}`
  : GIVEN_SITE === null && kilnBuildMissing !== null
    ? kilnBuildMissing
    : null;

interface Box { x: number; y: number; width: number; height: number }

/** Loads `url`, scrolls to the end so lazy images load too, and reports every problem seen. */
async function visit(page: Page, url: string, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is the browser cancelling a request itself (e.g. a speculative <picture> source
    // dropped once the layout is known), not a resource that failed; every image is checked
    // below to have loaded.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  // Nothing may leave the machine: a request elsewhere is a problem (and is not made).
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(origin) || route.request().url().startsWith('data:')) return route.continue();
    problems.push(`request outside the site: ${route.request().url()}`);
    return route.abort();
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  // Bring each image into view and wait for it, so lazy ones load (or fail) too.
  await page.evaluate(async () => {
    for (const img of Array.from(document.images)) {
      img.scrollIntoView({ block: 'center' });
      if (img.complete && img.naturalWidth > 0) continue;
      await new Promise<void>((resolve) => {
        img.addEventListener('load', () => resolve(), { once: true });
        img.addEventListener('error', () => resolve(), { once: true });
        setTimeout(resolve, 10_000);
      });
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  const unloaded = await page.$$eval('img', (imgs) =>
    imgs.filter((i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0).map((i) => (i as HTMLImageElement).currentSrc || i.getAttribute('src')));
  for (const src of unloaded) problems.push(`image not loaded: ${src}`);
  return problems;
}

/** The boxes of the cards of each `.row`, in document order. */
async function cardBoxes(page: Page): Promise<Box[][]> {
  return page.$$eval('.row', (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll(':scope > .card')].map((card) => {
        const r = card.getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      })));
}

/** Splits a row's cards into visual lines (same top edge, within a pixel). */
function lines(boxes: Box[]): Box[][] {
  const out: Box[][] = [];
  for (const b of boxes) {
    const last = out.at(-1);
    if (last && Math.abs(last[0].y - b.y) < 1) last.push(b);
    else out.push([b]);
  }
  return out;
}

describe.skipIf(skipReason !== null)(`community pages in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let built: string | null = null;
  let siteDir = '';

  beforeAll(async () => {
    let site = GIVEN_SITE;
    if (site === null) {
      built = tempDir('site-browser');
      site = path.join(built, '_site');
      await buildWithKiln(site);
    }
    siteDir = site;
    server = await serveStatic(site);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (built) fs.rmSync(built, { recursive: true, force: true });
  });

  it('every other page opens with no console error and no failed request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const pages = listFiles(siteDir).filter((f) => f.endsWith('.html') && !LANGUAGE_PAGES.community.includes(f as never));
      expect(pages.length).toBeGreaterThan(10);
      const problems: string[] = [];
      for (const file of pages) {
        const page = await context.newPage();
        problems.push(...(await visit(page, `${server.url}/${file}`, server.url)).map((p) => `${file}: ${p}`));
        await page.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  for (const file of LANGUAGE_PAGES.community) {
    const name = file.replace(/\//g, '_').replace(/\.html$/, '');

    it(`${file}: four cards a row at 1280 px, no error, no failed request`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        const problems = await visit(page, `${server.url}/${file}`, server.url);
        await page.screenshot({ path: path.join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
        expect(problems).toEqual([]);
        const rows = await cardBoxes(page);
        expect(rows.reduce((n, r) => n + r.length, 0)).toBe(cardCount(COMMUNITY_SOURCES[file]));
        for (const row of rows) {
          const rowLines = lines(row);
          rowLines.forEach((line, i) => {
            // Every line is full (4) except the last, which holds the rest.
            expect(line.length).toBe(i < rowLines.length - 1 ? 4 : row.length - 4 * (rowLines.length - 1));
            for (let j = 1; j < line.length; j++) {
              expect(line[j].x).toBeGreaterThan(line[j - 1].x + line[j - 1].width - 1);
              expect(Math.abs(line[j].width - line[0].width)).toBeLessThan(1);
            }
            expect(Math.abs(line[0].x - row[0].x)).toBeLessThan(1);
          });
          // Cards are of a sensible size for four across a 1140 px container.
          expect(row[0].width).toBeGreaterThan(200);
          expect(row[0].width).toBeLessThan(300);
        }
      } finally {
        await context.close();
      }
    }, 60_000);

    it(`${file}: one card a row at 375 px, no error, no failed request`, async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      try {
        const problems = await visit(page, `${server.url}/${file}`, server.url);
        await page.screenshot({ path: path.join(ARTIFACTS, `${name}-375.png`), fullPage: true });
        expect(problems).toEqual([]);
        const rows = await cardBoxes(page);
        expect(rows.reduce((n, r) => n + r.length, 0)).toBe(cardCount(COMMUNITY_SOURCES[file]));
        for (const row of rows) {
          for (let j = 0; j < row.length; j++) {
            expect(Math.abs(row[j].x - row[0].x)).toBeLessThan(1);
            expect(Math.abs(row[j].width - row[0].width)).toBeLessThan(1);
            if (j > 0) expect(row[j].y).toBeGreaterThanOrEqual(row[j - 1].y + row[j - 1].height);
          }
          // One card takes the whole width of the content area, and nothing overflows the screen.
          expect(row[0].width).toBeGreaterThan(300);
          expect(row[0].x + row[0].width).toBeLessThanOrEqual(375);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(overflow).toBeLessThanOrEqual(375);
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});
