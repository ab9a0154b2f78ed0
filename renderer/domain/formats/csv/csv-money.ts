/**
 * Money columns of the task table (CSV and the workbook's Tasks sheet), written and read.
 * Field mapping (column <-> model), amounts in the project currency, named in the header
 * ("Fixed cost (EUR)") so a file says which currency its numbers are in:
 * - Fixed cost <-> task.fixedCost (the task's own, not rolled up); empty = none.
 * - Fixed cost accrual <-> task.fixedCostAccrual: start / prorated / end (MS Project's words).
 * - Cost, Remaining cost: computed by the money domain (Cost = Actual + Remaining); written, never read.
 * - Actual cost, Actual work (hours): written as the money domain computes them. On import a value
 *   is kept as typed by hand only where it differs from what Plotline computes for the imported
 *   plan, as the MSPDI reader does (mspdi-costs.ts), so a re-import does not freeze computed actuals.
 * - Budget <-> task.budget (budget at completion set on a summary or phase); empty = none.
 * - Baseline cost: the cost of the project's cost baseline (project.costBaseline, default 0). A file
 *   carries no baseline dates, so an imported baseline cost goes into "Baseline" with the task's
 *   imported dates and work, and a warning says so.
 * A negative amount or text in a money column is a warning naming the row and column, and the
 * cell is left out; the rest of the row imports.
 */
import { compileCalendars } from '../../calendar';
import type { BaselineId, TaskId } from '../../model/ids';
import { parseDuration } from '../../model/duration';
import type { Baseline, BaselineTask, CostAccrual, Plan, Task } from '../../model/plan';
import { costPlan, type CostTable } from '../../money';
import { scheduleProject } from '../../schedule/scheduler';
import type { ScheduleResult } from '../../schedule';
import { typedActualCandidates, withTypedActuals, type FileActuals } from '../msproject/mspdi-costs';

export const MONEY_COLUMNS = [
  'fixedCost', 'fixedCostAccrual', 'cost', 'actualCost', 'actualWork', 'remainingCost', 'budget', 'baselineCost',
] as const;
export type MoneyColumn = (typeof MONEY_COLUMNS)[number];

/** Computed columns: exported for reading, never imported (the model derives them). */
export const COMPUTED_MONEY_COLUMNS: readonly MoneyColumn[] = ['cost', 'remainingCost'];
/** Money columns the import maps. */
export const IMPORTED_MONEY_FIELDS = ['fixedCost', 'fixedCostAccrual', 'actualCost', 'actualWork', 'budget', 'baselineCost'] as const;
export type MoneyField = (typeof IMPORTED_MONEY_FIELDS)[number];

const BASE_HEADERS: Readonly<Record<MoneyColumn, string>> = {
  fixedCost: 'Fixed cost', fixedCostAccrual: 'Fixed cost accrual', cost: 'Cost', actualCost: 'Actual cost', actualWork: 'Actual work (hours)',
  remainingCost: 'Remaining cost', budget: 'Budget', baselineCost: 'Baseline cost',
};

/** Header of a money column; amounts name the currency ("Fixed cost (EUR)"), hours and accrual do not. */
export function moneyHeader(column: MoneyColumn, currency?: string): string {
  const base = BASE_HEADERS[column];
  return currency === undefined || column === 'actualWork' || column === 'fixedCostAccrual' ? base : `${base} (${currency})`;
}

export const MONEY_FIELD_LABELS: Readonly<Record<MoneyField, string>> = {
  fixedCost: 'Fixed cost', fixedCostAccrual: 'Fixed cost accrual', actualCost: 'Actual cost', actualWork: 'Actual work (hours)',
  budget: 'Budget', baselineCost: 'Baseline cost',
};

/** Header words the column guess knows; a currency in brackets is allowed after any amount. */
export const MONEY_HEADER_WORDS: readonly [MoneyField, RegExp][] = [
  ['fixedCost', /^fixed cost( \([a-z]{3}\))?$/i], ['fixedCostAccrual', /^fixed cost accrual$/i],
  ['actualCost', /^actual cost( \([a-z]{3}\))?$/i], ['actualWork', /^actual work( \((hours|h)\))?$/i],
  ['budget', /^budget( \([a-z]{3}\))?$/i], ['baselineCost', /^baseline cost( \([a-z]{3}\))?$/i],
];

