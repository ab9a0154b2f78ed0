/**
 * Money over time: month ends and the cash flow per period and group (the S-curve is in
 * s-curve.ts). Everything is accrued the one way accruedBy() defines: lumps at a task's start and
 * finish, the rest evenly over its working time.
 */
import { compileCalendars, statusInstant, type CalendarSet, type WorkingCalendar } from '../calendar';
import { civilFromDays, daysFromCivil, parseWall } from '../calendar/civil';
import type { LocalDate, Plan, Task, WallMinutes } from '../model';
import { taskCalendarId, type ScheduleResult } from '../schedule';
import { summaryOwnCosts, type CostFigures, type CostTable } from './cost';
import { accruedBy, actualSpan, type ActualSpan } from './earned-value';
import { assignmentIndex } from './task-tree';

/** Ends of calendar months (the first instant of the next month) covering from..to. */
export function monthEnds(from: WallMinutes, to: WallMinutes): WallMinutes[] {
  const first = civilFromDays(Math.floor(from / 1440));
  const out: WallMinutes[] = [];
  let year = first.year;
  let month = first.month;
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const end = daysFromCivil(year, month, 1) * 1440;
    out.push(end);
    if (end >= to || out.length > 2400) return out;
  }
}

interface Accrual {
  readonly total: number;
  readonly atStart: number;
  readonly atEnd: number;
  readonly start: WallMinutes;
  readonly finish: WallMinutes;
  readonly cal: WorkingCalendar;
}

const at = (items: readonly Accrual[], t: WallMinutes): number => {
  let sum = 0;
  for (const i of items) sum += accruedBy(i.total, i.atStart, i.atEnd, i.start, i.finish, i.cal, t);
  return sum;
};

/** Each task's working calendar (its own, else its people's, else the project's), for the S-curve and the cash flow. */
export function taskCalendars(plan: Plan, cals: CalendarSet): (task: Task) => WorkingCalendar {
  const byTask = assignmentIndex(plan.assignments);
  return (task) => cals.get(taskCalendarId(plan, task, byTask.get(task.id) ?? []));
}

export interface CashFlow {
  /** Period ends (exclusive), one per column of `values`. */
  readonly periodEnds: readonly WallMinutes[];
  readonly groups: readonly string[];
  /** values[group][period]: cost incurred in that period, as now scheduled (actual + remaining). */
  readonly values: readonly (readonly number[])[];
}

/** A task's dates as its costs are incurred over them: its schedule, its actual span and the status instant. */
interface CostDates {
  readonly start: WallMinutes;
  readonly finish: WallMinutes;
  readonly actual: ActualSpan;
  readonly statusAt: WallMinutes;
  readonly cal: WorkingCalendar;
}

type Incurred = Pick<CostFigures, 'cost' | 'actualCost' | 'remainingCost' | 'costAtStart' | 'costAtEnd'>;

/**
 * Where a cost falls in time, as the S-curve draws it: its actual cost where it was spent, evenly
 * over the task's actual span (actualSpan(), the rule earned value and AC follow), and what
 * remains from the status date over the rest of the schedule, a lump due at the finish kept there.
 * Before, the whole cost was spread over the schedule: a purchase paid in March on a task whose
 * remaining days the schedule put after the status date showed its money in the months after it.
 * A cost with nothing spent yet is spread over its schedule, its lumps at its start and finish.
 */
function incurred(figures: Incurred, dates: CostDates): Accrual[] {
  const { start, finish, actual, statusAt, cal } = dates;
  if (figures.actualCost === 0) return [{ start, finish, cal, total: figures.cost, atStart: figures.costAtStart, atEnd: figures.costAtEnd }];
  const spent: Accrual = { start: actual.start, finish: actual.finish, cal, total: figures.actualCost, atStart: 0, atEnd: 0 };
  if (figures.remainingCost === 0) return [spent];
  const from = Math.max(statusAt, start);
  const atEnd = Math.max(0, Math.min(figures.costAtEnd, figures.remainingCost));
  return [spent, { start: from, finish: Math.max(from, finish), cal, total: figures.remainingCost, atStart: 0, atEnd }];
}

