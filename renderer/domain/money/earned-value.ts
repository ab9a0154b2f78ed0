/**
 * Earned value at the status date, per task, summary and project. Definitions follow the PMI
 * Practice Standard for Earned Value Management (2nd ed.) and ANSI/EIA-748, with MS Project's names:
 * - BAC (budget at completion) = the baseline's cost of the task.
 * - PV  (BCWS, planned value)  = the baseline cost the baseline plan had incurred by the status date,
 *   time-phased as it was incurred: per-use and start-accrued costs at the baseline start,
 *   end-accrued costs at the baseline finish, the rest spread evenly over the working time between.
 * - EV  (BCWP, earned value)   = BAC x % complete (or x physical % complete, per task), done by the status date (doneByStatus below).
 * - AC  (ACWP, actual cost)    = the actual cost spent by the status date (doneByStatus below).
 * - ETC = the plan's remaining cost, and any actual cost recorded but not yet spent by the status date.
 * - SV = EV - PV; CV = EV - AC; SPI = EV / PV; CPI = EV / AC.
 * - EAC, CPI method   = BAC / CPI (the work left is done at today's cost efficiency).
 * - EAC, bottom-up    = AC + ETC: the plan's cost (actual + remaining, cost.ts).
 * - ETC, CPI method   = EAC(CPI) - AC.
 * - VAC = BAC - EAC, for each EAC.
 * - TCPI = (BAC - EV) / (BAC - AC): the cost efficiency the remaining work needs to finish on budget.
 * Ratios are null where their denominator is zero (nothing planned, spent or left yet), and with
 * nothing baselined (BAC 0) nothing is measured: SPI, CPI, EAC (CPI) and TCPI are then null too.
 * Summaries and the project add up BAC, PV, EV, AC and ETC from below and derive the rest from the sums.
 */
import { compileCalendars, statusInstant, type CalendarSet, type WorkingCalendar } from '../calendar';
import type { Baseline, BaselineTask, LocalDate, Plan, Task, TaskId, WallMinutes } from '../model';
import { parseWall } from '../calendar/civil';
import { taskCalendarId, type ScheduleResult } from '../schedule';
import { valuesOf } from '../schedule/records';
import type { CostTable } from './cost';
import { EarnedValueSums } from './earned-value-sums';
import { assignmentIndex, taskTree, type TaskTree } from './task-tree';

