/**
 * Plan -> a three-sheet workbook: Tasks (the task table), People and Assignments. Dates are date
 * cells and durations, work, units and percentages are numbers, so the file sorts, sums and
 * charts in a spreadsheet. The Tasks sheet uses the headers the import's column guess knows,
 * and ID/Predecessors use MS Project's row numbers, so an export re-imports losslessly: Phase and
 * Status (the board column by name) and Board order (the card's place in it) as the CSV export
 * writes them, so the cards and phases come back where they were, in the order they were; Actual
 * start and Actual finish as date cells, so started and done tasks keep their dates; Tags as "api; payments".
 */
import { formatDuration } from '../../model/duration';
import { outlineRows } from '../../model/outline';
import { effectivePhase } from '../../model/phase';
import type { Plan, Task } from '../../model/plan';
import { formatPredecessor } from '../../model/predecessor-text';
import type { ScheduleResult } from '../../schedule';
import { planAsShown } from '../../schedule/scheduled-plan';
import type { SheetCell, SheetColumn, SheetTable, SheetToWrite, WorkbookData, WorkbookToWrite } from './sheet-model';
import { MONEY_COLUMNS, moneyBook, moneyHeader, moneyValue } from '../csv/csv-money';
import { boardPlaces } from '../csv/csv-board-order';

export const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const DAYS_FORMAT = '0.###';
const MONEY_FORMAT = '#,##0.00';
const HOURS_FORMAT = '0.##';

/** Tasks sheet columns before the money columns, in order; each is read back by the xlsx import. */
export const XLSX_TASK_HEADERS = [
  'ID', 'WBS', 'Name', 'Outline level', 'Start', 'Finish', 'Duration', 'Milestone', '% Complete',
  'Priority', 'Predecessors', 'Resources', 'Phase', 'Status', 'Board order', 'Constraint', 'Constraint date', 'Deadline', 'Mode', 'Notes',
] as const;
/**
 * Tasks sheet columns added after workbooks were written without them, after the money columns:
 * formulas on an earlier workbook refer to columns by letter, and a column inserted in the middle
 * moved every one after it (see CSV_COLUMNS). The import reads a sheet by its headers, in any order.
 */
export const XLSX_LATER_TASK_HEADERS = ['Actual start', 'Actual finish', 'Tags'] as const;
export const XLSX_PEOPLE_HEADERS = ['Name', 'Initials', 'Role', 'Email', 'Type', 'Max units', 'Cost per hour', 'Overtime cost per hour', 'Cost per use'] as const;
/** 'Work typed': whether Work (hours) was typed or is duration x units (Assignment.workMinutes null), so a re-import keeps the difference. */
export const XLSX_ASSIGNMENT_HEADERS = ['Task ID', 'Task', 'Person', 'Units', 'Work (hours)', 'Work typed'] as const;

const WIDTHS: Readonly<Record<string, number>> = { Name: 40, Notes: 40, Task: 40, Predecessors: 16, Resources: 24, Email: 28 };
const FORMATS: Readonly<Record<string, string>> = {
  Start: DATE_FORMAT, Finish: DATE_FORMAT, 'Actual start': DATE_FORMAT, 'Actual finish': DATE_FORMAT, 'Constraint date': DATE_FORMAT, Deadline: DATE_FORMAT, Duration: DAYS_FORMAT,
  'Work (hours)': HOURS_FORMAT,
};

function columnsOf(headers: readonly string[], formats: Readonly<Record<string, string>> = FORMATS): SheetColumn[] {
  return headers.map((header) => ({
    header, width: WIDTHS[header] ?? Math.max(10, header.length + 2), ...(formats[header] ? { numberFormat: formats[header] } : {}),
  }));
}

/** The Tasks sheet's headers: the fixed ones, the money columns in the plan's currency (csv-money.ts), then the later ones. */
function taskHeaders(currency: string): { headers: string[]; formats: Record<string, string> } {
  const money = MONEY_COLUMNS.map((c) => moneyHeader(c, currency));
  const formats: Record<string, string> = { ...FORMATS };
  MONEY_COLUMNS.forEach((c, i) => {
    if (c !== 'fixedCostAccrual' && c !== 'actualWork') formats[money[i] ?? ''] = MONEY_FORMAT;
  });
  return { headers: [...XLSX_TASK_HEADERS, ...money, ...XLSX_LATER_TASK_HEADERS], formats };
}

const date = (value: Task['start'] | null): SheetCell => (value === null ? null : { date: value });

export interface WorkbookOptions {
  /** The engine's schedule of this plan, when the caller has it: the money columns are priced on it instead of scheduling again. */
  readonly schedule?: ScheduleResult;
}

