/**
 * Task table export: the columns the user chose, in their order, one row per task in outline
 * order, so a row's position is its ID (MS Project's convention), which the Predecessors column
 * refers to ("3FS+2d"). It re-imports as it was written (csv-import.ts): ISO 8601 dates unless
 * the caller formats them for a locale, durations and lags to the minute (exactDuration), people
 * as "Ana[50%];Raj", each row's effective phase, its board column by name (Status, csv-status.ts)
 * and its card's place in that column (Board order, csv-board-order.ts). Actual start and Actual
 * finish carry progress: without them a re-import schedules started and done tasks from their links.
 * Tags as "api;payments", as the board's filter and Task Information list them.
 */
import { outlineRows } from '../../model/outline';
import type { Plan, Task } from '../../model/plan';
import type { LocalDateTime } from '../../model/time';
import { formatDuration, parseDuration, type DurationUnits } from '../../model/duration';
import { effectivePhase } from '../../model/phase';
import { planAsShown, type KnownSchedule } from '../../schedule/scheduled-plan';
import { csvList } from '../escape';
import { formatCsv, type CsvDelimiter } from './csv-parse';
import { MONEY_COLUMNS, moneyBook, moneyHeader, moneyText, type MoneyBook, type MoneyColumn } from './csv-money';
import { CSV_DURATION_UNITS } from './csv-references';
import { boardPlaces } from './csv-board-order';

/**
 * The columns in the order files get them. A column added later goes at the end, after the money
 * columns: spreadsheets built on an earlier export refer to columns by letter (=H2*J2), and a
 * column inserted in the middle moved every one after it. MS Project itself imports a table by
 * its headers (an import map), as csv-import.ts does, so the order is for people, and the headers
 * name every column wherever it is. In the default export (no notes, no money) the actual dates
 * still sit beside the other dates, after Deadline.
 */
