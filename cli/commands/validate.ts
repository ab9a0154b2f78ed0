/** `plotline validate IN`: the import's checks only; nothing is written. */
import { basename } from 'node:path';
import { readAndAdmit } from '../admit';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, problemText, type Command } from '../command';
import { READABLE } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check that a plan file opens: the same checks as the app\'s import.',
  help: `Usage: plotline validate IN [--sheet NAME] [--locale BCP47]

Runs the checks the app runs when it opens IN (${READABLE.join(' ')}): the file's syntax, the
plan model, references between tasks, links and people, and loops among links. Warnings (what the
import would not carry over) go to stderr; a valid file prints one line on stdout. A CSV or .xlsx
with rows the import cannot read (and would leave out) is not valid: each such row is a warning.

Options:
  --sheet NAME      the .xlsx sheet to read (default: the first)
  --locale BCP47    read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                    ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 valid, 1 refused or rows left out (the message names the file and the row), 2 usage error.`,
  options: { valued: [...INPUT_OPTIONS], flags: [] },
  run: async (args, { io, clock }) => {
    const [input, ...rest] = args.positional;
    if (input === undefined || rest.length > 0) {
      io.err('plotline validate: expected one file, IN. See plotline validate --help.\n');
      return EXIT_USAGE;
    }
    const name = basename(input);
    const reading = inputOptions(args);
    if (!reading.ok) {
      io.err(`plotline validate: ${problemText(reading.error)} See plotline validate --help.\n`);
      return EXIT_USAGE;
    }
    const admitted = await readAndAdmit('validate', input, reading.value, { io, clock });
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    const { tasks, resources } = admitted.imported.summary;
    // The app imports such a file without those rows; a check that passed it would let them be lost.
    const lost = admitted.imported.rowErrors.length;
    if (lost > 0) {
      io.err(`plotline validate: ${name}: not valid: ${String(lost)} of ${String(tasks + lost)} rows cannot be read and would be left out (the warnings above name each row and why).\n`);
      return EXIT_REFUSED;
    }
    const noted = admitted.imported.warnings.length;
    const count = (n: number, one: string, many: string): string => `${String(n)} ${n === 1 ? one : many}`;
    io.out(`${name}: valid (${count(tasks, 'task', 'tasks')}, ${count(resources, 'person', 'people')}${noted > 0 ? `, ${count(noted, 'warning', 'warnings')} on stderr` : ''})\n`);
    return EXIT_OK;
  },
};
