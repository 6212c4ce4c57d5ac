// Compares two built sites file by file (a Jekyll build as reference, kiln's as ours) and counts
// equivalent, byte-identical, missing, extra and differing files, as people migrating need to see.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../write/files.js';
import { compareFile } from './equivalence.js';

export { canonicalHtml, compareFile } from './equivalence.js';

export interface SiteComparison {
  referenceFiles: number;
  ourFiles: number;
  equivalent: number;
  byteIdentical: number;
  missing: string[];
  extra: string[];
  differing: { file: string; reference?: string; ours?: string }[];
}

export function compareSites(referenceDir: string, ourDir: string): SiteComparison {
  const ref = new Set(listRegularFiles(referenceDir));
  const ours = new Set(listRegularFiles(ourDir));
  const result: SiteComparison = {
    referenceFiles: ref.size,
    ourFiles: ours.size,
    equivalent: 0,
    byteIdentical: 0,
    missing: [...ref].filter((f) => !ours.has(f)).sort(),
    extra: [...ours].filter((f) => !ref.has(f)).sort(),
    differing: [],
  };
  for (const file of [...ref].filter((f) => ours.has(f)).sort()) {
    const verdict = compareFile(file, fs.readFileSync(path.join(referenceDir, file)), fs.readFileSync(path.join(ourDir, file)));
    if (verdict.identical) result.byteIdentical++;
    if (verdict.equivalent) result.equivalent++;
    else result.differing.push({ file, ...verdict.hint });
  }
  return result;
}

/** True when every reference file is produced, equivalent, and nothing extra is. */
export function sitesMatch(c: SiteComparison): boolean {
  return c.equivalent === c.referenceFiles && c.extra.length === 0;
}

export function formatComparison(c: SiteComparison, show = 10): string {
  const lines: string[] = [];
  for (const m of c.missing.slice(0, show)) lines.push(`missing  ${m}`);
  for (const m of c.extra.slice(0, show)) lines.push(`extra    ${m}`);
  for (const d of c.differing.slice(0, show)) {
    lines.push(`differs  ${d.file}`);
    if (d.reference !== undefined) lines.push(`      jekyll: ${JSON.stringify(d.reference)}`, `      kiln:   ${JSON.stringify(d.ours)}`);
  }
  lines.push(
    `equivalent ${c.equivalent}/${c.referenceFiles} (byte-identical ${c.byteIdentical}), ` +
      `missing ${c.missing.length}, extra ${c.extra.length}, differing ${c.differing.length}`,
  );
  return lines.join('\n');
}

function listRegularFiles(dir: string): string[] {
  return listFiles(dir).filter((rel) => {
    try {
      return fs.lstatSync(path.join(dir, rel)).isFile();
    } catch {
      return false;
    }
  });
}