export const CSV_COLUMNS = [
  'wbs', 'name', 'outlineLevel', 'kind', 'start', 'finish', 'duration', 'percentComplete', 'priority', 'predecessors',
  'resources', 'phase', 'status', 'boardOrder', 'deadline', 'notes', ...MONEY_COLUMNS,
  // Added after files were written without them: last, so those files' columns stay where they were.
  'actualStart', 'actualFinish', 'tags',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** English header labels; the UI may pass translated ones. */
export const CSV_HEADERS: Readonly<Record<CsvColumn, string>> = {
  wbs: 'WBS', name: 'Name', outlineLevel: 'Outline level', kind: 'Type', start: 'Start', finish: 'Finish', duration: 'Duration',
  percentComplete: '% Complete', actualStart: 'Actual start', actualFinish: 'Actual finish', priority: 'Priority', predecessors: 'Predecessors',
  resources: 'Resources', phase: 'Phase', status: 'Status', boardOrder: 'Board order', deadline: 'Deadline', tags: 'Tags',
  notes: 'Notes', fixedCost: moneyHeader('fixedCost'), fixedCostAccrual: moneyHeader('fixedCostAccrual'), cost: moneyHeader('cost'),
  actualCost: moneyHeader('actualCost'), actualWork: moneyHeader('actualWork'), remainingCost: moneyHeader('remainingCost'),
  budget: moneyHeader('budget'), baselineCost: moneyHeader('baselineCost'),
};

const isMoney = (column: CsvColumn): column is MoneyColumn => (MONEY_COLUMNS as readonly string[]).includes(column);

export interface CsvExportOptions {
  readonly columns: readonly CsvColumn[];
  /** Date formatting; default ISO 8601 ("2026-03-05T09:00"), which re-imports anywhere. */
  readonly formatDate?: (value: LocalDateTime) => string;
  /** Duration and working-lag text; default exactDuration, which re-imports to the same minute. */
  readonly formatDuration?: (minutes: number) => string;
  readonly headers?: Partial<Record<CsvColumn, string>>;
  readonly delimiter?: CsvDelimiter;
  /** Prefix a UTF-8 BOM so Excel reads non-ASCII names correctly. Default true. */
  readonly bom?: boolean;
  /** The engine's schedule of this plan, when the caller has it; otherwise the plan is scheduled here. */
  readonly schedule?: KnownSchedule;
}

/** Exports tasks as RFC 4180 CSV with formula injection neutralised. */
export function exportTasksCsv(stored: Plan, options: CsvExportOptions): string {
  // Summaries' % complete as the table shows it, rolled up: a spreadsheet rolls nothing up.
  const plan = planAsShown(stored, options.schedule);
  const rows = outlineRows(plan.tasks);
  const idOf = new Map(rows.map((r, i) => [r.task.id, i + 1]));
  const duration = options.formatDuration ?? ((m: number) => exactDuration(m, plan.project));
  const formatDate = options.formatDate ?? ((d: LocalDateTime) => d);
  const predecessors = new Map<string, string[]>();
  for (const l of Object.values(plan.links)) {
    const lagText = l.lagIsElapsed ? exactDuration(l.lagMinutes, plan.project, true) : duration(l.lagMinutes);
    const lag = l.lagMinutes === 0 ? '' : `${l.lagMinutes > 0 ? '+' : ''}${lagText}`;
    const label = `${String(idOf.get(l.predecessorId) ?? '?')}${l.type === 'FS' && lag === '' ? '' : l.type}${lag}`;
    predecessors.set(l.successorId, [...(predecessors.get(l.successorId) ?? []), label]);
  }
  const resources = new Map<string, string[]>();
  for (const a of Object.values(plan.assignments)) {
    const name = plan.resources[a.resourceId]?.name ?? '';
    resources.set(a.taskId, [...(resources.get(a.taskId) ?? []), a.units === 1 ? name : `${name}[${String(Math.round(a.units * 100))}%]`]);
  }
  // Priced only when a money column is asked for: costs need a full scheduling and pricing run.
  let money: MoneyBook | null = null;
  const priced = (): MoneyBook => (money ??= moneyBook(stored));
  let places: ReadonlyMap<string, number> | null = null;
  const boardPlace = (t: Task): string => String((places ??= boardPlaces(plan)).get(t.id) ?? '');
  const cell = (t: Task, wbs: string, depth: number, column: CsvColumn): string => {
    if (isMoney(column)) return moneyText(priced(), t, column);
    switch (column) {
      case 'wbs': return wbs;
      case 'name': return t.name;
      case 'outlineLevel': return String(depth + 1);
      case 'kind': return t.kind;
      case 'start': return formatDate(t.start);
      case 'finish': return formatDate(t.finish);
      case 'duration': return t.durationIsElapsed === true ? exactDuration(t.durationMinutes, plan.project, true) : duration(t.durationMinutes);
      case 'percentComplete': return String(t.percentComplete);
      case 'actualStart': return t.actualStart === null ? '' : formatDate(t.actualStart);
      case 'actualFinish': return t.actualFinish === null ? '' : formatDate(t.actualFinish);
      case 'priority': return String(t.priority);
      case 'predecessors': return csvList(predecessors.get(t.id) ?? []);
      case 'resources': return csvList(resources.get(t.id) ?? []);
      case 'phase': return effectivePhase(plan.tasks, t) ?? '';
      case 'status': return plan.columns[t.statusId]?.name ?? '';
      case 'boardOrder': return boardPlace(t);
      case 'deadline': return t.deadline === null ? '' : formatDate(t.deadline);
      case 'tags': return csvList(t.tags);
      case 'notes': return t.notes;
      default: {
        const never: never = column;
        return never;
      }
    }
  };
  const header = options.columns.map((c) => options.headers?.[c] ?? (isMoney(c) ? moneyHeader(c, plan.project.currency) : CSV_HEADERS[c]));
  const body = rows.map((r) => options.columns.map((c) => cell(r.task, r.wbs, r.depth, c)));
  return `${options.bom === false ? '' : '\uFEFF'}${formatCsv([header, ...body], options.delimiter)}`;
}

/**
 * A duration as the grid shows it ("1.5d", "4h") when the CSV import reads that text back to the
 * same minute (CSV_DURATION_UNITS); else in whole hours, else in minutes. The grid rounds to two
 * decimals (9 h is "1.13d", which reads back as 542 minutes and moves every later date), and a
 * project whose day is not 8 h means something else by "1d" than the import does.
 */
export function exactDuration(minutes: number, units: DurationUnits, isElapsed = false): string {
  const shown = formatDuration(minutes, units, isElapsed);
  if (parseDuration(shown, CSV_DURATION_UNITS)?.minutes === minutes) return shown;
  const suffix = isElapsed ? 'e' : '';
  return minutes % 60 === 0 ? `${String(minutes / 60)}${suffix}h` : `${String(minutes)}${suffix}m`;
}
