/**
 * The S-curve: cumulative PV, EV and AC at each point in time, with the forecast to completion.
 * Every cost is accrued the one way accruedBy() defines: lumps at a task's start and finish, the
 * rest evenly over its working time.
 *
 * No history of actuals is stored, so the EV and AC curves before the status date spread each
 * task's earned value and actual cost evenly over its actual span (actualSpan(): actual start to
 * actual finish, or to the status date while it is in progress), and they end at the status date
 * at what doneByStatus() says was done by then: the EV and AC of earned value and the Cost summary.
 * Nothing is earned or spent before a task's start: with the status date before the project's
 * start, EV and AC are nothing, and actual cost entered anyway is in the forecast after it.
 * A summary's own fixed cost and baseline share are drawn the way a leaf's are, over the
 * summary's span, so the forecast ends at the bottom-up EAC the Cost summary shows.
 *
 * One pass over the tasks in plan order adds each cost into one sum per point and curve. A
 * point's sum is built in the order the first version built it (the tasks in plan order, one
 * accruedBy() per cost, a cost not yet started adding nothing), so every figure is the same to
 * the last bit: money-equivalence.test.ts compares them with that version
 * (test/support/money-reference.ts). The first version made an object per cost per curve and then
 * asked every cost at every point; now a cost is asked only at the points from its start on, the
 * working calendar only at points inside its span, and nothing per cost is kept.
 */
import { compileCalendars, statusInstant, type CalendarSet, type WorkingCalendar } from '../calendar';
import { parseWall } from '../calendar/civil';
import type { Baseline, BaselineTask, Plan, Task, WallMinutes } from '../model';
import type { ScheduleResult, TaskSchedule } from '../schedule';
import { summaryOwnCosts, type CostTable } from './cost';
import { doneByStatus, actualSpan, type ActualSpan, type EarnedValueInput } from './earned-value';
import { tasksInPlanOrder } from './task-tree';
import { sCurvePoints } from './s-curve-axis';
import { taskCalendars } from './time-phased';

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

/**
 * The four curves' sums at each point: each cost is added where its curve is drawn (PV everywhere,
 * EV and AC up to the status date, the remaining cost from it) and only at points from its start
 * on (before it a cost adds nothing). Points are walked in time order, so those are a run of them.
 */
class CurveSums {
  readonly pv: Float64Array;
  readonly ev: Float64Array;
  readonly ac: Float64Array;
  /** The remaining cost accrued by each point from the status date on (the forecast less AC at the status date). */
  readonly left: Float64Array;
  acAtStatus = 0;
  /** The points in time order, and each one's index in the points as given. */
  private readonly times: Float64Array;
  private readonly slots: Int32Array;
  /** Points in time order before this one are at or before the status date. */
  private readonly pastEnd: number;
  /** Points in time order from this one are at or after the status date. */
  private readonly futureStart: number;
  /** The calendar of the task last asked for: a task's costs are added one after another. */
  private calendarTask: Task | null = null;
  private calendar: WorkingCalendar | null = null;

  constructor(points: readonly WallMinutes[], private readonly statusAt: WallMinutes, private readonly calendarOf: (task: Task) => WorkingCalendar) {
    const m = points.length;
    const slots = Array.from({ length: m }, (_, k) => k).sort((a, b) => (points[a] as number) - (points[b] as number));
    this.slots = Int32Array.from(slots);
    this.times = Float64Array.from(slots, (k) => points[k] as number);
    this.pv = new Float64Array(m);
    this.ev = new Float64Array(m);
    this.ac = new Float64Array(m);
    this.left = new Float64Array(m);
    let pastEnd = 0;
    while (pastEnd < m && (this.times[pastEnd] as number) <= statusAt) pastEnd++;
    let futureStart = m;
    while (futureStart > 0 && (this.times[futureStart - 1] as number) >= statusAt) futureStart--;
    this.pastEnd = pastEnd;
    this.futureStart = futureStart;
  }

  planned(task: Task, total: number, atStart: number, atEnd: number, start: WallMinutes, finish: WallMinutes): void {
    this.add(this.pv, 0, this.times.length, task, total, atStart, atEnd, start, finish);
  }

  earned(task: Task, total: number, start: WallMinutes, finish: WallMinutes): void {
    this.add(this.ev, 0, this.pastEnd, task, total, 0, 0, start, finish);
  }

  /**
   * Actual cost, spread over the task's actual span. What of it that span puts after the status
   * date (progress recorded on work the plan shows later: a status date before the project's
   * start, or an actual finish after it) is not yet spent as of the status date, so AC leaves it
   * out and the forecast spends it from there on: the forecast still ends at the bottom-up EAC.
   */
  spent(task: Task, total: number, start: WallMinutes, finish: WallMinutes): void {
    if (total === 0) return;
    this.add(this.ac, 0, this.pastEnd, task, total, 0, 0, start, finish);
    const t = this.statusAt;
    const byStatus = doneByStatus(total, { start, finish }, () => this.calendarFor(task), t);
    if (!(t < start)) this.acAtStatus += byStatus;
    if (finish > t) this.remaining(task, total - byStatus, Math.max(start, t), finish);
  }

