/**
 * Money over time: the S-curve (cumulative PV, EV and AC with the forecast to completion) and the
 * cash flow per period and group. Everything is accrued the one way accruedBy() defines: lumps at a
 * task's start and finish, the rest evenly over its working time.
 *
 * No history of actuals is stored, so the EV and AC curves before the status date spread each
 * task's earned value and actual cost evenly over its actual span (actual start to actual finish,
 * or to the status date while it is in progress): the curves end exactly at the status-date figures.
 */
import { compileCalendars, type CalendarSet, type WorkingCalendar } from '../calendar';
import { civilFromDays, daysFromCivil, parseWall } from '../calendar/civil';
import type { BaselineTask, Plan, Task, WallMinutes } from '../model';
import { taskCalendarId, type ScheduleResult } from '../schedule';
import { assignmentsByTask, type CostTable } from './cost';
import { accruedBy, ownBaselineEntries, statusInstant, type EarnedValueInput } from './earned-value';

export interface SCurvePoint {
  readonly at: WallMinutes;
  readonly pv: number;
  /** Null after the status date. */
  readonly ev: number | null;
  readonly ac: number | null;
  /** AC at the status date plus the remaining cost as now scheduled; null before the status date. */
  readonly forecast: number | null;
}

export interface SCurve {
  readonly points: readonly SCurvePoint[];
  readonly statusAt: WallMinutes;
  readonly bac: number;
  /** Bottom-up estimate at completion: where the forecast line ends. */
  readonly eac: number;
}

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

function calendarsOf(plan: Plan, cals: CalendarSet): (task: Task) => WorkingCalendar {
  const byTask = assignmentsByTask(plan);
  return (task) => cals.get(taskCalendarId(plan, task, byTask.get(task.id) ?? []));
}

