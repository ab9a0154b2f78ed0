/** What every subcommand is: a name, its help, its options, and a thin run over the domain. */
import type { Problem } from '../renderer/domain/model/result';
import type { OptionSpec, ParsedArgs } from './args';
import type { FileClock } from './plan-files';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CliContext {
  readonly io: CliIo;
  readonly clock: FileClock;
}

export interface Command {
  readonly name: string;
  /** One line for `plotline --help`. */
  readonly summary: string;
  /** `plotline <name> --help`: usage line first, then options and examples. */
  readonly help: string;
  readonly options: OptionSpec;
  /**
   * The process exit code: 0 done, 1 refused (with a message on stderr), 2 a usage mistake, 3 a
   * file written without rows of its input that could not be read (each named in a warning).
   */
  readonly run: (args: ParsedArgs, ctx: CliContext) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
/**
 * The output is written, but rows of a CSV or sheet were left out for their errors: a script can
 * tell this from a clean run (0) without reading stderr, as `validate` refuses such a file.
 */
export const EXIT_ROWS_LEFT_OUT = 3;

/**
 * After a written file: says how many input rows it lacks and returns EXIT_ROWS_LEFT_OUT, or
 * EXIT_OK when none were left out. The rows themselves were named in the warnings before.
 */
export function writtenExitCode(io: CliIo, command: string, output: string, rowsLeftOut: number): number {
  if (rowsLeftOut === 0) return EXIT_OK;
  io.err(`plotline ${command}: ${output} is written without ${String(rowsLeftOut)} input row${rowsLeftOut === 1 ? '' : 's'} that could not be read (the warnings above name each row and why).\n`);
  return EXIT_ROWS_LEFT_OUT;
}

/** "row 14: ..." unless the message already names the place (as the app's dialogs show it). */
export function problemText(problem: Problem): string {
  return problem.where === undefined || problem.message.includes(problem.where) ? problem.message : `${problem.where}: ${problem.message}`;
}

/** Warnings go to stderr, one per line, so stdout stays a clean result for pipes. */
export function printWarnings(io: CliIo, fileName: string, warnings: readonly string[]): void {
  for (const warning of warnings) io.err(`warning: ${fileName}: ${warning}\n`);
}

/** "plotline convert: plan.xml: XML error at line 9..." — the file is named once, whatever the message says. */
export function refusal(io: CliIo, command: string, fileName: string, problem: Problem): void {
  const text = problemText(problem);
  io.err(`plotline ${command}: ${text.includes(fileName) ? '' : `${fileName}: `}${text}\n`);
}