/**
 * Cost incurred per month, by a grouping of tasks (e.g. their effective phase) or by person.
 * `groupOfTask` names a task's group ('' for none); by person uses each assignment's cost, and a
 * task's fixed cost or typed actual beyond its people's (a summary's own fixed cost included) goes
 * to the group '(fixed cost)'. Groups with nothing in any month are left out. Actual cost is in the
 * months it was spent by the status date's rules (incurred()).
 */
export function cashFlow(
  plan: Plan, schedule: ScheduleResult, costs: CostTable, by: { readonly groupOfTask: (task: Task) => string } | 'person',
  statusDate: LocalDate, cals: CalendarSet = compileCalendars(plan),
): CashFlow {
  const calOf = taskCalendars(plan, cals);
  const statusAt = statusInstant(statusDate);
  const items = new Map<string, Accrual[]>();
  const push = (group: string, accruals: readonly Accrual[]): void => {
    const list = items.get(group);
    if (list) list.push(...accruals);
    else items.set(group, [...accruals]);
  };
  for (const task of Object.values(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    // A summary's subtasks bring their own costs; the summary adds only its own fixed cost, by its accrual over its span.
    const cost = !row.isSummary ? costs.tasks.get(task.id) : (task.fixedCost ?? 0) !== 0 ? summaryOwnCosts(plan, cals, task, row) : undefined;
    if (!cost) continue;
    const start = parseWall(row.start);
    const finish = parseWall(row.finish);
    const dates: CostDates = { start, finish, actual: actualSpan(task, start, finish, statusAt), statusAt, cal: calOf(task) };
    if (row.isSummary) {
      push(by === 'person' ? '(fixed cost)' : by.groupOfTask(task), incurred(cost, dates));
    } else if (by === 'person') {
      const rest = { cost: cost.cost, actualCost: cost.actualCost, remainingCost: cost.remainingCost, costAtStart: 0, costAtEnd: 0 };
      for (const a of costs.assignments.values()) {
        if (a.taskId !== task.id) continue;
        rest.cost -= a.cost;
        rest.actualCost -= a.actualCost;
        rest.remainingCost -= a.remainingCost;
        push(plan.resources[a.resourceId]?.name ?? '', incurred(a, dates));
      }
      // Only a real fixed cost or typed actual: floating sums of the assignments can leave a few millionths behind.
      if (Math.abs(rest.actualCost) < 0.005) rest.actualCost = 0;
      if (Math.abs(rest.remainingCost) < 0.005) rest.remainingCost = 0;
      if (rest.actualCost !== 0 || rest.remainingCost !== 0) push('(fixed cost)', incurred({ ...rest, cost: rest.actualCost + rest.remainingCost }, dates));
    } else {
      push(by.groupOfTask(task), incurred(cost, dates));
    }
  }
  const all = [...items.values()].flat();
  const from = all.reduce((m, i) => Math.min(m, i.start), parseWall(schedule.projectStart));
  const to = all.reduce((m, i) => Math.max(m, i.finish), parseWall(schedule.projectFinish));
  const periodEnds = monthEnds(from, to);
  const allGroups = [...items.keys()].sort((a, b) => a.localeCompare(b));
  const sums = allGroups.map((g) => {
    const list = items.get(g) ?? [];
    let before = 0;
    return periodEnds.map((end) => {
      const cumulative = at(list, end - 1e-6);
      const inPeriod = cumulative - before;
      before = cumulative;
      return inPeriod;
    });
  });
  // A group that costs nothing in any period is no series at all (an empty legend entry says nothing).
  const kept = allGroups.flatMap((_group, i) => (sums[i]?.some((v) => Math.abs(v) >= 0.005) ? [i] : []));
  return { periodEnds, groups: kept.map((i) => allGroups[i] ?? ''), values: kept.map((i) => sums[i] ?? []) };
}

