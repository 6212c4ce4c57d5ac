// Build manifest: what kiln last wrote to a destination, kept in the cache (never in the output,
// so the build stays byte-identical to Jekyll's). It tells the writer that a folder is ours to replace.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildManifest {
  destination: string;
  files: string[];
  writtenAt: string;
}

function manifestPath(cacheDir: string, destination: string): string {
  const key = crypto.createHash('sha1').update(path.resolve(destination)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'builds', `${key}.json`);
}

export function readManifest(cacheDir: string, destination: string): BuildManifest | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(manifestPath(cacheDir, destination), 'utf8')) as BuildManifest;
    return data.destination === path.resolve(destination) && Array.isArray(data.files) ? data : undefined;
  } catch {
    return undefined;
  }
}

export function writeManifest(cacheDir: string, destination: string, files: string[]): void {
  const file = manifestPath(cacheDir, destination);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const manifest: BuildManifest = { destination: path.resolve(destination), files, writtenAt: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(manifest));
}
