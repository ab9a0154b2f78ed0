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
   * The process exit code: 0 done, 1 refused (with a message on stderr), 2 a usage mistake, 3 the
   * output made without part of its input (each part named in a warning, then a closing line).
   */
  readonly run: (args: ParsedArgs, ctx: CliContext) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
/**
 * The output is written or printed, but without part of the input: rows of a CSV or sheet left
 * out for their errors, or a link a merge could not keep. A script can tell this from a clean run
 * (0) without reading stderr, as `validate` refuses such a file.
 */
export const EXIT_INPUT_LEFT_OUT = 3;

/** Rows of one input file that could not be read, each already named in a warning. */
export interface RowsLeftOut {
  readonly file: string;
  readonly rows: number;
}

/**
 * After the output: one closing line for the input rows it lacks (which files, how many) and one
 * per other part left out ('the link ... of theirs.csv'), then EXIT_INPUT_LEFT_OUT; EXIT_OK and
 * nothing said when nothing was left out. `output` says what lacks them: 'plan.xlsx is written',
 * 'the schedule is printed'; `consequence` what that may mean for the reader of the output.
 */
export function leftOutExitCode(
  io: CliIo, command: string, output: string, rows: readonly RowsLeftOut[], others: readonly string[] = [], consequence = '',
): number {
  const lost = rows.filter((r) => r.rows > 0);
  const total = lost.reduce((sum, r) => sum + r.rows, 0);
  const count = (n: number): string => `${String(n)} input row${n === 1 ? '' : 's'}`;
  const from = lost.length === 1 ? `of ${lost[0]?.file ?? ''}` : `(${lost.map((r) => `${String(r.rows)} of ${r.file}`).join(', ')})`;
  if (total > 0) io.err(`plotline ${command}: ${output} without ${count(total)} ${from} that could not be read (the warnings above name each row and why)${consequence}.\n`);
  for (const other of others) io.err(`plotline ${command}: ${output} without ${other}.\n`);
  return total > 0 || others.length > 0 ? EXIT_INPUT_LEFT_OUT : EXIT_OK;
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
