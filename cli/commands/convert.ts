/** `plotline convert IN OUT`: any readable plan file to any writable one, by extension. */
import { basename } from 'node:path';
import { planWithScheduledDates } from '../../renderer/domain/schedule';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, printWarnings, problemText, type Command } from '../command';
import { encodePlan, notCarried, prepareWriter, READABLE, writableFormat, WRITABLE, writeFileAtomically } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';
import { statusDateOption } from './status-date';

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Convert a plan file to another format (by extension), rescheduled.',
  help: `Usage: plotline convert IN OUT [--no-schedule] [--status-date YYYY-MM-DD] [--sheet NAME]
       [--locale BCP47]

Reads IN (${READABLE.join(' ')}) and writes OUT (${WRITABLE.join(' ')}).
The plan is rescheduled first, so OUT carries the dates Plotline computes; --no-schedule writes the
dates stored in IN instead. What IN holds that OUT cannot carry is listed on stderr as warnings.

Options:
  --no-schedule            keep the stored dates (no rescheduling)
  --status-date DATE       schedule unfinished work after this date (default: the plan's status date)
  --sheet NAME             the .xlsx sheet to read (default: the first)
  --locale BCP47           read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                           ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 written, 1 refused (the message names the file and the row), 2 usage error,
3 written without the rows of IN that could not be read (each named in a warning).
Example: plotline convert plan.xml plan.xlsx`,
  options: { valued: ['status-date', ...INPUT_OPTIONS], flags: ['no-schedule'] },
  run: async (args, { io, clock }) => {
    const [input, output, ...rest] = args.positional;
    if (input === undefined || output === undefined || rest.length > 0) {
      io.err('plotline convert: expected two files, IN and OUT. See plotline convert --help.\n');
      return EXIT_USAGE;
    }
    const format = writableFormat(output);
    const statusDate = statusDateOption(args);
    if (!format.ok) {
      io.err(`plotline convert: ${problemText(format.error)}\n`);
      return EXIT_USAGE;
    }
    if (!statusDate.ok) {
      io.err(`plotline convert: ${problemText(statusDate.error)}\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      io.err(`plotline convert: ${problemText(reading.error)} See plotline convert --help.\n`);
      return EXIT_USAGE;
    }
    // The writer's code loads while IN is read from disk.
    prepareWriter(format.value);
    const admitted = await readAndAdmit('convert', input, { ...reading.value, ...(statusDate.value === undefined ? {} : { statusDate: statusDate.value }) }, { io, clock });
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    // Both plans go with their own schedule, so no writer schedules 10,000 tasks again. --no-schedule
    // keeps the stored plan, whose schedule at its own status date is the import gate's run.
    const { plan, schedule } = args.flags.has('no-schedule')
      ? { plan: admitted.plan, schedule: admitted.imported.schedule }
      : { plan: planWithScheduledDates(admitted.plan, admitted.schedule), schedule: admitted.schedule };
    const written = await writeFileAtomically(output, await encodePlan(plan, format.value, clock, schedule));
    if (!written.ok) {
      io.err(`plotline convert: ${problemText(written.error)}\n`);
      return EXIT_REFUSED;
    }
    // What the written file leaves out: said once it is written (a file that could not be written leaves out nothing).
    printWarnings(io, basename(output), notCarried(plan, format.value));
    return leftOutExitCode(io, 'convert', `${basename(output)} is written`, [admitted.rowsLeftOut]);
  },
};
