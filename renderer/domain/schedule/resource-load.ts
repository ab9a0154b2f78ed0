/**
 * Resource load: each resource's assigned work per day or week against its capacity (its
 * calendar's working minutes x max units). Work is spread evenly over the task's working time,
 * as MS Project's flat contour does.
 */
import { compileCalendars, dayOf, localDateOfDay, MINUTES_PER_DAY, weekdayOfDay, type CalendarSet } from '../calendar';
import { toWallMinutes, type Assignment, type LocalDate, type Plan, type Resource, type ResourceId, type TaskId } from '../model';
import { quoted } from './format';
import { assignmentsByTask, taskCalendar } from './inputs';
import { effectiveSplits, workSegments } from './splits';
import type { ScheduleIssue, ScheduleResult } from './types';

export interface LoadPeriod {
  /** First day of the period (a Monday for weeks). */
  readonly start: LocalDate;
  readonly workMinutes: number;
  readonly capacityMinutes: number;
  /** More work than capacity on any day of the period. */
  readonly isOverAllocated: boolean;
}

export interface ResourceLoad {
  readonly resourceId: ResourceId;
  readonly name: string;
  readonly periods: readonly LoadPeriod[];
  readonly isOverAllocated: boolean;
}

export interface ResourceLoadOptions {
  readonly granularity: 'day' | 'week';
}

/** Work per day (day number -> minutes) and which tasks contribute, for one resource. */
export interface DailyLoad {
  readonly work: Map<number, number>;
  readonly tasks: Map<number, TaskId[]>;
}

/** Over-allocation tolerance: rounding of fractional units must not raise a flag. */
const EPSILON = 0.5;

/** Spreads each assignment's work over its task's working minutes, day by day. */
export function dailyLoads(plan: Plan, schedule: ScheduleResult, cals: CalendarSet): Map<ResourceId, DailyLoad> {
  const loads = new Map<ResourceId, DailyLoad>();
  const byTask = assignmentsByTask(plan);
  for (const a of Object.values(plan.assignments)) {
    const resource = plan.resources[a.resourceId];
    const task = plan.tasks[a.taskId];
    const ts = schedule.tasks.get(a.taskId);
    if (!resource || resource.type !== 'work' || !task || !ts || ts.isSummary) continue;
    let load = loads.get(resource.id);
    if (!load) loads.set(resource.id, (load = { work: new Map(), tasks: new Map() }));
    const cal = taskCalendar(plan, cals, task, byTask.get(task.id) ?? []);
    const start = toWallMinutes(ts.start);
    if (effectiveSplits(task.splits, ts.durationMinutes).length === 0) spread(a, start, toWallMinutes(ts.finish), ts.durationMinutes, cal, load);
    else spreadPieces(a, workSegments({ splits: task.splits, durationMinutes: ts.durationMinutes }, start, cal), ts.durationMinutes, cal, load);
  }
  return loads;
}

/**
 * A split task's work goes on its pieces only: nobody works on it during a split's gap, so the
 * assignment's work is spread over the working minutes of the pieces, not of the whole bar.
 */
export function spreadPieces(a: Assignment, pieces: readonly { start: number; finish: number }[], duration: number, cal: CalendarSet['project'], load: DailyLoad): void {
  const total = pieces.reduce((sum, p) => sum + cal.workingBetween(p.start, p.finish), 0);
  if (total <= 0) return;
  const work = a.workMinutes ?? duration * a.units;
  for (const p of pieces) {
    const share = cal.workingBetween(p.start, p.finish);
    if (share > 0) spread({ ...a, workMinutes: (work * share) / total }, p.start, p.finish, duration, cal, load);
  }
}

