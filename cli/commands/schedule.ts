/** `plotline schedule IN`: the computed schedule, one row per task, as CSV or JSON on stdout. */
import { formatCsvCell, scheduleRows, type ScheduleRow } from '../../renderer/domain/formats';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type Command } from '../command';
import { READABLE } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';
import { statusDateOption } from './status-date';

const FORMATS = ['csv', 'json'] as const;
export const SCHEDULE_HEADER = ['uid', 'id', 'wbs', 'name', 'start', 'finish', 'total_slack_minutes', 'critical'] as const;

export const scheduleCommand: Command = {
  name: 'schedule',
  summary: 'Print the computed schedule: one row per task (CSV or JSON).',
  help: `Usage: plotline schedule IN [--status-date YYYY-MM-DD] [--format csv|json] [--sheet NAME]
       [--locale BCP47]

Schedules IN (${READABLE.join(' ')}) and prints one row per task, in outline order:
  uid                  the author's UID when the file came from MS Project or GanttProject, else Plotline's id
  id                   the author's row ID (MS Project), else the row number
  wbs, name
  start, finish        ISO 8601 local date-time with seconds (2026-03-02T09:00:00)
  total_slack_minutes  working minutes
  critical             true or false
JSON has the same fields, named in camelCase (totalSlackMinutes).

Options:
  --status-date DATE   schedule unfinished work after this date (default: the plan's status date)
  --format csv|json    default csv
  --sheet NAME         the .xlsx sheet to read (default: the first)
  --locale BCP47       read dates written in that locale's format (de-DE: 01.03.2027, 09:00;
                       ko-KR: 2027. 3. 1. 오전 9:00), as the app's CSV export writes them

Exit status: 0 printed, 1 refused (the message names the file and the row), 2 usage error,
3 printed without the rows of IN that could not be read (each named in a warning).`,
  options: { valued: ['status-date', 'format', ...INPUT_OPTIONS], flags: [] },
  run: async (args, { io, clock }) => {
    const [input, ...rest] = args.positional;
    const format = FORMATS.find((f) => f === (args.options.get('format') ?? 'csv'));
    const statusDate = statusDateOption(args);
    if (input === undefined || rest.length > 0 || format === undefined || !statusDate.ok) {
      const why = !statusDate.ok ? statusDate.error.message : format === undefined ? `--format must be csv or json.` : 'expected one file, IN.';
      io.err(`plotline schedule: ${why} See plotline schedule --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      io.err(`plotline schedule: ${problemText(reading.error)} See plotline schedule --help.\n`);
      return EXIT_USAGE;
    }
    const admitted = await readAndAdmit('schedule', input, { ...reading.value, ...(statusDate.value === undefined ? {} : { statusDate: statusDate.value }) }, { io, clock });
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    const rows = scheduleRows(admitted.plan, admitted.schedule);
    io.out(format === 'json' ? `${JSON.stringify(rows.map(jsonRow), null, 2)}\n` : csvText(rows));
    return leftOutExitCode(io, 'schedule', 'the schedule is printed', [admitted.rowsLeftOut]);
  },
};

function jsonRow(row: ScheduleRow): Record<string, unknown> {
  return { uid: row.uid, id: row.id, wbs: row.wbs, name: row.name, start: row.start, finish: row.finish, totalSlackMinutes: row.totalSlackMinutes, critical: row.isCritical };
}

/** Text cells are quoted and guarded against formulas; numbers stay numbers (a lead is -480, not '-480). */
function csvText(rows: readonly ScheduleRow[]): string {
  const lines = rows.map((r) => [
    formatCsvCell(r.uid), String(r.id), formatCsvCell(r.wbs), formatCsvCell(r.name), r.start, r.finish, String(r.totalSlackMinutes), String(r.isCritical),
  ].join(','));
  return [SCHEDULE_HEADER.join(','), ...lines, ''].join('\n');
}
