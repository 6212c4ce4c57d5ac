// Shared by the site-content tests: where the repository's site is, how to build it with kiln
// (or, for the parity test only, with Jekyll) and a minimal static server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The kiln build module, or why it cannot be used (so a test can skip saying so). */
export const kilnBuildModule = path.join(repoRoot, 'src/site/build.ts');
export const kilnBuildMissing: string | null = fs.existsSync(kilnBuildModule)
  ? null
  : 'src/site/build.ts does not exist yet: the site cannot be built with kiln';

/** The three languages' versions of each page, as output paths. */
export const LANGUAGE_PAGES = {
  home: ['index.html', 'fr/index.html', 'es/index.html'],
  community: ['community.html', 'fr/communaute.html', 'es/comunidad.html'],
  blog: ['blog/index.html', 'fr/blog/index.html', 'es/blog/index.html'],
  feed: ['feed.xml', 'fr/feed.xml', 'es/feed.xml'],
} as const;

export const SINGLE_PAGES = ['404.html', 'sitemap.xml', 'robots.txt', 'css/main.css', 'public/favicon.svg'];

export function tempDir(prefix: string): string {
  const base = path.join(repoRoot, 'tests/.tmp');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, `${prefix}-`));
}

/** Builds the repository's own site with kiln's `build()` into `destination`. */
export async function buildWithKiln(
  destination: string,
  options: { baseurl?: string; overrides?: Record<string, unknown> } = {},
): Promise<{ written: string[]; warnings: string[] }> {
  const mod = (await import(kilnBuildModule)) as typeof import('../../src/site/build.js');
  const result = await mod.build({ source: repoRoot, destination, safe: true, quiet: true, ...options });
  return { written: result.written, warnings: result.warnings };
}

/** Whether the `jekyll` command is installed (the parity test runs only then). */
export function hasJekyll(): boolean {
  try {
    execFileSync('jekyll', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Builds the site with Jekyll (`--safe`, no disk cache so nothing is written in the repository). */
export function buildWithJekyll(destination: string): void {
  execFileSync('jekyll', ['build', '--safe', '--disable-disk-cache', '--quiet', '-s', repoRoot, '-d', destination], {
    stdio: 'pipe',
    env: { ...process.env, JEKYLL_ENV: 'production' },
  });
}

/** Every file under `dir`, as `/`-separated relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
};

/** Serves `root` like GitHub Pages does (directory index, `.html` assumed, 404.html on a miss). */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    else if (!fs.existsSync(file) && fs.existsSync(`${file}.html`)) file = `${file}.html`;
    if (!fs.existsSync(file)) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}


/** How many cards a community page's source has (one per `card_user.html` include). */
export function cardCount(sourceRel: string): number {
  return (fs.readFileSync(path.join(repoRoot, sourceRel), 'utf8').match(/\{%-?\s*include\s+card_user\.html\b/g) ?? []).length;
}

/** Built community page → its source. */
export const COMMUNITY_SOURCES: Record<string, string> = {
  'community.html': 'community.md',
  'fr/communaute.html': 'fr/communaute.md',
  'es/comunidad.html': 'es/comunidad.md',
};
