// Every fixture site under tests/fixtures/sites/<case>/ is built with kiln and each output file is
// compared with the golden Jekyll 4.3.1 build committed beside it (`_expected/`, made by
// `npm run goldens`): same file set, every file equivalent; byte-identical counts are reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fixtureSettings } from '../tools/goldens.js';
import { compareOutput } from './equivalence.js';

const root = path.resolve(__dirname, '../fixtures/sites');
const cases = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, '_expected')));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fixtures-'));
const summary: string[] = [];
const known: string[] = [];

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

const builder = path.resolve(__dirname, 'build-fixture.ts');

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
  if (summary.length) console.log('fixture sites (identical/equivalent/total):\n' + summary.join('\n'));
  if (known.length) console.log('known differences (not equivalent, documented in _fixture.yml):\n  ' + known.join('\n  '));
});

describe('fixture sites match Jekyll 4.3.1', () => {
  for (const name of cases) {
    it(name, async () => {
      const source = path.join(root, name);
      const destination = path.join(scratch, name);
      const settings = fixtureSettings(source);
      // Each site in its own process, as each `jekyll build` runs (TZ comes from the site's config).
      const run = spawnSync(process.execPath, ['--import', 'tsx', builder, source, destination, path.join(scratch, `${name}.cache`), ...settings.flags], {
        encoding: 'utf8',
        // The fixture's env (JEKYLL_ENV, GEM_PATH for a theme gem…) as `npm run goldens` gave Jekyll.
        env: { ...process.env, JEKYLL_ENV: 'development', ...settings.env },
      });
      expect(run.status, `kiln build failed:\n${run.stderr}`).toBe(0);
      // Jekyll's own warnings for the site (captured by `npm run goldens`) are kiln's too.
      const ours = (JSON.parse(run.stdout.trim().split('\n').pop()!) as { warnings: string[] }).warnings;
      const logFile = path.join(source, '_expected.log');
      const jekyllWarnings = fs.existsSync(logFile)
        ? fs.readFileSync(logFile, 'utf8').split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim().replace(/^Warning:\s*/, '')).filter(Boolean)
        : [];
      for (const w of jekyllWarnings) expect(ours.some((o) => o.includes(w)), `Jekyll warned: ${w}\nkiln: ${ours.join('\n')}`).toBe(true);
      const expectedDir = path.join(source, '_expected');
      const expected = listFiles(expectedDir).sort();
      const actual = listFiles(destination).sort();
      expect(actual, 'same files as Jekyll').toEqual(expected);
      let identical = 0;
      let equivalent = 0;
      const failures: string[] = [];
      for (const file of expected) {
        const v = compareOutput(file, fs.readFileSync(path.join(expectedDir, file)), fs.readFileSync(path.join(destination, file)));
        if (v.identical) identical++;
        if (v.same) equivalent++;
        else if (settings.knownDifferences[file]) known.push(`${name}/${file}: ${settings.knownDifferences[file]}`);
        else failures.push(`${file}\n  ${v.hint}`);
      }
      summary.push(`  ${name}: ${identical}/${equivalent}/${expected.length}`);
      expect(failures, `${equivalent}/${expected.length} equivalent, ${identical} byte-identical`).toEqual([]);
    });
  }
});
