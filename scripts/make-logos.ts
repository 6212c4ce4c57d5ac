// Renders a placeholder logo for every community card image the site's pages reference:
// the organisation's name (and its site's host) on a coloured ground, 1690×885 JPEG, like the
// real screenshots in size. Existing images are kept unless --force is given.
//
//   npx tsx scripts/make-logos.ts [--force] [--dry-run]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import sharp from 'sharp';

const WIDTH = 1690;
const HEIGHT = 885;
const JPEG_QUALITY = 72;
const IMAGE_DIR = 'public/community-users';

/** Grounds dark enough for white text (contrast ≥ 4.5:1). */
const PALETTE = ['#85127e', '#1d5f8a', '#2d6a4f', '#8a3b12', '#5b3f8c', '#0f5e63', '#7a1f3d', '#3d5a80', '#6b4e16', '#34495e'];

export interface LogoRequest {
  /** File name under public/community-users/, e.g. `geobretagne.jpg`. */
  file: string;
  /** Organisation name shown on the image (the card's `name`). */
  name: string;
  /** Host of the card's `site_url`, or '' when it has none. */
  host: string;
}

const INCLUDE_RE = /\{%-?\s*include\s+card_user\.html\s+([\s\S]*?)-?%\}/g;
const PARAM_RE = /([a-z_]+)=(?:"([^"]*)"|'([^']*)')/g;

/** The card images referenced by one page's source, with the card's name and site. */
export function findLogoRequests(source: string): LogoRequest[] {
  const found: LogoRequest[] = [];
  for (const include of source.matchAll(INCLUDE_RE)) {
    const params: Record<string, string> = {};
    for (const p of include[1].matchAll(PARAM_RE)) params[p[1]] = p[2] ?? p[3] ?? '';
    const img = params.img_url ?? '';
    const at = img.lastIndexOf(`${IMAGE_DIR}/`);
    if (at < 0) continue;
    let host = '';
    try { host = params.site_url ? new URL(params.site_url).host.replace(/^www\./, '') : ''; } catch { host = ''; }
    found.push({ file: img.slice(at + IMAGE_DIR.length + 1), name: params.name ?? '', host });
  }
  return found;
}

/** Greedy word wrap to lines of at most `max` characters (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A stable colour per file name, so re-running the script gives the same images. */
function groundFor(file: string): string {
  let h = 0;
  for (const ch of file) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export function logoSvg(req: LogoRequest): string {
  // Fewer, bigger lines for short names; long names shrink so they keep to ≤ 4 lines.
  let size = 112;
  let lines = wrap(req.name, 22);
  while (lines.length > 4 && size > 56) { size -= 12; lines = wrap(req.name, Math.floor(22 * 112 / size)); }
  const lineHeight = Math.round(size * 1.2);
  const top = HEIGHT / 2 - ((lines.length - 1) * lineHeight) / 2 - (req.host ? 40 : 0);
  const text = lines
    .map((l, i) => `<text x="${WIDTH / 2}" y="${Math.round(top + i * lineHeight)}" font-size="${size}" font-weight="700">${escapeXml(l)}</text>`)
    .join('');
  const host = req.host
    ? `<text x="${WIDTH / 2}" y="${Math.round(top + lines.length * lineHeight + 30)}" font-size="48" opacity="0.85">${escapeXml(req.host)}</text>`
    : '';
  const ground = groundFor(req.file);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${ground}"/><stop offset="1" stop-color="${ground}" stop-opacity="0.82"/></linearGradient></defs>
<rect width="100%" height="100%" fill="#1b1b1b"/><rect width="100%" height="100%" fill="url(#g)"/>
<rect x="0" y="0" width="100%" height="72" fill="#000" opacity="0.18"/>
<circle cx="60" cy="36" r="12" fill="#fff" opacity="0.7"/><circle cx="100" cy="36" r="12" fill="#fff" opacity="0.5"/><circle cx="140" cy="36" r="12" fill="#fff" opacity="0.3"/>
<g font-family="DejaVu Sans, Lato, Arial, sans-serif" fill="#ffffff" text-anchor="middle" dominant-baseline="middle">${text}${host}</g>
</svg>`;
}

export async function renderLogo(req: LogoRequest, outFile: string): Promise<void> {
  await sharp(Buffer.from(logoSvg(req)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toFile(outFile);
}

async function main(argv: string[]): Promise<void> {
  const force = argv.includes('--force');
  const dryRun = argv.includes('--dry-run');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // The French page (the original) names the organisations first; the translations add any others.
  const pages = [
    ...(await fg(['fr/**/*.{md,html}'], { cwd: root })).sort(),
    ...(await fg(['*.{md,html}', 'es/**/*.{md,html}', '_posts/**/*.{md,html}'], { cwd: root, ignore: ['README.md'] })).sort(),
  ];
  const requests = new Map<string, LogoRequest>();
  for (const page of pages) {
    for (const req of findLogoRequests(readFileSync(path.join(root, page), 'utf8'))) {
      if (!requests.has(req.file)) requests.set(req.file, req);
    }
  }
  const outDir = path.join(root, IMAGE_DIR);
  mkdirSync(outDir, { recursive: true });
  let made = 0;
  for (const req of [...requests.values()].sort((a, b) => a.file.localeCompare(b.file))) {
    const out = path.join(outDir, req.file);
    if (existsSync(out) && !force) continue;
    if (!/\.jpe?g$/i.test(req.file)) { console.warn(`skipped ${req.file}: only .jpg logos are generated`); continue; }
    console.log(`${dryRun ? 'would make' : 'making'} ${path.relative(root, out)}  (${req.name})`);
    if (!dryRun) await renderLogo(req, out);
    made++;
  }
  console.log(`${requests.size} logos referenced, ${made} ${dryRun ? 'to make' : 'made'}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err) => { console.error(err); process.exitCode = 1; });
}
