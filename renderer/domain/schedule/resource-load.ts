/**
 * Resource load: each resource's assigned work per day or week against its capacity (its
 * calendar's working minutes x max units). Work is spread evenly over the task's working time,
 * as MS Project's flat contour does.
 */
import { compileCalendars, dayOf, localDateOfDay, MINUTES_PER_DAY, weekdayOfDay, type CalendarSet } from '../calendar';
import { toWallMinutes, type Assignment, type LocalDate, type Plan, type Resource, type ResourceId, type TaskId } from '../model';
import { issueText, LEVELING_ADVICE, overAllocatedSpan, quoted } from './format';
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
  /**
   * Each spread's task and working span, in the order spread: which tasks compete on a day is
   * asked for one day per over-allocated person, so it is answered then (tasksOnDay) rather than
   * kept as a list per day per assignment, which was most of the portfolio load's garbage.
   */
  readonly spans: LoadSpan[];
}

export interface LoadSpan {
  readonly taskId: TaskId;
  readonly start: number;
  readonly finish: number;
  readonly cal: CalendarSet['project'];
}

export const emptyDailyLoad = (): DailyLoad => ({ work: new Map(), spans: [] });

/** Whether a spread span has working time on a day: the day it put work on. */
function worksOn(s: LoadSpan, day: number): boolean {
  const from = day * MINUTES_PER_DAY;
  const to = from + MINUTES_PER_DAY;
  return s.start < to && s.finish > from && s.cal.workingBetween(Math.max(s.start, from), Math.min(s.finish, to)) > 0;
}

/** The tasks with work on a day, in the order their work was spread (a task may repeat). */
export function tasksOnDay(load: DailyLoad, day: number): TaskId[] {
  return load.spans.filter((s) => worksOn(s, day)).map((s) => s.taskId);
}

/**
 * tasksOnDay for every day at once, each task once per day (first spread first): what a stored
 * digest of the load keeps, since it has no calendars to ask later. One pass over each span's days.
 */
export function tasksByDay(load: DailyLoad): Map<number, TaskId[]> {
  const out = new Map<number, TaskId[]>();
  for (const s of load.spans) {
    for (let day = dayOf(s.start); day <= dayOf(s.finish - 1); day++) {
      if (!worksOn(s, day)) continue;
      const list = out.get(day);
      if (!list) out.set(day, [s.taskId]);
      else if (!list.includes(s.taskId)) list.push(s.taskId);
    }
  }
  return out;
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
    if (!load) loads.set(resource.id, (load = emptyDailyLoad()));
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
  load.spans.push({ taskId: a.taskId, start, finish, cal });
  // workingBetween(from, to) per day is ordinalOf(to) - ordinalOf(from), and each day's `from`
  // is the day before's `to`: one ordinal lookup per day instead of two.
  let fromOrdinal = cal.ordinalOf(start);
  for (let day = dayOf(start); day <= dayOf(finish - 1); day++) {
    const toOrdinal = cal.ordinalOf(Math.min(finish, (day + 1) * MINUTES_PER_DAY));
    const minutes = toOrdinal - fromOrdinal;
    fromOrdinal = toOrdinal;
    if (minutes <= 0) continue;
    load.work.set(day, (load.work.get(day) ?? 0) + minutes * rate);
  }
}

/** Capacity of a resource on a day, in working minutes. */
export function capacityOn(resource: Resource, cals: CalendarSet, day: number): number {
  return capacityOfCalendar(cals.forResource(resource), Math.max(0, resource.maxUnits), day);
}

/** capacityOn with the resource's calendar and (non-negative) units already looked up. */
export function capacityOfCalendar(calendar: CalendarSet['project'], units: number, day: number): number {
  return calendar.workingMinutesOnDay(day) * units;
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
    const taskIds = [...new Set(tasksOnDay(load, first))];
    const names = taskIds.map((id) => quoted(plan.tasks[id]?.name ?? id)).join(', ');
    issues.push({
      kind: 'over-allocation',
      taskIds,
      ...issueText([`${quoted(resource.name)} is over-allocated `, ...overAllocatedSpan(days.length, localDateOfDay(first)), ` (${names}).${LEVELING_ADVICE}`]),
    });
  }
  return issues;
}
