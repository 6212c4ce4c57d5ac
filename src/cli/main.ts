// The `kiln` command line: registers each command (each in its own file, which only parses flags
// and calls the library), and maps outcomes to exit codes: 0 ok, 1 build or check failure,
// 2 usage error (unknown command or flag), with usage on stderr.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { KilnError } from '../util/errors.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded on demand: a command pulls in what it needs (sharp, chokidar,
 * html-validate…), and a `kiln build` should not pay for loading the others.
 */
const COMMANDS: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ['build', 'b'], load: async () => (await import('./build.js')).registerBuild },
  { names: ['serve', 's', 'server'], load: async () => (await import('./serve.js')).registerServe as Register },
  { names: ['check'], load: async () => (await import('./check.js')).registerCheck },
  { names: ['images'], load: async () => (await import('./images.js')).registerImages },
  { names: ['compare'], load: async () => (await import('./compare.js')).registerCompare },
];

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

/** The program with the commands `argv` may need: the one it names, or all (help, unknown…). */
export async function createProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('kiln')
    .description('A drop-in, fast build of Jekyll 4.3 sites, with image optimisation, checks and live preview.')
    .version(packageVersion(), '-v, --version')
    .showHelpAfterError('(run `kiln help` for usage)')
    .exitOverride();
  const named = COMMANDS.find((c) => c.names.includes(argv[0]));
  for (const command of named ? [named] : COMMANDS) (await command.load())(program);
  // Subcommands inherit exitOverride and output settings from the program they are added to.
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = await createProgram(argv);
  const trace = argv.includes('--trace');
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    // html-proofer's underscore spellings (--allow_hash_href) are accepted as Ruby's parser does.
    const args = argv[0] === 'check' ? (await import('./check.js')).normalizeCheckArgv(argv) : argv;
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
