// Debian's Chromium driven by playwright-core, for the browser test and the latency benchmark.
// It only ever talks to loopback. Never downloads a browser: when /usr/bin/chromium (or $KILN_CHROMIUM) is missing, callers skip.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KILN_CHROMIUM ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Loopback only: any other host name fails to resolve at once, so pages that link a CDN
      // (the real site's icon font) neither reach the network nor hold their load event for seconds.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}