/** Adds one assignment's work, spread evenly over [start, finish) on the task calendar, to `load`. */
export function spread(a: Assignment, start: number, finish: number, duration: number, cal: CalendarSet['project'], load: DailyLoad): void {
  const span = cal.workingBetween(start, finish);
  if (span <= 0) return;
  const rate = (a.workMinutes ?? duration * a.units) / span;
  for (let day = dayOf(start); day <= dayOf(finish - 1); day++) {
    const from = Math.max(start, day * MINUTES_PER_DAY);
    const to = Math.min(finish, (day + 1) * MINUTES_PER_DAY);
    const minutes = cal.workingBetween(from, to);
    if (minutes <= 0) continue;
    load.work.set(day, (load.work.get(day) ?? 0) + minutes * rate);
    const list = load.tasks.get(day);
    if (list) list.push(a.taskId);
    else load.tasks.set(day, [a.taskId]);
  }
}

/** Capacity of a resource on a day, in working minutes. */
export function capacityOn(resource: Resource, cals: CalendarSet, day: number): number {
  return cals.forResource(resource).workingMinutesOnDay(day) * Math.max(0, resource.maxUnits);
}

/**
 * Per work resource, per day or week from project start to finish: assigned work against
 * capacity, with over-allocation flagged.
 */
export function resourceLoad(plan: Plan, schedule: ScheduleResult, options: ResourceLoadOptions): ResourceLoad[] {
  const cals = compileCalendars(plan);
  const loads = dailyLoads(plan, schedule, cals);
  const first = dayOf(toWallMinutes(schedule.projectStart));
  const last = dayOf(toWallMinutes(schedule.projectFinish) - 1);
  return Object.values(plan.resources)
    .filter((r) => r.type === 'work')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((r) => {
      const load = loads.get(r.id);
      const periods = new Map<number, { work: number; capacity: number; over: boolean }>();
      for (let day = first; day <= last; day++) {
        const key = options.granularity === 'week' ? day - ((weekdayOfDay(day) + 6) % 7) : day;
        const work = load?.work.get(day) ?? 0;
        const capacity = capacityOn(r, cals, day);
        const p = periods.get(key) ?? { work: 0, capacity: 0, over: false };
        periods.set(key, { work: p.work + work, capacity: p.capacity + capacity, over: p.over || work > capacity + EPSILON });
      }
      const list = [...periods].map(([day, p]) => ({
        start: localDateOfDay(day), workMinutes: Math.round(p.work * 100) / 100, capacityMinutes: p.capacity, isOverAllocated: p.over,
      }));
      return { resourceId: r.id, name: r.name, periods: list, isOverAllocated: list.some((p) => p.isOverAllocated) };
    });
}

/** Days a resource has more work than capacity, in day order. */
export function overAllocatedDays(resource: Resource, load: DailyLoad, cals: CalendarSet): number[] {
  return [...load.work].filter(([day, work]) => work > capacityOn(resource, cals, day) + EPSILON).map(([day]) => day).sort((a, b) => a - b);
}

/** One issue per over-allocated resource, naming the first day and the tasks competing for it. */
export function overAllocationIssues(plan: Plan, schedule: ScheduleResult, cals: CalendarSet): ScheduleIssue[] {
  if (Object.keys(plan.assignments).length === 0) return [];
  const issues: ScheduleIssue[] = [];
  for (const [resourceId, load] of dailyLoads(plan, schedule, cals)) {
    const resource = plan.resources[resourceId];
    if (!resource) continue;
    const days = overAllocatedDays(resource, load, cals);
    const first = days[0];
    if (first === undefined) continue;
    const taskIds = [...new Set(load.tasks.get(first) ?? [])];
    const names = taskIds.map((id) => quoted(plan.tasks[id]?.name ?? id)).join(', ');
    const span = days.length === 1 ? `on ${localDateOfDay(first)}` : `on ${String(days.length)} days from ${localDateOfDay(first)}`;
    issues.push({
      kind: 'over-allocation',
      taskIds,
      message: `${quoted(resource.name)} is over-allocated ${span} (${names}). Level resources, or change the assignments.`,
    });
  }
  return issues;
}