/** The additive figures; everything else derives from them. */
export interface EarnedValueBase {
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  /**
   * Bottom-up estimate to complete as of the status date: the plan's remaining cost (cost less all
   * actual recorded, the Cost table's Remaining) and the actual cost recorded for work after that date.
   */
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

/*
 * Actual cost and earned value as of the status date (AC or ACWP, EV or BCWP): the one rule the
 * Cost summary, earned value (and the reports, the CLI and MSPDI's ACWP built on it) and the
 * S-curve read. No history of progress is stored, so what a task has spent and earned is taken
 * as done evenly over its actual span: from its actual start (else its scheduled start) to its
 * actual finish, else to the status instant while it is in progress. Nothing is done before that
 * span begins: with the status date before the work starts, AC and EV are 0, as MS Project's ACWP
 * and BCWP are, and the actual cost recorded anyway is spent after the status date, in the
 * estimate to complete (AC + ETC is still the bottom-up EAC). Progress recorded up to the status
 * date is all done by it.
 */
/** The span a task's actual cost and earned value are spread over; `finish` is never before `start`. */
export interface ActualSpan {
  readonly start: WallMinutes;
  readonly finish: WallMinutes;
}

/** A task's actual span, from its scheduled start and finish and the status instant. */
export function actualSpan(task: Task, scheduledStart: WallMinutes, scheduledFinish: WallMinutes, statusAt: WallMinutes): ActualSpan {
  const start = task.actualStart ? parseWall(task.actualStart) : scheduledStart;
  return { start, finish: Math.max(start, task.actualFinish ? parseWall(task.actualFinish) : Math.min(statusAt, scheduledFinish)) };
}

/**
 * How much of `amount` (a task's actual cost or earned value) was done by the status instant over
 * its actual span: nothing before it, all of it from its end, evenly over its working time
 * between. The calendar is asked for only when the status instant falls inside the span.
 */
export function doneByStatus(amount: number, span: ActualSpan, calendar: () => WorkingCalendar, statusAt: WallMinutes): number {
  if (statusAt < span.start) return 0;
  if (statusAt >= span.finish) return amount;
  return accruedBy(amount, 0, 0, span.start, span.finish, calendar(), statusAt);
}

/** PV of one baselined task by `t`. */
export function plannedValueBy(entry: BaselineTask, cal: WorkingCalendar, t: WallMinutes): number {
  return accruedBy(entry.cost, entry.costAtStart ?? 0, entry.costAtEnd ?? 0, parseWall(entry.start), parseWall(entry.finish), cal, t);
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
  const tasks = valuesOf(plan.tasks);
  for (const task of tasks) {
    const entry = baseline.tasks[task.id];
    if (entry && task.parentId !== null) childCost.set(task.parentId, (childCost.get(task.parentId) ?? 0) + entry.cost);
  }
  for (const task of tasks) {
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
  const { plan, baseline } = input;
  const cals = input.calendars ?? compileCalendars(plan);
  const tree = taskTree(plan.tasks);
  const sums = new EarnedValueSums(tree);
  accrueEarnedValue(input, cals, tree, sums);
  return { statusDate: input.statusDate, baselineNumber: baseline?.number ?? null, tasks: sums, project: deriveEarnedValue(sums.project()) };
}

/**
 * One pass over the tasks deepest first, into flat arrays. Every figure is added in the order
 * the earlier per-task maps added it (subtasks in plan order, then the task's own share), so the
 * sums are the same to the last bit: money-equivalence.test.ts compares them with that
 * computation (test/support/money-reference.ts) on random plans.
 *
 * A summary's own share of the baseline is its cost beyond its subtasks' baseline costs (as
 * ownBaselineEntries), and its own AC and ETC its costs beyond what its subtasks brought (its own
 * fixed cost), dated over its span as a leaf's are. A
 * subtask's baseline cost counts under its parent whether or not it is scheduled.
 */
function accrueEarnedValue(input: EarnedValueInput, cals: CalendarSet, tree: TaskTree, sums: EarnedValueSums): void {
  const { plan, schedule, costs } = input;
  const baselined = input.baseline?.tasks;
  const t = statusInstant(input.statusDate);
  const { order, parentAt } = tree;
  const n = order.length;
  const childBaselineCost = new Float64Array(n);
  const broughtAc = new Float64Array(n);
  const broughtEtc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const task = order[i] as Task;
    const parent = parentAt[i] as number;
    const entry = baselined?.[task.id];
    if (entry && parent >= 0) childBaselineCost[parent] = (childBaselineCost[parent] as number) + entry.cost;
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    let bac = 0;
    let pv = 0;
    if (entry && !row.isSummary) {
      bac = entry.cost;
      pv = plannedValueOf(entry, bac, entry.costAtStart ?? 0, entry.costAtEnd ?? 0, t, plan, cals, task);
    } else if (entry) {
      const own = Math.max(0, entry.cost - (childBaselineCost[i] as number));
      if (own > 0) {
        bac = own;
        pv = plannedValueOf(entry, own, 0, 0, t, plan, cals, task);
      }
    }
    const cost = costs.tasks.get(task.id);
    const actual = cost?.actualCost ?? 0;
    const remaining = cost?.remainingCost ?? 0;
    const percent = task.earnedValueMethod === 'physical' ? (task.physicalPercentComplete ?? 0) : row.percentComplete;
    let ev = (bac * percent) / 100;
    let ac = actual - (broughtAc[i] as number);
    let etc = remaining - (broughtEtc[i] as number);
    if (ac !== 0 || ev !== 0) {
      // The task's own progress as of the status date (a leaf's, or a summary's own fixed cost and
      // baseline share, over the summary's span); actual cost its actual span puts after it is still to be spent.
      const span = actualSpan(task, parseWall(row.start), parseWall(row.finish), t);
      let cal: WorkingCalendar | null = null;
      const calendar = (): WorkingCalendar => (cal ??= calendarOf(plan, cals, task));
      ev = doneByStatus(ev, span, calendar, t);
      const spent = doneByStatus(ac, span, calendar, t);
      if (spent !== ac) {
        etc += ac - spent;
        ac = spent;
      }
    }
    sums.add(i, bac, pv, ev, ac, etc);
    if (parent < 0) {
      sums.addToProject(i);
      continue;
    }
    sums.addInto(parent, i);
    broughtAc[parent] = (broughtAc[parent] as number) + actual;
    broughtEtc[parent] = (broughtEtc[parent] as number) + remaining;
  }
}

/** accruedBy over the baseline's span; the task's calendar is looked up only for a span the status date falls inside. */
function plannedValueOf(
  entry: BaselineTask, total: number, atStart: number, atEnd: number, t: WallMinutes, plan: Plan, cals: CalendarSet, task: Task,
): number {
  const start = parseWall(entry.start);
  if (t < start) return 0;
  const finish = parseWall(entry.finish);
  if (t >= finish) return total;
  return accruedBy(total, atStart, atEnd, start, finish, calendarOf(plan, cals, task), t);
}

/** A task's working calendar (its own, else its people's, else the project's). */
const calendarOf = (plan: Plan, cals: CalendarSet, task: Task): WorkingCalendar =>
  cals.get(taskCalendarId(plan, task, assignmentIndex(plan.assignments).get(task.id) ?? []));
