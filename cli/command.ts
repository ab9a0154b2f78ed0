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
  /** The process exit code: 0 done, 1 refused (with a message on stderr), 2 a usage mistake. */
  readonly run: (args: ParsedArgs, ctx: CliContext) => Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

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
