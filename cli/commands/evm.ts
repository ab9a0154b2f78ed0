/**
 * `plotline evm IN --status-date YYYY-MM-DD`: earned value at the status date per task and for the
 * project, as CSV or JSON on stdout. The figures and their formulas are the money domain's
 * (renderer/domain/money/earned-value.ts, PMI Practice Standard for EVM / ANSI/EIA-748), measured
 * against the plan's cost baseline (Baseline unless the plan chose another).
 */
import { basename } from 'node:path';
import { formatCsvCell, scheduleRows } from '../../renderer/domain/formats';
import { outlineRows, type Baseline, type Plan } from '../../renderer/domain/model';
import { costPlan, deriveEarnedValue, earnedValue, type EarnedValueFigures } from '../../renderer/domain/money';
import { readAndAdmit } from '../admit';
import { EXIT_REFUSED, EXIT_USAGE, leftOutExitCode, problemText, type Command } from '../command';
import { READABLE } from '../plan-files';
import { INPUT_OPTIONS, inputOptions } from './input-options';
import { statusDateOption } from './status-date';

const FORMATS = ['csv', 'json'] as const;
const FIGURES = ['bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eacCpi', 'eacBottomUp', 'etc', 'vacCpi', 'tcpi'] as const;
export const EVM_HEADER = ['uid', 'id', 'wbs', 'name', 'bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac_cpi', 'eac_bottom_up', 'etc', 'vac_cpi', 'tcpi'] as const;

interface EvmRow {
  readonly uid: string;
  readonly id: number | null;
  readonly wbs: string;
  readonly name: string;
  readonly figures: EarnedValueFigures;
}

function costBaseline(plan: Plan): Baseline | null {
  const wanted = plan.project.costBaseline ?? 0;
  return Object.values(plan.baselines).find((b) => b.number === wanted) ?? null;
}

export const evmCommand: Command = {
  name: 'evm',
  summary: 'Print earned value at a status date: one row per task and one for the project (CSV or JSON).',
  help: `Usage: plotline evm IN --status-date YYYY-MM-DD [--format csv|json] [--sheet NAME]
       [--locale BCP47]

Prices IN (${READABLE.join(' ')}) and measures it against its cost baseline at the end of the status date:
  bac            budget at completion (the baseline's cost)
  pv, ev, ac     planned value (BCWS), earned value (BCWP), actual cost (ACWP)
  sv, cv         EV - PV, EV - AC
  spi, cpi       EV / PV, EV / AC (empty when the denominator is zero or nothing is baselined)
  eac_cpi        BAC / CPI;  eac_bottom_up = AC + ETC
  etc            left to spend after the status date: the remaining cost (cost less actual
                 recorded) and any actual cost recorded for work after that date
  vac_cpi        BAC - EAC (CPI);  tcpi = (BAC - EV) / (BAC - AC)
The last row is the project (uid and id empty, name "(project)"). Money is in the plan's currency.
JSON has the same fields, named in camelCase (eacCpi, eacBottomUp, vacCpi); the project's uid and id are null.

Options:
  --status-date DATE   required: the date the figures are measured at
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
    if (input === undefined || rest.length > 0 || format === undefined || !statusDate.ok || statusDate.value === undefined) {
      const why = !statusDate.ok ? statusDate.error.message : statusDate.value === undefined ? '--status-date YYYY-MM-DD is required.'
        : format === undefined ? '--format must be csv or json.' : 'expected one file, IN.';
      io.err(`plotline evm: ${why} See plotline evm --help.\n`);
      return EXIT_USAGE;
    }
    const reading = inputOptions(args);
    if (!reading.ok) {
      io.err(`plotline evm: ${problemText(reading.error)} See plotline evm --help.\n`);
      return EXIT_USAGE;
    }
    const admitted = await readAndAdmit('evm', input, { ...reading.value, statusDate: statusDate.value }, { io, clock });
    if (admitted === EXIT_REFUSED) return EXIT_REFUSED;
    const { plan, schedule } = admitted;
    const baseline = costBaseline(plan);
    if (baseline === null) io.err(`warning: ${basename(input)}: no cost baseline is saved, so BAC, PV and EV are 0.\n`);
    const evm = earnedValue({ plan, schedule, costs: costPlan(plan, schedule), baseline, statusDate: statusDate.value });
    // scheduleRows lists the tasks in outline order, as outlineRows does: the same index is the same task.
    const tasks = outlineRows(plan.tasks);
    const rows: EvmRow[] = scheduleRows(plan, schedule).map((r, i) => {
      const taskId = tasks[i]?.task.id;
      const base = taskId === undefined ? undefined : evm.tasks.get(taskId);
      return { uid: r.uid, id: r.id, wbs: r.wbs, name: r.name, figures: deriveEarnedValue(base ?? { bac: 0, pv: 0, ev: 0, ac: 0, etc: 0 }) };
    });
    rows.push({ uid: '', id: null, wbs: '', name: '(project)', figures: evm.project });
    io.out(format === 'json' ? `${JSON.stringify(rows.map(jsonRow), null, 2)}\n` : csvText(rows));
    return leftOutExitCode(io, 'evm', 'the earned value is printed', [admitted.rowsLeftOut]);
  },
};

/** Money to the cent, ratios to four places; a ratio with no denominator is null (JSON) or empty (CSV). */
function figure(key: (typeof FIGURES)[number], value: number | null): number | null {
  if (value === null) return null;
  const places = key === 'spi' || key === 'cpi' || key === 'tcpi' ? 10_000 : 100;
  return Math.round(value * places) / places;
}

function jsonRow(row: EvmRow): Record<string, unknown> {
  // The project's row has no uid: null, as its id is, where the CSV leaves both cells empty.
  return { uid: row.id === null && row.uid === '' ? null : row.uid, id: row.id, wbs: row.wbs, name: row.name, ...Object.fromEntries(FIGURES.map((k) => [k, figure(k, row.figures[k])])) };
}

function csvText(rows: readonly EvmRow[]): string {
  const lines = rows.map((r) => [
    formatCsvCell(r.uid), r.id === null ? '' : String(r.id), formatCsvCell(r.wbs), formatCsvCell(r.name),
    ...FIGURES.map((k) => { const v = figure(k, r.figures[k]); return v === null ? '' : String(v); }),
  ].join(','));
  return [EVM_HEADER.join(','), ...lines, ''].join('\n');
}
