/// <reference lib="dom" />
// The in-place page update (src/serve/morph.ts) in Chromium, on the fixtures of
// tests/serve/fixtures/morph (see its README): each `before` page is loaded with its scripts run,
// patched to its `after` version, and checked for what changed, what stayed the same node, the
// scroll position, and, when the patch must refuse, a document left untouched.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MORPH_SOURCE } from '../../src/serve/morph.js';
import { CLIENT_JS } from '../../src/serve/client.js';
import { hasChromium, launchChromium } from './helpers/browser.js';

const dir = path.join(__dirname, 'fixtures', 'morph');
const cases = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

interface Expect {
  ok: boolean;
  reason?: string;
  pristine?: boolean;
  sameBody?: boolean;
  kept?: string[];
  recreated?: string[];
  scrollTo?: number;
  checks?: string[];
  stats?: Record<string, number>;
}

interface Outcome {
  result: { ok: boolean; reason?: string; stats?: Record<string, number> };
  survivors: string[];
  present: string[];
  body: string;
  bodyBefore: string;
  expectedBody: string;
  scrollBefore: number;
  scrollAfter: number;
  checks: [string, unknown][];
}

describe('the client carries the morph', () => {
  it('includes morph.ts verbatim', () => {
    expect(CLIENT_JS).toContain(MORPH_SOURCE.trim());
  });
});

describe.skipIf(!hasChromium())('in-place page update (morph) in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function run(name: string, want: Expect): Promise<Outcome> {
    const before = fs.readFileSync(path.join(dir, `${name}.before.html`), 'utf8');
    const after = fs.readFileSync(path.join(dir, `${name}.after.html`), 'utf8');
    await page.setContent(before, { waitUntil: 'load' });
    // The morph is defined, then its tag removed: it is not part of the page under test.
    const tag = await page.addScriptTag({ content: MORPH_SOURCE });
    await tag.evaluate((el) => (el as Element).remove());
    return page.evaluate(
      ({ before, after, want }) => {
        const w = window as unknown as { kilnMorph: { patchDocument(d: Document, o: Document | null, n: Document): Outcome['result'] } };
        // Every element with an id remembers it on the node itself, invisible to the markup.
        const tag = (el: Element) => ((el as unknown as { __origId?: string }).__origId = el.id);
        document.querySelectorAll('[id]').forEach(tag);
        if (want.scrollTo) window.scrollTo(0, want.scrollTo);
        const scrollBefore = window.scrollY;
        const bodyBefore = document.body.innerHTML;
        const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
        const next = parse(after);
        const result = w.kilnMorph.patchDocument(document, want.pristine === false ? null : parse(before), next);
        const all = [...document.querySelectorAll('[id]')];
        const body = document.body.innerHTML;
        const checks = (want.checks ?? []).map((c): [string, unknown] => {
          try {
            return [c, (0, eval)(c)];
          } catch (e) {
            return [c, `threw ${(e as Error).message}`];
          }
        });
        return {
          result,
          survivors: all.filter((e) => (e as unknown as { __origId?: string }).__origId === e.id).map((e) => e.id),
          present: all.map((e) => e.id),
          body,
          bodyBefore,
          expectedBody: next.body.innerHTML,
          scrollBefore,
          scrollAfter: window.scrollY,
          checks,
        };
      },
      { before, after, want },
    );
  }

  for (const name of cases) {
    it(name, async () => {
      const want = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Expect;
      const got = await run(name, want);
      expect(got.result.ok, got.result.reason).toBe(want.ok);
      if (!want.ok) {
        expect(got.result.reason).toContain(want.reason ?? '');
        expect(got.body).toBe(got.bodyBefore);
        return;
      }
      if (want.sameBody !== false) expect(got.body).toBe(got.expectedBody);
      for (const id of want.kept ?? []) expect(got.survivors, `#${id} kept`).toContain(id);
      for (const id of want.recreated ?? []) {
        expect(got.present, `#${id} present`).toContain(id);
        expect(got.survivors, `#${id} re-created`).not.toContain(id);
      }
      if (want.scrollTo) {
        expect(got.scrollBefore).toBe(want.scrollTo);
        expect(got.scrollAfter).toBe(got.scrollBefore);
      }
      for (const [check, value] of got.checks) expect(value, check).toBe(true);
      for (const [k, v] of Object.entries(want.stats ?? {})) expect(got.result.stats?.[k], `stats.${k}`).toBe(v);
    });
  }
});
