// `npm run bench`: runs every bench/<area>.ts in turn (each writes bench/results/<area>.md) and
// assembles bench/RESULTS.md, headed by the machine it ran on. Areas run one after another so they
// do not compete for the two cores; pass area names to run only some (`npm run bench -- build`).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(benchDir, 'results');
const ORDER = ['build', 'markdown', 'liquid', 'images', 'check', 'serve'];

function areas(): string[] {
  const found = fs
    .readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
    .map((f) => f.slice(0, -3));
  const rank = (a: string) => (ORDER.includes(a) ? ORDER.indexOf(a) : ORDER.length);
  return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function versionOf(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return 'not installed';
  }
}

function machine(): string {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} (shared, noisy machine: medians and ratios are what count)`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; OS: ${os.type()} ${os.release()}`,
    `- Node ${process.version}; ${versionOf('ruby', ['--version'])}; ${versionOf('jekyll', ['--version'])}; ` +
      `${versionOf('htmlproofer', ['--version'])}`,
  ].join('\n');
}

const wanted = process.argv.slice(2);
const selected = areas().filter((a) => wanted.length === 0 || wanted.includes(a));
fs.mkdirSync(resultsDir, { recursive: true });
for (const area of selected) {
  console.log(`\n=== bench: ${area}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, `${area}.ts`)], { stdio: 'inherit' });
  if (run.status !== 0) {
    fs.writeFileSync(path.join(resultsDir, `${area}.md`), `## ${area}\n\nThe benchmark failed (exit ${run.status}); see its output.\n`);
  }
}

const sections = areas()
  .map((a) => path.join(resultsDir, `${a}.md`))
  .filter((f) => fs.existsSync(f))
  .map((f) => fs.readFileSync(f, 'utf8').trim());
const doc = `# kiln benchmarks\n\nWritten by \`npm run bench\` (bench/run.ts); each section by bench/<area>.ts.\n\n## Machine\n\n${machine()}\n\n${sections.join('\n\n')}\n`;
fs.writeFileSync(path.join(benchDir, 'RESULTS.md'), doc);
console.log(`\nwrote ${path.relative(process.cwd(), path.join(benchDir, 'RESULTS.md'))}`);
