// Destination safety: decides whether kiln may replace a folder with a site build.
// A build wipes what it does not produce, so a wrong `-d` must never cost the user a folder:
// the source itself, a parent of it, or a folder that does not look like a site build are refused.
import fs from 'node:fs';
import path from 'node:path';
import { KilnError } from '../util/errors.js';

/** Files whose presence at the top of a folder says "this is a project, not a build". */
const SOURCE_MARKERS = ['_config.yml', '_config.yaml', '_config.toml', 'package.json', 'Gemfile', '.kiln-cache'];

export interface DestinationCheck {
  source: string;
  destination: string;
  /** Set when a manifest of a previous kiln build of this destination exists. */
  builtBefore: boolean;
  /** `--force`: replace a non-empty folder that does not look like a site build. */
  force?: boolean;
}

/** Throws a KilnError when writing the build to `destination` could destroy something else. */
export function assertSafeDestination({ source, destination, builtBefore, force }: DestinationCheck): void {
  const src = path.resolve(source);
  const dest = path.resolve(destination);
  if (dest === path.parse(dest).root) {
    throw new KilnError(`Refusing to use the filesystem root as destination: ${dest}`);
  }
  if (dest === src) {
    throw new KilnError(`Destination and source are the same folder (${dest}): the build would delete the source.`);
  }
  if (isInside(src, dest)) {
    throw new KilnError(`Destination ${dest} contains the source ${src}: the build would delete the source.`);
  }
  if (builtBefore || force) return;
  const verdict = inspectExisting(dest);
  if (verdict !== 'ok') {
    throw new KilnError(
      `Destination ${dest} is not empty and does not look like a site build (${verdict}). ` +
        'Choose another destination, or pass --force to replace it.',
    );
  }
}

/** True when `child` is `parent` or lies below it. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** 'ok' for a missing, empty or build-looking folder; otherwise why not. */
function inspectExisting(dest: string): string {
  let entries: string[];
  try {
    const stat = fs.statSync(dest);
    if (!stat.isDirectory()) return 'it is a file';
    entries = fs.readdirSync(dest);
  } catch {
    return 'ok';
  }
  if (entries.length === 0) return 'ok';
  const marker = entries.find((e) => SOURCE_MARKERS.includes(e));
  if (marker) return `it has ${marker}`;
  if (!containsHtml(dest, 2)) return 'it has no HTML page';
  return 'ok';
}

function containsHtml(dir: string, depth: number): boolean {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    if (e.isFile() && /\.html?$/i.test(e.name)) return true;
  }
  if (depth <= 0) return false;
  return entries.some((e) => e.isDirectory() && !e.name.startsWith('.') && containsHtml(path.join(dir, e.name), depth - 1));
}
