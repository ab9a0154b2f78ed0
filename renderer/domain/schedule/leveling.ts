/**
 * "Level resources": a deterministic serial heuristic. Tasks are placed one at a time in order
 * of scheduled start, then least total slack (so tasks that can absorb a delay within their
 * slack are the ones delayed first), then higher priority, then id. A task that does not fit
 * its resources' remaining capacity is delayed by whole days until it does. Delays push
 * successors, so the plan is rescheduled and leveled again until nothing moves. Other projects'
 * bookings of the same people can be counted first (LevelingOptions.otherLoad).
 */
import { compileCalendars, parseWall, type CalendarSet } from '../calendar';
import type { Plan, ResourceId, Task, TaskId } from '../model';
import { assignmentsByTask, taskCalendar } from './inputs';
import { capacityOn, emptyDailyLoad, spreadPieces, type DailyLoad } from './resource-load';
import { workSegments } from './splits';
import { scheduleProject } from './scheduler';
import type { ScheduleResult, TaskSchedule } from './types';

export interface LevelingChange {
  readonly taskId: TaskId;
  /** The new Task.levelingDelayMinutes (working minutes). */
  readonly levelingDelayMinutes: number;
  readonly previousDelayMinutes: number;
}

const MAX_ROUNDS = 12;
/** A task that cannot fit within this many days' delay is left where it is (it never fits). */
const MAX_SHIFT_DAYS = 260;
const EPSILON = 0.5;

type Usage = Map<string, Map<number, number>>;

interface Candidate { readonly task: Task; readonly row: TaskSchedule }

function candidates(plan: Plan, schedule: ScheduleResult, byTask: ReturnType<typeof assignmentsByTask>): Candidate[] {
  const out: Candidate[] = [];
  for (const [id, row] of schedule.tasks) {
    const task = plan.tasks[id];
    if (!task || row.isSummary || row.durationMinutes <= 0 || !(byTask.get(id)?.length)) continue;
    out.push({ task, row });
  }
  return out.sort((a, b) => a.row.start.localeCompare(b.row.start) || a.row.totalSlackMinutes - b.row.totalSlackMinutes
    || b.task.priority - a.task.priority || (a.task.id < b.task.id ? -1 : 1));
}

/** MS Project never levels started, manually scheduled or hard-constrained tasks. */
function isMovable(task: Task): boolean {
  return task.schedulingMode === 'auto' && task.actualStart === null && task.percentComplete === 0
    && task.constraint.type !== 'MSO' && task.constraint.type !== 'MFO';
}

/** Work per resource per day if the task ran from `start` to `finish`. */
function loadOf(plan: Plan, cals: CalendarSet, c: Candidate, byTask: ReturnType<typeof assignmentsByTask>, shift: number): Map<string, DailyLoad> {
  const assignments = byTask.get(c.task.id) ?? [];
  const cal = taskCalendar(plan, cals, c.task, assignments);
  const startOrd = cal.ordinalOf(parseWall(c.row.start)) + shift;
  const start = cal.startAt(startOrd);
  // Split gaps stay free: the task's work is on its pieces only, wherever it is moved.
  const pieces = workSegments({ splits: c.task.splits, durationMinutes: c.row.durationMinutes }, start, cal);
  const out = new Map<string, DailyLoad>();
  for (const a of assignments) {
    if (plan.resources[a.resourceId]?.type !== 'work') continue;
    const load = out.get(a.resourceId) ?? emptyDailyLoad();
    spreadPieces(a, pieces, c.row.durationMinutes, cal, load);
    out.set(a.resourceId, load);
  }
  return out;
}

function fits(plan: Plan, cals: CalendarSet, usage: Usage, load: Map<string, DailyLoad>, withUsage: boolean): boolean {
  for (const [resourceId, l] of load) {
    const resource = plan.resources[resourceId];
    if (!resource) continue;
    const used = usage.get(resourceId);
    for (const [day, work] of l.work) {
      if ((withUsage ? (used?.get(day) ?? 0) : 0) + work > capacityOn(resource, cals, day) + EPSILON) return false;
    }
  }
  return true;
}

function book(usage: Usage, load: Map<string, DailyLoad>): void {
  for (const [resourceId, l] of load) {
    const used = usage.get(resourceId) ?? new Map<number, number>();
    for (const [day, work] of l.work) used.set(day, (used.get(day) ?? 0) + work);
    usage.set(resourceId, used);
  }
}

export interface LevelingOptions {
  /**
   * Work the plan's people already have elsewhere (other projects in the pool), by resource id
   * here, day number -> minutes. It is booked before this plan's tasks, so a task moves until
   * the person's capacity left after those bookings can take it; the other projects never move.
   */
  readonly otherLoad?: ReadonlyMap<ResourceId, ReadonlyMap<number, number>>;
}

function startingUsage(options: LevelingOptions): Usage {
  const usage: Usage = new Map();
  for (const [id, days] of options.otherLoad ?? new Map<ResourceId, ReadonlyMap<number, number>>()) usage.set(id, new Map(days));
  return usage;
}

/** One serial placement over the current schedule; returns extra delay per task. */
function levelRound(plan: Plan, schedule: ScheduleResult, cals: CalendarSet, options: LevelingOptions): Map<TaskId, number> {
  const byTask = assignmentsByTask(plan);
  const usage: Usage = startingUsage(options);
  const extra = new Map<TaskId, number>();
  const day = plan.project.minutesPerDay;
  for (const c of candidates(plan, schedule, byTask)) {
    let load = loadOf(plan, cals, c, byTask, 0);
    if (isMovable(c.task) && fits(plan, cals, usage, load, false) && !fits(plan, cals, usage, load, true)) {
      for (let k = 1; k <= MAX_SHIFT_DAYS; k++) {
        const shifted = loadOf(plan, cals, c, byTask, k * day);
        if (fits(plan, cals, usage, shifted, true)) {
          extra.set(c.task.id, k * day);
          load = shifted;
          break;
        }
      }
    }
    book(usage, load);
  }
  return extra;
}

function withDelays(plan: Plan, delays: ReadonlyMap<TaskId, number>): Plan {
  const tasks: Record<string, Task> = { ...plan.tasks };
  for (const [id, delay] of delays) {
    const t = tasks[id];
    if (t) tasks[id] = { ...t, levelingDelayMinutes: delay };
  }
  return { ...plan, tasks };
}

/**
 * Proposes leveling delays that remove over-allocations where delaying can. Returns only the
 * tasks whose delay changes, by id; applying them is the caller's command.
 */
export function levelResources(plan: Plan, schedule: ScheduleResult, options: LevelingOptions = {}): LevelingChange[] {
  const cals = compileCalendars(plan);
  const delays = new Map<TaskId, number>();
  let current = schedule;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const extra = levelRound(withDelays(plan, delays), current, cals, options);
    if (extra.size === 0) break;
    for (const [id, d] of extra) delays.set(id, (delays.get(id) ?? plan.tasks[id]?.levelingDelayMinutes ?? 0) + d);
    current = scheduleProject(withDelays(plan, delays));
  }
  return [...delays]
    .filter(([id, d]) => d !== (plan.tasks[id]?.levelingDelayMinutes ?? 0))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([taskId, d]) => ({ taskId, levelingDelayMinutes: d, previousDelayMinutes: plan.tasks[taskId]?.levelingDelayMinutes ?? 0 }));
}