/** The currency a header names ("Fixed cost (EUR)" -> EUR), if any. */
export function headerCurrency(header: string): string | null {
  return /\(([A-Z]{3})\)\s*$/i.exec(header.trim())?.[1]?.toUpperCase() ?? null;
}

/** Money figures of every task, for writing: the plan scheduled and priced once. */
export interface MoneyBook {
  readonly costs: CostTable;
  readonly baseline: Baseline | undefined;
}

export function moneyBook(plan: Plan, schedule?: ScheduleResult): MoneyBook {
  const run = schedule ?? scheduleProject(plan);
  const number = plan.project.costBaseline ?? 0;
  return { costs: costPlan(plan, run, compileCalendars(plan)), baseline: Object.values(plan.baselines).find((b) => b.number === number) };
}

/** Computed amounts to the cent, as a person reads them (and MS Project stores them). */
const cents = (value: number): number => Math.round(value * 100) / 100;
/** Two decimals at most, no grouping: what every spreadsheet reads back as the same number. */
const amountText = (value: number): string => String(cents(value));

/** A money cell as a number (workbooks) or null for an empty cell. */
export function moneyValue(book: MoneyBook, task: Task, column: MoneyColumn): number | string | null {
  const cost = book.costs.tasks.get(task.id);
  switch (column) {
    case 'fixedCost': return task.fixedCost ?? null;
    case 'fixedCostAccrual': return task.fixedCost === undefined ? null : task.fixedCostAccrual ?? 'prorated';
    case 'cost': return cents(cost?.cost ?? 0);
    case 'actualCost': return cents(cost?.actualCost ?? 0);
    case 'actualWork': return Math.round(((cost?.actualWorkMinutes ?? 0) / 60) * 1000) / 1000;
    case 'remainingCost': return cents(cost?.remainingCost ?? 0);
    case 'budget': return task.budget ?? null;
    case 'baselineCost': {
      const base = book.baseline?.tasks[task.id]?.cost;
      return base === undefined ? null : cents(base);
    }
    default: {
      const never: never = column;
      return never;
    }
  }
}

/** A money cell as CSV text. */
export function moneyText(book: MoneyBook, task: Task, column: MoneyColumn): string {
  const value = moneyValue(book, task, column);
  if (value === null) return '';
  return typeof value === 'number' && column !== 'actualWork' ? amountText(value) : String(value);
}

/** What one row's money cells said, read. */
export interface RowMoney {
  readonly fields: Pick<Partial<Task>, 'fixedCost' | 'fixedCostAccrual' | 'budget'>;
  readonly actuals: FileActuals;
  readonly baselineCost: number | null;
  readonly warnings: readonly string[];
}

const ACCRUALS: readonly CostAccrual[] = ['start', 'prorated', 'end'];

/**
 * An amount as people type it: "1200", "1,200.50", "1 200,50", "$1,200.50", "1200.50 EUR". A comma
 * followed by exactly two digits at the end is a decimal comma; other commas and spaces group.
 */
