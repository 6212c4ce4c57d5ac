// Runs `kiln check` alone (without the rest of the CLI): `tsx tests/check/tools/cli.ts check DIR …`.
// Used by the check tests and the benchmark while main.ts wires the command in.
import { Command } from 'commander';
import { registerCheck } from '../../../src/cli/check.js';

const program = new Command('kiln').exitOverride();
registerCheck(program);
program.parseAsync(process.argv.slice(2), { from: 'user' }).then(
  () => { process.exitCode = Number(process.exitCode ?? 0); },
  (err: Error) => { process.stderr.write(`Error: ${err.message}\n`); process.exitCode = 2; },
);
