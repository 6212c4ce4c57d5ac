// The `kiln` command line: registers each command (each in its own file, which only parses flags
// and calls the library), and maps outcomes to exit codes: 0 ok, 1 build or check failure,
// 2 usage error (unknown command or flag), with usage on stderr.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { KilnError } from '../util/errors.js';
import { registerBuild } from './build.js';
import { normalizeCheckArgv, registerCheck } from './check.js';
import { registerCompare } from './compare.js';
import { registerImages } from './images.js';
import { registerServe } from './serve.js';

const USAGE_ERRORS = new Set([
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.excessArguments',
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.invalidArgument',
  'commander.conflictingOption',
]);

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function createProgram(): Command {
  const program = new Command('kiln')
    .description('A drop-in, fast build of Jekyll 4.3 sites, with image optimisation, checks and live preview.')
    .version(packageVersion(), '-v, --version')
    .showHelpAfterError('(run `kiln help` for usage)')
    .exitOverride();
  registerBuild(program);
  registerServe(program);
  registerCheck(program);
  registerImages(program);
  registerCompare(program);
  // Subcommands inherit exitOverride and output settings from the program they are added to.
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  const trace = argv.includes('--trace');
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    // html-proofer's underscore spellings (--allow_hash_href) are accepted as Ruby's parser does.
    const args = argv[0] === 'check' ? normalizeCheckArgv(argv) : argv;
    await program.parseAsync(args, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return USAGE_ERRORS.has(err.code) ? 2 : 1;
    }
    if (err instanceof KilnError) {
      process.stderr.write(`Error: ${err.format()}\n`);
      if (trace && err.stack) process.stderr.write(err.stack + '\n');
      return 1;
    }
    process.stderr.write(`Error: ${(err as Error)?.message ?? String(err)}\n`);
    if (trace && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    return 1;
  }
}