export function parseAmount(text: string): number | null {
  const bare = text.trim().replace(/^[A-Z]{3}\s*|\s*[A-Z]{3}$/i, '').replace(/^[$€£¥]\s*|\s*[$€£¥]$/g, '').replace(/[\s\u00a0']/g, '');
  const decimalComma = /,\d{1,2}$/.test(bare) && !/\.\d*,/.test(bare);
  const normal = decimalComma ? bare.replace(/\./g, '').replace(',', '.') : bare.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads a row's money cells. `cell` gives the trimmed text of a mapped field ('' when unmapped or
 * empty); `where` names the row and column for a warning ("row 4, column 9 (Fixed cost)").
 */
export function readRowMoney(cell: (field: MoneyField) => string, where: (field: MoneyField) => string): RowMoney {
  const warnings: string[] = [];
  const amount = (field: Exclude<MoneyField, 'fixedCostAccrual' | 'actualWork'>): number | null => {
    const text = cell(field);
    if (text === '') return null;
    const n = parseAmount(text);
    if (n === null) warnings.push(`${where(field)}: '${text}' is not an amount of money; the cell was left out.`);
    else if (n < 0) warnings.push(`${where(field)}: '${text}' is negative; a ${MONEY_FIELD_LABELS[field].toLowerCase()} cannot be below 0, so the cell was left out.`);
    return n !== null && n >= 0 ? n : null;
  };
  const fixedCost = amount('fixedCost');
  const budget = amount('budget');
  const actualCost = amount('actualCost');
  const baselineCost = amount('baselineCost');
  const accrualText = cell('fixedCostAccrual').toLowerCase();
  const accrual = ACCRUALS.find((a) => a === accrualText);
  if (accrualText !== '' && accrual === undefined) warnings.push(`${where('fixedCostAccrual')}: '${cell('fixedCostAccrual')}' is not an accrual (start, prorated or end); prorated was used.`);
  const workText = cell('actualWork');
  const hours = workText === '' ? null : parseAmount(workText);
  // "16h" or "2d" as durations elsewhere in the table; a plain number is hours, as the header says.
  const duration = workText !== '' && hours === null ? parseDuration(workText, { minutesPerDay: 480, minutesPerWeek: 2400 }) : null;
  const workMinutes = hours !== null ? hours * 60 : duration?.minutes ?? null;
  if (workText !== '' && workMinutes === null) warnings.push(`${where('actualWork')}: '${workText}' is not a number of hours; the cell was left out.`);
  else if (workMinutes !== null && workMinutes < 0) warnings.push(`${where('actualWork')}: '${workText}' is negative; actual work cannot be below 0, so the cell was left out.`);
  return {
    fields: {
      ...(fixedCost !== null && fixedCost > 0 ? { fixedCost } : {}),
      ...(fixedCost !== null && fixedCost > 0 && accrual !== undefined && accrual !== 'prorated' ? { fixedCostAccrual: accrual } : {}),
      ...(budget !== null ? { budget } : {}),
    },
    actuals: { cost: actualCost, workMinutes: workMinutes !== null && workMinutes >= 0 ? Math.round(workMinutes) : null },
    baselineCost,
    warnings,
  };
}

/** Per task, what the money columns held that is applied after the plan is admitted. */
export interface ImportedMoney {
  readonly actuals: ReadonlyMap<TaskId, FileActuals>;
  readonly baselineCosts: ReadonlyMap<TaskId, number>;
}

/**
 * The admitted plan with typed actuals (only where they differ from the computed ones) and a
 * "Baseline" holding the file's baseline costs, plus the sentence that says where its dates came from.
 */
export function withImportedMoney(plan: Plan, schedule: ScheduleResult, money: ImportedMoney, newId: () => string, now: string): { plan: Plan; warnings: string[] } {
  const actuals = new Map([...money.actuals].filter(([, a]) => a.cost !== null || a.workMinutes !== null));
  const withActuals = withTypedActuals(plan, schedule, typedActualCandidates(plan, actuals, new Map()), actuals, new Map());
  if (money.baselineCosts.size === 0) return { plan: withActuals, warnings: [] };
  const costs = costPlan(withActuals, schedule, compileCalendars(withActuals));
  const tasks: Record<string, BaselineTask> = {};
  for (const [id, cost] of money.baselineCosts) {
    const row = schedule.tasks.get(id);
    if (row === undefined) continue;
    tasks[id] = { start: row.start, finish: row.finish, durationMinutes: row.durationMinutes, workMinutes: costs.tasks.get(id)?.workMinutes ?? 0, cost };
  }
  const id = newId() as BaselineId;
  const baseline: Baseline = { id, number: 0, name: 'Baseline', savedAt: now, tasks };
  const count = String(Object.keys(tasks).length);
  return {
    plan: { ...withActuals, baselines: { ...withActuals.baselines, [id]: baseline } },
    warnings: [`Baseline cost of ${count} task(s) went into “Baseline”; the file has no baseline dates, so each task's imported dates and work stand in for them.`],
  };
}
