/**
 * Earned value at the status date, per task, summary and project. Definitions follow the PMI
 * Practice Standard for Earned Value Management (2nd ed.) and ANSI/EIA-748, with MS Project's names:
 * - BAC (budget at completion) = the baseline's cost of the task.
 * - PV  (BCWS, planned value)  = the baseline cost the baseline plan had incurred by the status date,
 *   time-phased as it was incurred: per-use and start-accrued costs at the baseline start,
 *   end-accrued costs at the baseline finish, the rest spread evenly over the working time between.
 * - EV  (BCWP, earned value)   = BAC x % complete (or x physical % complete, per task).
 * - AC  (ACWP, actual cost)    = the actual cost to date (cost.ts).
 * - SV = EV - PV; CV = EV - AC; SPI = EV / PV; CPI = EV / AC.
 * - EAC, CPI method   = BAC / CPI (the work left is done at today's cost efficiency).
 * - EAC, bottom-up    = AC + ETC, ETC = the plan's remaining cost (re-estimated work left).
 * - ETC, CPI method   = EAC(CPI) - AC.
 * - VAC = BAC - EAC, for each EAC.
 * - TCPI = (BAC - EV) / (BAC - AC): the cost efficiency the remaining work needs to finish on budget.
 * Ratios are null where their denominator is zero (nothing planned, spent or left yet), and with
 * nothing baselined (BAC 0) nothing is measured: SPI, CPI, EAC (CPI) and TCPI are then null too.
 * Summaries and the project add up BAC, PV, EV, AC and ETC from below and derive the rest from the sums.
 */
import { compileCalendars, type CalendarSet, type WorkingCalendar } from '../calendar';
import type { Baseline, BaselineTask, LocalDate, Plan, TaskId, WallMinutes } from '../model';
import { parseWall } from '../calendar/civil';
import { taskCalendarId, type ScheduleResult } from '../schedule';
import { assignmentsByTask, deepestFirst, type CostTable } from './cost';

/** The additive figures; everything else derives from them. */
export interface EarnedValueBase {
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  /** Bottom-up estimate to complete: the plan's remaining cost. */
  readonly etc: number;
}

export interface EarnedValueFigures extends EarnedValueBase {
  readonly sv: number;
  readonly cv: number;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly eacCpi: number | null;
  readonly etcCpi: number | null;
  readonly vacCpi: number | null;
  readonly eacBottomUp: number;
  readonly vacBottomUp: number;
  readonly tcpi: number | null;
}

