/**
 * Each task's scheduling inputs decoded once into numbers on its own calendar, so the passes do
 * arithmetic only. Decoding depends on the task object, the calendars, its assignments and the
 * status date; the incremental scheduler keeps these per task object.
 */
import { parseWall, type CalendarSet, type WorkingCalendar } from '../calendar';
import {
  type Assignment, type CalendarId, type ConstraintType, type LocalDateTime, type Plan, type Task, type WallMinutes,
} from '../model';
import { valuesOf } from './records';

export interface TaskInput {
  readonly task: Task;
  readonly cal: WorkingCalendar;
  /** Working minutes; 0 for milestones. */
  readonly duration: number;
  readonly isMilestone: boolean;
  readonly isManual: boolean;
  readonly constraint: ConstraintType;
  /** Constraint date as an ordinal of `cal`, and whether it sits at the end of a working period. */
  readonly constraintOrdinal: number;
  readonly constraintAtEnd: boolean;
  readonly deadlineOrdinal: number;
  readonly manualStart: WallMinutes;
  readonly manualFinish: WallMinutes;
  readonly actualStart: WallMinutes | null;
  readonly actualFinish: WallMinutes | null;
  readonly percentComplete: number;
  readonly levelingDelay: number;
  readonly workMinutes: number;
}

const DATED: ReadonlySet<ConstraintType> = new Set(['SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO']);

const wall = (value: LocalDateTime | null): WallMinutes | null => (value === null ? null : parseWall(value));

/** Assignments grouped by task, for calendar choice and work totals. */
export function assignmentsByTask(plan: Plan): ReadonlyMap<string, readonly Assignment[]> {
  const out = new Map<string, Assignment[]>();
  for (const a of valuesOf(plan.assignments)) {
    const list = out.get(a.taskId);
    if (list) list.push(a);
    else out.set(a.taskId, [a]);
  }
  return out;
}

/**
 * MS Project schedules a resourced task on its resources' calendars. Plotline uses the task's
 * own calendar when set, else the resource calendar when every assigned work resource shares
 * one (the common "this person's vacations" case), else the project calendar.
 */
export function taskCalendar(plan: Plan, cals: CalendarSet, task: Task, assignments: readonly Assignment[]): WorkingCalendar {
  if (task.calendarId !== null) return cals.get(task.calendarId);
  let shared: string | null | undefined;
  for (const a of assignments) {
    const r = plan.resources[a.resourceId];
    if (!r || r.type !== 'work') continue;
    if (shared === undefined) shared = r.calendarId;
    else if (shared !== r.calendarId) return cals.project;
  }
  return shared ? cals.get(shared as CalendarId) : cals.project;
}

/** Planned work of a task: each assignment's work, or duration x units when not given. */
export function taskWork(plan: Plan, duration: number, assignments: readonly Assignment[]): number {
  let work = 0;
  for (const a of assignments) {
    if (plan.resources[a.resourceId]?.type !== 'work') continue;
    work += a.workMinutes ?? duration * a.units;
  }
  return work;
}

/** Decodes one leaf task. Summaries are decoded too (their duration is ignored by the passes). */
export function decodeTask(plan: Plan, cals: CalendarSet, task: Task, assignments: readonly Assignment[]): TaskInput {
  const cal = taskCalendar(plan, cals, task, assignments);
  const isMilestone = task.kind === 'milestone' || task.durationMinutes <= 0;
  const duration = isMilestone ? 0 : task.durationMinutes;
  const dated = DATED.has(task.constraint.type) && task.constraint.date !== null;
  const constraintWall = dated ? parseWall(task.constraint.date) : 0;
  const constraintOrdinal = dated ? cal.ordinalOf(constraintWall) : 0;
  return {
    task, cal, duration, isMilestone,
    isManual: task.schedulingMode === 'manual',
    constraint: dated || task.constraint.type === 'ALAP' ? task.constraint.type : 'ASAP',
    constraintOrdinal,
    constraintAtEnd: dated && cal.startAt(constraintOrdinal) !== constraintWall,
    deadlineOrdinal: task.deadline === null ? Infinity : cal.ordinalOf(parseWall(task.deadline)),
    // Only manual tasks read their stored dates; auto tasks' stored dates are the engine's own output.
    manualStart: task.schedulingMode === 'manual' ? parseWall(task.start) : 0,
    manualFinish: task.schedulingMode === 'manual' ? parseWall(task.finish) : 0,
    actualStart: wall(task.actualStart),
    actualFinish: wall(task.actualFinish),
    percentComplete: Math.max(0, Math.min(100, task.percentComplete)),
    levelingDelay: Math.max(0, task.levelingDelayMinutes ?? 0),
    workMinutes: taskWork(plan, duration, assignments),
  };
}