/** The cumulative S-curve at each point in `points` (defaults: month ends over the plan and its baseline). */
export function sCurve(input: EarnedValueInput & { readonly points?: readonly WallMinutes[] }): SCurve {
  const { plan, schedule, costs, baseline } = input;
  const cals = input.calendars ?? compileCalendars(plan);
  const calOf = calendarsOf(plan, cals);
  const statusAt = statusInstant(input.statusDate);
  const planned: Accrual[] = [];
  for (const [id, entry] of ownBaselineEntries(plan, schedule, baseline)) {
    const task = plan.tasks[id];
    if (task) planned.push(accrualOf(entry, calOf(task)));
  }
  const earned: Accrual[] = [];
  const spent: Accrual[] = [];
  const remaining: Accrual[] = [];
  for (const task of Object.values(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    const cost = costs.tasks.get(task.id);
    if (!row || row.isSummary || !cost) continue;
    const cal = calOf(task);
    const start = parseWall(task.actualStart ?? row.start);
    const end = Math.max(start, task.actualFinish ? parseWall(task.actualFinish) : Math.min(statusAt, parseWall(row.finish)));
    const entry = baseline?.tasks[task.id];
    const percent = task.earnedValueMethod === 'physical' ? (task.physicalPercentComplete ?? 0) : row.percentComplete;
    if (entry) earned.push({ total: (entry.cost * percent) / 100, atStart: 0, atEnd: 0, start, finish: end, cal });
    spent.push({ total: cost.actualCost, atStart: 0, atEnd: 0, start, finish: end, cal });
    const from = Math.max(statusAt, parseWall(row.start));
    remaining.push({ total: cost.remainingCost, atStart: 0, atEnd: 0, start: from, finish: Math.max(from, parseWall(row.finish)), cal });
  }
  const points = input.points ?? defaultPoints(planned, schedule, statusAt);
  const acAtStatus = at(spent, statusAt);
  const out: SCurvePoint[] = points.map((t) => ({
    at: t,
    pv: at(planned, t),
    ev: t <= statusAt ? at(earned, t) : null,
    ac: t <= statusAt ? at(spent, t) : null,
    forecast: t >= statusAt ? acAtStatus + at(remaining, t) : null,
  }));
  return { points: out, statusAt, bac: planned.reduce((s, i) => s + i.total, 0), eac: costs.project.cost };
}

function accrualOf(entry: BaselineTask, cal: WorkingCalendar): Accrual {
  return {
    total: entry.cost, atStart: entry.costAtStart ?? 0, atEnd: entry.costAtEnd ?? 0,
    start: parseWall(entry.start), finish: parseWall(entry.finish), cal,
  };
}

/** Plans up to this long get weekly S-curve points; longer ones monthly. */
const WEEKLY_UP_TO_MINUTES = 92 * 1440;

/** Every 7 days from the day `from` falls on, while before `to`. */
export function weekSteps(from: WallMinutes, to: WallMinutes): WallMinutes[] {
  const out: WallMinutes[] = [];
  for (let t = Math.floor(from / 1440) * 1440 + 7 * 1440; t < to && out.length < 2400; t += 7 * 1440) out.push(t);
  return out;
}

/**
 * S-curve points from the earliest start to the latest finish of the plan and its baseline: weekly
 * for a plan of up to three months, else month ends; then the finish itself and the status instant.
 * The last point is the finish (or the status date when later), not the end of its month, so the
 * curves stop where the plan does.
 */
export function sCurvePoints(from: WallMinutes, to: WallMinutes, statusAt: WallMinutes): WallMinutes[] {
  const steps = to - from <= WEEKLY_UP_TO_MINUTES ? weekSteps(from, to) : monthEnds(from, to).filter((t) => t < to);
  return [...new Set([from, ...steps, to, statusAt])].sort((a, b) => a - b);
}

function defaultPoints(planned: readonly Accrual[], schedule: ScheduleResult, statusAt: WallMinutes): WallMinutes[] {
  let from = parseWall(schedule.projectStart);
  let to = parseWall(schedule.projectFinish);
  for (const p of planned) {
    from = Math.min(from, p.start);
    to = Math.max(to, p.finish);
  }
  return sCurvePoints(from, to, statusAt);
}

export interface CashFlow {
  /** Period ends (exclusive), one per column of `values`. */
  readonly periodEnds: readonly WallMinutes[];
  readonly groups: readonly string[];
  /** values[group][period]: cost incurred in that period, as now scheduled (actual + remaining). */
  readonly values: readonly (readonly number[])[];
}

/**
 * Cost incurred per month, by a grouping of tasks (e.g. their effective phase) or by person.
 * `groupOfTask` names a leaf's group ('' for none); by person uses each assignment's cost, and a
 * task's fixed cost goes to the group '(fixed cost)'. Groups with nothing in any month are left out.
 */
export function cashFlow(
  plan: Plan, schedule: ScheduleResult, costs: CostTable, by: { readonly groupOfTask: (task: Task) => string } | 'person',
  cals: CalendarSet = compileCalendars(plan),
): CashFlow {
  const calOf = calendarsOf(plan, cals);
  const items = new Map<string, Accrual[]>();
  const push = (group: string, item: Accrual): void => {
    const list = items.get(group);
    if (list) list.push(item);
    else items.set(group, [item]);
  };
  for (const task of Object.values(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    const cost = costs.tasks.get(task.id);
    if (!row || row.isSummary || !cost) continue;
    const span = { start: parseWall(row.start), finish: parseWall(row.finish), cal: calOf(task) };
    if (by === 'person') {
      let assigned = 0;
      for (const a of costs.assignments.values()) {
        if (a.taskId !== task.id) continue;
        assigned += a.cost;
        push(plan.resources[a.resourceId]?.name ?? '', { ...span, total: a.cost, atStart: a.costAtStart, atEnd: a.costAtEnd });
      }
      // Only a real fixed cost: floating sums of the assignments can leave a few millionths behind.
      if (Math.abs(cost.cost - assigned) >= 0.005) push('(fixed cost)', { ...span, total: cost.cost - assigned, atStart: 0, atEnd: 0 });
    } else {
      push(by.groupOfTask(task), { ...span, total: cost.cost, atStart: cost.costAtStart, atEnd: cost.costAtEnd });
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