  remaining(task: Task, total: number, start: WallMinutes, finish: WallMinutes): void {
    this.add(this.left, this.futureStart, this.times.length, task, total, 0, 0, start, finish);
  }

  /**
   * Adds the cost at the points in time order from..to that are not before its start: accruedBy()
   * inside its span, the whole cost from its finish on. The span's working time is asked once, not
   * at each point inside it; the figures are accruedBy()'s to the bit (money-equivalence.test.ts).
   * A cost of nothing is not walked at all: what it would add at every point is zero (accruedBy()
   * of 0 is +0 or -0), and a sum that starts at +0 is left exactly as it was by adding either, so
   * the sums stay the same to the bit. About half of a plan at its status date has nothing earned
   * or spent yet, or nothing left to spend; those tasks now cost a test each instead of a walk.
   */
  private add(
    sums: Float64Array, from: number, to: number, task: Task, total: number, atStart: number, atEnd: number, start: WallMinutes, finish: WallMinutes,
  ): void {
    if (total === 0 && atStart === 0 && atEnd === 0) return;
    const { times, slots } = this;
    let j = Math.max(from, this.firstNotBefore(start));
    if (j < to && (times[j] as number) < finish) {
      const cal = this.calendarFor(task);
      const spread = total - atStart - atEnd;
      const span = cal.workingBetween(start, finish);
      for (; j < to && (times[j] as number) < finish; j++) {
        const t = times[j] as number;
        const k = slots[j] as number;
        const fraction = span > 0 ? Math.min(1, Math.max(0, cal.workingBetween(start, t) / span)) : 1;
        sums[k] = (sums[k] as number) + (atStart + spread * fraction);
      }
    }
    for (; j < to; j++) {
      const k = slots[j] as number;
      sums[k] = (sums[k] as number) + total;
    }
  }

  /** The first position in time order whose point is not before `t` (a binary search). */
  private firstNotBefore(t: WallMinutes): number {
    const times = this.times;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private calendarFor(task: Task): WorkingCalendar {
    if (this.calendarTask !== task || !this.calendar) {
      this.calendar = this.calendarOf(task);
      this.calendarTask = task;
    }
    return this.calendar;
  }
}

/** The cumulative S-curve at each point in `points` (defaults: month ends over the plan and its baseline). */
export function sCurve(input: EarnedValueInput & { readonly points?: readonly WallMinutes[] }): SCurve {
  const { plan, schedule, costs, baseline } = input;
  const tasks = tasksInPlanOrder(plan.tasks);
  const statusAt = statusInstant(input.statusDate);
  const { rows, entries, childCost } = readTasks(tasks, schedule, baseline);
  const cals = input.calendars ?? compileCalendars(plan);
  const points = input.points ?? defaultPoints(tasks, rows, entries, childCost, schedule, statusAt, spendingSpans(plan, cals, tasks, rows, costs, statusAt));
  const sums = new CurveSums(points, statusAt, taskCalendars(plan, cals));
  let bac = 0;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i] as Task;
    const row = rows[i];
    if (!row) continue;
    const entry = entries?.[i];
    // The baseline's span, parsed once: a task not moved since its baseline has the same texts in its schedule row, read below.
    let baseStart = 0;
    let baseFinish = 0;
    let own = 0;
    if (entry) {
      own = row.isSummary ? ownShare(entry, childCost?.get(task.id)) : entry.cost;
      if (!row.isSummary || own > 0) {
        baseStart = parseWall(entry.start);
        baseFinish = parseWall(entry.finish);
        bac += own;
      }
      if (!row.isSummary) sums.planned(task, own, entry.costAtStart ?? 0, entry.costAtEnd ?? 0, baseStart, baseFinish);
      else if (own > 0) sums.planned(task, own, 0, 0, baseStart, baseFinish);
    }
    // A summary's subtasks bring their own costs; the summary adds only its own fixed cost and baseline share.
    const hasOwn = !row.isSummary || own > 0 || (task.fixedCost ?? 0) !== 0;
    const cost = !hasOwn ? undefined : row.isSummary ? summaryOwnCosts(plan, cals, task, row) : costs.tasks.get(task.id);
    if (!cost) continue;
    const isBaseParsed = entry !== undefined && (!row.isSummary || own > 0);
    const rowStart = isBaseParsed && row.start === entry.start ? baseStart : parseWall(row.start);
    const rowFinish = isBaseParsed && row.finish === entry.finish ? baseFinish : parseWall(row.finish);
    const { start, finish: end } = actualSpan(task, rowStart, rowFinish, statusAt);
    const percent = task.earnedValueMethod === 'physical' ? (task.physicalPercentComplete ?? 0) : row.percentComplete;
    if (entry && (!row.isSummary || own > 0)) sums.earned(task, (own * percent) / 100, start, end);
    sums.spent(task, cost.actualCost, start, end);
    const from = Math.max(statusAt, rowStart);
    sums.remaining(task, cost.remainingCost, from, Math.max(from, rowFinish));
  }
  const out: SCurvePoint[] = points.map((t, k) => ({
    at: t,
    pv: sums.pv[k] as number,
    ev: t <= statusAt ? (sums.ev[k] as number) : null,
    ac: t <= statusAt ? (sums.ac[k] as number) : null,
    forecast: t >= statusAt ? sums.acAtStatus + (sums.left[k] as number) : null,
  }));
  return { points: out, statusAt, bac, eac: costs.project.cost };
}

