// `npm run goldens`: rebuilds each fixture site's `_expected/` with real Jekyll (Debian's 4.3.1),
// where `jekyll` is installed. A fixture may carry `_fixture.yml` with `flags:` (extra `jekyll build`
// flags, e.g. --future) and `env:` (e.g. JEKYLL_ENV; `$FIXTURE` stands for the fixture's folder). Usage: npx tsx tests/tools/goldens.ts [case…]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');

export interface FixtureSettings {
  flags: string[];
  env: Record<string, string>;
  /** Output files kiln cannot make equivalent, with the reason (reported, not failed). */
  knownDifferences: Record<string, string>;
}

export function fixtureSettings(dir: string): FixtureSettings {
  const file = path.join(dir, '_fixture.yml');
  if (!fs.existsSync(file)) return { flags: [], env: {}, knownDifferences: {} };
  const raw = (parse(fs.readFileSync(file, 'utf8')) ?? {}) as { flags?: string[]; env?: Record<string, string>; known_differences?: Record<string, string> };
  // `$FIXTURE` in an env value is the fixture's absolute folder (e.g. GEM_PATH for a theme gem inside it).
  const env = Object.fromEntries(Object.entries(raw.env ?? {}).map(([k, v]) => [k, String(v).replaceAll('$FIXTURE', dir)]));
  return { flags: raw.flags ?? [], env, knownDifferences: raw.known_differences ?? {} };
}

function main(): number {
  const which = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) {
    console.error('jekyll is not installed here: goldens left as they are.');
    return 0;
  }
  const wanted = process.argv.slice(2);
  const cases = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory() && (wanted.length === 0 || wanted.includes(d)));
  let failed = 0;
  for (const name of cases) {
    const dir = path.join(root, name);
    const settings = fixtureSettings(dir);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `golden-${name}-`));
    const out = path.join(tmp, 'site');
    const args = ['build', '-s', dir, '-d', out, '--disable-disk-cache', ...settings.flags];
    const run = spawnSync('jekyll', args, { encoding: 'utf8', env: { ...process.env, JEKYLL_ENV: 'development', ...settings.env } });
    if (run.status !== 0) {
      console.error(`${name}: jekyll failed\n${run.stdout}\n${run.stderr}`);
      failed++;
      fs.rmSync(tmp, { recursive: true, force: true });
      continue;
    }
    const expected = path.join(dir, '_expected');
    fs.rmSync(expected, { recursive: true, force: true });
    fs.cpSync(out, expected, { recursive: true });
    const warnings = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /warn|conflict|skipping/i.test(l)).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim());
    fs.writeFileSync(path.join(dir, '_expected.log'), warnings.join('\n') + (warnings.length ? '\n' : ''));
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`${name}: ${countFiles(expected)} files`);
  }
  return failed ? 1 : 0;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1;
  return n;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
