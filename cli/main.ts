/**
 * The `plotline` command line: reads the subcommand from argv, dispatches through the command
 * table, and returns the exit code. bin/plotline.mjs builds this file (esbuild) and runs it.
 */
import { parseArgs } from './args';
import { EXIT_OK, EXIT_USAGE, problemText, type CliIo } from './command';
import { COMMANDS } from './commands';
import { randomIds } from './random-ids';

export interface CliOptions {
  readonly version: string;
  readonly io?: CliIo;
  /** The clock and ids, injectable for tests; default the system's. */
  readonly now?: string;
  readonly newId?: () => string;
}

const processIo: CliIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

function overview(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `plotline ${version}: Plotline's plans from the command line (no app needed).

Usage: plotline <command> [options]

Commands:
${lines.join('\n')}

Options:
  --help       this help, or a command's: plotline <command> --help
  --version    print the version
`;
}

/** Runs one invocation; never throws on bad input (a bug still surfaces as a stack trace). */
export async function runCli(argv: readonly string[], options: CliOptions): Promise<number> {
  const io = options.io ?? processIo;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(options.version));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${options.version}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`plotline: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See plotline --help.\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.help}\n`);
    return EXIT_OK;
  }
  const args = parseArgs(rest, command.options);
  if (!args.ok) {
    io.err(`plotline ${command.name}: ${problemText(args.error)} See plotline ${command.name} --help.\n`);
    return EXIT_USAGE;
  }
  const clock = { now: options.now ?? new Date().toISOString(), newId: options.newId ?? randomIds(), version: options.version };
  return command.run(args.value, { io, clock });
}