/** The workbook for a plan whose tasks carry the dates to show (see planWithScheduledDates). */
export function planToWorkbook(plan: Plan, options: WorkbookOptions = {}): WorkbookData {
  return { sheets: planWorkbook(plan, options).sheets.map((sheet): SheetTable => ({ ...sheet, rows: [...sheet.rows] })) };
}

/**
 * planToWorkbook with the Tasks sheet's rows made one at a time as a writer takes them: a
 * streaming writer then drops each row once written, where 10,000 rows made ahead all lived until
 * the end, long enough for V8 to copy them out of its young generation (about 18 MB, measured).
 */
export function planWorkbook(plan: Plan, options: WorkbookOptions = {}): WorkbookToWrite {
  const rows = outlineRows(plan.tasks);
  const rowOf = new Map(rows.map((r, i) => [r.task.id, i + 1]));
  const units = plan.project;
  const predecessors = new Map<string, string[]>();
  for (const link of Object.values(plan.links)) {
    const text = formatPredecessor(rowOf.get(link.predecessorId) ?? 0, link, units);
    predecessors.set(link.successorId, [...(predecessors.get(link.successorId) ?? []), text]);
  }
  const people = new Map<string, string[]>();
  for (const a of Object.values(plan.assignments)) {
    const name = plan.resources[a.resourceId]?.name ?? '';
    people.set(a.taskId, [...(people.get(a.taskId) ?? []), a.units === 1 ? name : `${name}[${String(Math.round(a.units * 100))}%]`]);
  }
  const book = moneyBook(plan, options.schedule);
  const places = boardPlaces(plan);
  // Summaries' % complete as the table shows it, rolled up from their subtasks: Excel rolls nothing up.
  const shown = planAsShown(plan, options.schedule).tasks;
  const taskRow = (r: (typeof rows)[number], i: number): SheetCell[] => {
    const t = r.task;
    const duration: SheetCell = t.durationIsElapsed === true ? formatDuration(t.durationMinutes, units, true) : t.durationMinutes / units.minutesPerDay;
    return [
      i + 1, r.wbs, t.name, r.depth + 1, date(t.start), date(t.finish), duration, t.kind === 'milestone', shown[t.id]?.percentComplete ?? t.percentComplete, t.priority,
      (predecessors.get(t.id) ?? []).join(', '), (people.get(t.id) ?? []).join(', '), effectivePhase(plan.tasks, t) ?? '',
      plan.columns[t.statusId]?.name ?? '', places.get(t.id) ?? null, t.constraint.type, date(t.constraint.date),
      date(t.deadline), t.schedulingMode, t.notes, ...MONEY_COLUMNS.map((c) => moneyValue(book, t, c)),
      date(t.actualStart), date(t.actualFinish), t.tags.join('; '),
    ];
  };
  const taskSheet = taskHeaders(plan.project.currency);
  const tasks: SheetToWrite = {
    name: 'Tasks', columns: columnsOf(taskSheet.headers, taskSheet.formats),
    rows: {
      *[Symbol.iterator]() {
        yield taskSheet.headers;
        for (let i = 0; i < rows.length; i++) yield taskRow(rows[i] as (typeof rows)[number], i);
      },
    },
  };
  const resources = Object.values(plan.resources);
  const peopleSheet: SheetToWrite = {
    name: 'People', columns: columnsOf(XLSX_PEOPLE_HEADERS),
    rows: [[...XLSX_PEOPLE_HEADERS], ...resources.map((r): SheetCell[] => [
      r.name, r.initials, r.role, r.email, r.type, r.maxUnits, r.costPerHour, r.overtimeCostPerHour, r.costPerUse,
    ])],
  };
  const assignments = Object.values(plan.assignments).filter((a) => rowOf.has(a.taskId));
  const assignmentSheet: SheetToWrite = {
    name: 'Assignments', columns: columnsOf(XLSX_ASSIGNMENT_HEADERS),
    rows: [[...XLSX_ASSIGNMENT_HEADERS], ...assignments.map((a): SheetCell[] => [
      rowOf.get(a.taskId) ?? 0, plan.tasks[a.taskId]?.name ?? '', plan.resources[a.resourceId]?.name ?? '', a.units,
      workHours(plan, a), a.workMinutes !== null,
    ])],
  };
  return { sheets: [tasks, peopleSheet, assignmentSheet] };
}

/**
 * An assignment's planned work in hours, as the Team view's load and the cost roll-up count it:
 * the work typed, else the task's duration x units (Assignment.workMinutes). A material or cost
 * resource does no work: its cell is empty unless work was typed for it.
 */
function workHours(plan: Plan, a: Plan['assignments'][string]): number | null {
  if (a.workMinutes !== null) return a.workMinutes / 60;
  if (plan.resources[a.resourceId]?.type !== 'work') return null;
  return ((plan.tasks[a.taskId]?.durationMinutes ?? 0) * a.units) / 60;
}