export interface EarnedValueTable {
  readonly statusDate: LocalDate;
  readonly baselineNumber: number | null;
  /** The additive figures per task; deriveEarnedValue() gives the rest for the rows on screen (derived on read, not for all 10,000). */
  readonly tasks: ReadonlyMap<TaskId, EarnedValueBase>;
  readonly project: EarnedValueFigures;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Derives the ratios, forecasts and variances from the additive figures. */
export function deriveEarnedValue(base: EarnedValueBase): EarnedValueFigures {
  const isMeasured = base.bac > 0;
  const cpi = isMeasured ? ratio(base.ev, base.ac) : null;
  const eacCpi = cpi === null || cpi === 0 ? null : base.bac / cpi;
  const eacBottomUp = base.ac + base.etc;
  return {
    ...base,
    sv: base.ev - base.pv,
    cv: base.ev - base.ac,
    spi: isMeasured ? ratio(base.ev, base.pv) : null,
    cpi,
    eacCpi,
    etcCpi: eacCpi === null ? null : eacCpi - base.ac,
    vacCpi: eacCpi === null ? null : base.bac - eacCpi,
    eacBottomUp,
    vacBottomUp: base.bac - eacBottomUp,
    tcpi: isMeasured && base.bac - base.ac > 0 ? (base.bac - base.ev) / (base.bac - base.ac) : null,
  };
}

/** The instant a status date stands for: the end of that day, so the day's own work counts as done. */
export function statusInstant(statusDate: LocalDate): WallMinutes {
  return parseWall(statusDate) + 24 * 60;
}

/**
 * How much of a cost with this accrual profile had been incurred by `t`, for a task planned from
 * `start` to `finish` on `cal`. A span with no working time (a milestone) incurs everything at its start.
 */
export function accruedBy(
  total: number, atStart: number, atEnd: number, start: WallMinutes, finish: WallMinutes, cal: WorkingCalendar, t: WallMinutes,
): number {
  if (t < start) return 0;
  if (t >= finish) return total;
  const spread = total - atStart - atEnd;
  const span = cal.workingBetween(start, finish);
  const fraction = span > 0 ? Math.min(1, Math.max(0, cal.workingBetween(start, t) / span)) : 1;
  return atStart + spread * fraction;
}

/** PV of one baselined task by `t`. */
export function plannedValueBy(entry: BaselineTask, cal: WorkingCalendar, t: WallMinutes): number {
  return accruedBy(entry.cost, entry.costAtStart ?? 0, entry.costAtEnd ?? 0, parseWall(entry.start), parseWall(entry.finish), cal, t);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const zero = (): Mutable<EarnedValueBase> => ({ bac: 0, pv: 0, ev: 0, ac: 0, etc: 0 });
function add(into: Mutable<EarnedValueBase>, more: EarnedValueBase): void {
  into.bac += more.bac;
  into.pv += more.pv;
  into.ev += more.ev;
  into.ac += more.ac;
  into.etc += more.etc;
}

export interface EarnedValueInput {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
  readonly costs: CostTable;
  /** The baseline variances and earned value measure against; null = none saved (BAC, PV and EV are 0). */
  readonly baseline: Baseline | null;
  readonly statusDate: LocalDate;
  readonly calendars?: CalendarSet;
}

/**
 * Each baselined task's own share of the baseline: a leaf's whole entry; a summary's cost beyond
 * its children's (a fixed cost on the summary itself), spread over the summary's baseline span.
 * Summing own shares never counts a child's cost twice.
 */
export function ownBaselineEntries(plan: Plan, schedule: ScheduleResult, baseline: Baseline | null): Map<TaskId, BaselineTask> {
  const own = new Map<TaskId, BaselineTask>();
  if (!baseline) return own;
  const childCost = new Map<string, number>();
  for (const task of Object.values(plan.tasks)) {
    const entry = baseline.tasks[task.id];
    if (entry && task.parentId !== null) childCost.set(task.parentId, (childCost.get(task.parentId) ?? 0) + entry.cost);
  }
  for (const task of Object.values(plan.tasks)) {
    const entry = baseline.tasks[task.id];
    const row = schedule.tasks.get(task.id);
    if (!entry || !row) continue;
    if (!row.isSummary) own.set(task.id, entry);
    else {
      const cost = Math.max(0, entry.cost - (childCost.get(task.id) ?? 0));
      if (cost > 0) own.set(task.id, { ...entry, cost, costAtStart: 0, costAtEnd: 0 });
    }
  }
  return own;
}

/** Earned value of every task at the status date; summaries and the project add up from below. */
export function earnedValue(input: EarnedValueInput): EarnedValueTable {
  const { plan, schedule, costs, baseline } = input;
  const cals = input.calendars ?? compileCalendars(plan);
  const byTask = assignmentsByTask(plan);
  const t = statusInstant(input.statusDate);
  const ownEntries = ownBaselineEntries(plan, schedule, baseline);
  const sums = new Map<TaskId, Mutable<EarnedValueBase>>();
  /** Actual and remaining cost the children of a task brought, so a summary's own share is the rest. */
  const below = new Map<TaskId, { ac: number; etc: number }>();
  const project = zero();
  for (const task of deepestFirst(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    const cost = costs.tasks.get(task.id);
    const own = ownEntries.get(task.id);
    const children = below.get(task.id) ?? { ac: 0, etc: 0 };
    const cal = cals.get(taskCalendarId(plan, task, byTask.get(task.id) ?? []));
    const percent = task.earnedValueMethod === 'physical' ? (task.physicalPercentComplete ?? 0) : row.percentComplete;
    const total = sums.get(task.id) ?? zero();
    add(total, {
      bac: own?.cost ?? 0,
      pv: own ? plannedValueBy(own, cal, t) : 0,
      ev: ((own?.cost ?? 0) * percent) / 100,
      ac: (cost?.actualCost ?? 0) - children.ac,
      etc: (cost?.remainingCost ?? 0) - children.etc,
    });
    sums.set(task.id, total);
    const parentId = task.parentId !== null && plan.tasks[task.parentId] ? task.parentId : null;
    if (parentId === null) {
      add(project, total);
      continue;
    }
    const into = sums.get(parentId) ?? zero();
    add(into, total);
    sums.set(parentId, into);
    const brought = below.get(parentId) ?? { ac: 0, etc: 0 };
    brought.ac += cost?.actualCost ?? 0;
    brought.etc += cost?.remainingCost ?? 0;
    below.set(parentId, brought);
  }
  return { statusDate: input.statusDate, baselineNumber: baseline?.number ?? null, tasks: sums, project: deriveEarnedValue(project) };
}