/** A summary's own share of its baseline cost: what it cost beyond its subtasks' entries (a fixed cost on the summary itself). */
const ownShare = (entry: BaselineTask, childCost: number | undefined): number => Math.max(0, entry.cost - (childCost ?? 0));

/**
 * Each task's schedule row and baseline entry (in plan order, read once for every pass below: the
 * baseline is keyed by id, and a lookup per task per pass was a third of the model's time on a
 * first run), and the baseline cost of each summary's subtasks, added in plan order; a subtask
 * counts whether or not it is scheduled.
 */
function readTasks(tasks: readonly Task[], schedule: ScheduleResult, baseline: Baseline | null): {
  rows: (TaskSchedule | undefined)[]; entries: (BaselineTask | undefined)[] | null; childCost: Map<string, number> | null;
} {
  const rows = new Array<TaskSchedule | undefined>(tasks.length);
  const entries = baseline ? new Array<BaselineTask | undefined>(tasks.length) : null;
  const childCost = baseline ? new Map<string, number>() : null;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i] as Task;
    rows[i] = schedule.tasks.get(task.id);
    if (!baseline || !entries || !childCost) continue;
    const entry = baseline.tasks[task.id];
    entries[i] = entry;
    if (entry && task.parentId !== null) childCost.set(task.parentId, (childCost.get(task.parentId) ?? 0) + entry.cost);
  }
  return { rows, entries, childCost };
}

/**
 * The actual spans the AC curve rises over: each task's (or a summary's own fixed cost's) with an
 * actual cost, as the main pass spreads it (actualSpan()). Only tasks with actual cost are read
 * again here, so a plan with no progress recorded costs one lookup a task.
 */
function spendingSpans(
  plan: Plan, cals: CalendarSet, tasks: readonly Task[], rows: readonly (TaskSchedule | undefined)[], costs: CostTable, statusAt: WallMinutes,
): ActualSpan[] {
  const spans: ActualSpan[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i] as Task;
    const row = rows[i];
    if (!row) continue;
    const cost = !row.isSummary ? costs.tasks.get(task.id) : (task.fixedCost ?? 0) !== 0 ? summaryOwnCosts(plan, cals, task, row) : undefined;
    if (!cost || cost.actualCost === 0) continue;
    spans.push(actualSpan(task, parseWall(row.start), parseWall(row.finish), statusAt));
  }
  return spans;
}

/** Points over the project and every baselined span PV is drawn from. */
function defaultPoints(
  tasks: readonly Task[], rows: readonly (TaskSchedule | undefined)[], entries: readonly (BaselineTask | undefined)[] | null, childCost: ReadonlyMap<string, number> | null,
  schedule: ScheduleResult, statusAt: WallMinutes, spending: readonly ActualSpan[],
): WallMinutes[] {
  let from = parseWall(schedule.projectStart);
  let to = parseWall(schedule.projectFinish);
  // The earliest start and latest finish are found as texts and only those two are parsed (a
  // parse per entry was most of this pass): LocalDateTime texts ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm',
  // 'YYYY-MM-DDTHH:mm:ss', every field zero-padded) sort as text in time order, a text that is
  // the start of a longer one standing for the same instant or an earlier one.
  let earliest: string | null = null;
  let latest: string | null = null;
  for (let i = 0; entries && i < entries.length; i++) {
    const entry = entries[i];
    const row = entry ? rows[i] : undefined;
    if (!entry || !row || (row.isSummary && !(ownShare(entry, childCost?.get((tasks[i] as Task).id)) > 0))) continue;
    if (earliest === null || entry.start < earliest) earliest = entry.start;
    if (latest === null || entry.finish > latest) latest = entry.finish;
  }
  if (earliest !== null) from = Math.min(from, parseWall(earliest));
  if (latest !== null) to = Math.max(to, parseWall(latest));
  return sCurvePoints(from, to, statusAt, spending);
}
