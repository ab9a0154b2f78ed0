/**
 * Each task's scheduling inputs decoded once into numbers on its own calendar, so the passes do
 * arithmetic only. They are held column-wise in typed arrays indexed by the network's dense task
 * index: a 50,000-task plan then costs a dozen arrays instead of 50,000 objects that the garbage
 * collector copies on every run. Decoding depends on the task object, the calendars and its
 * assignments; the incremental scheduler re-decodes only tasks whose object changed.
 */
import { compileCalendars, ELAPSED_CALENDAR_ID, parseWall, type CalendarSet, type WorkingCalendar } from '../calendar';
import { type Assignment, type CalendarId, type Plan, type Task } from '../model';
import { valuesOf } from './records';

/** Constraint codes, in the order of the model's CONSTRAINT_TYPES. */
export const ASAP = 0, ALAP = 1, SNET = 2, SNLT = 3, FNET = 4, FNLT = 5, MSO = 6, MFO = 7;
const CODES: Readonly<Record<string, number>> = { ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO };

/** Bits of InputTable.flags. */
export const MILESTONE = 1, MANUAL = 2, CONSTRAINT_AT_END = 4, ACTUAL_START = 8, ACTUAL_FINISH = 16, DEADLINE = 32;

export class InputTable {
  /** The task objects decoded, to detect changes by identity and to name tasks in messages. */
  readonly tasks: Task[];
  readonly cals: WorkingCalendar[];
  /** Working minutes; 0 for milestones. */
  readonly duration: Float64Array;
  readonly flags: Uint8Array;
  /** ASAP..MFO; a dated constraint without a date reads as ASAP. */
  readonly constraint: Uint8Array;
  /** Constraint date as an ordinal of the task's calendar (its end-of-period bit is in flags). */
  readonly constraintOrdinal: Float64Array;
  /** Infinity without a deadline. */
  readonly deadlineOrdinal: Float64Array;
  /** Wall minutes; manual dates are read only for manual tasks, actuals only when flagged. */
  readonly manualStart: Float64Array;
  readonly manualFinish: Float64Array;
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly percentComplete: Float64Array;
  readonly levelingDelay: Float64Array;
  readonly workMinutes: Float64Array;
  /** Working minutes of split gaps (Task.splits) inside the task's span; 0 for most tasks. */
  readonly gap: Float64Array;
  /**
   * Per task, its assignments' own calendars and lengths when its people do not share a calendar
   * (MS Project schedules each assignment on its resource's calendar and the task ends with the
   * last one); null otherwise, which is nearly every task.
   */
  readonly assignmentSpans: (readonly AssignmentSpan[] | null)[];

  constructor(n: number) {
    this.tasks = new Array<Task>(n);
    this.cals = new Array<WorkingCalendar>(n);
    this.duration = new Float64Array(n);
    this.flags = new Uint8Array(n);
    this.constraint = new Uint8Array(n);
    this.constraintOrdinal = new Float64Array(n);
    this.deadlineOrdinal = new Float64Array(n);
    this.manualStart = new Float64Array(n);
    this.manualFinish = new Float64Array(n);
    this.actualStart = new Float64Array(n);
    this.actualFinish = new Float64Array(n);
    this.percentComplete = new Float64Array(n);
    this.levelingDelay = new Float64Array(n);
    this.workMinutes = new Float64Array(n);
    this.gap = new Float64Array(n);
    this.assignmentSpans = new Array<readonly AssignmentSpan[] | null>(n).fill(null);
  }

  get size(): number {
    return this.tasks.length;
  }

  task(i: number): Task {
    return this.tasks[i] as Task;
  }

  cal(i: number): WorkingCalendar {
    return this.cals[i] as WorkingCalendar;
  }

  has(i: number, flag: number): boolean {
    return ((this.flags[i] ?? 0) & flag) !== 0;
  }

  /** Whether the task's dates are fixed: manual, or with an actual start or finish. */
  isFixed(i: number): boolean {
    return ((this.flags[i] ?? 0) & (MANUAL | ACTUAL_START | ACTUAL_FINISH)) !== 0;
  }

  /** An ALAP task the passes may move (not manual, no actuals). */
  isAlap(i: number): boolean {
    return this.constraint[i] === ALAP && !this.isFixed(i);
  }

  /** Copies task `from` of `src` (decoded on the same calendars and assignments) into slot `to`. */
  copyFrom(src: InputTable, from: number, to: number): void {
    this.tasks[to] = src.task(from);
    this.cals[to] = src.cal(from);
    this.assignmentSpans[to] = src.assignmentSpans[from] ?? null;
    for (const k of NUMERIC) this[k][to] = src[k][from] ?? 0;
  }

  /** Decodes one task into slot i. */
  decode(i: number, plan: Plan, cals: CalendarSet, task: Task, assignments: readonly Assignment[]): void {
    const cal = taskCalendar(plan, cals, task, assignments);
    const isMilestone = task.kind === 'milestone' || task.durationMinutes <= 0;
    const duration = isMilestone ? 0 : task.durationMinutes;
    const code = CODES[task.constraint.type] ?? ASAP;
    const dated = code >= SNET && task.constraint.date !== null;
    const constraintWall = dated && task.constraint.date !== null ? parseWall(task.constraint.date) : 0;
    const constraintOrdinal = dated ? cal.ordinalOf(constraintWall) : 0;
    const isManual = task.schedulingMode === 'manual';
    this.tasks[i] = task;
    this.cals[i] = cal;
    this.duration[i] = duration;
    this.constraint[i] = dated || code === ALAP ? code : ASAP;
    this.constraintOrdinal[i] = constraintOrdinal;
    this.deadlineOrdinal[i] = task.deadline === null ? Infinity : cal.ordinalOf(parseWall(task.deadline));
    // Only manual tasks read their stored dates; auto tasks' stored dates are the engine's own output.
    this.manualStart[i] = isManual ? parseWall(task.start) : 0;
    this.manualFinish[i] = isManual ? parseWall(task.finish) : 0;
    this.actualStart[i] = task.actualStart === null ? 0 : parseWall(task.actualStart);
    this.actualFinish[i] = task.actualFinish === null ? 0 : parseWall(task.actualFinish);
    this.percentComplete[i] = Math.max(0, Math.min(100, task.percentComplete));
    this.levelingDelay[i] = Math.max(0, task.levelingDelayMinutes ?? 0);
    this.workMinutes[i] = taskWork(plan, duration, assignments);
    this.gap[i] = splitGapMinutes(task, duration);
    this.assignmentSpans[i] = isMilestone ? null : assignmentSpans(plan, cals, task, duration, assignments);
    this.flags[i] = (isMilestone ? MILESTONE : 0) | (isManual ? MANUAL : 0)
      | (dated && cal.startAt(constraintOrdinal) !== constraintWall ? CONSTRAINT_AT_END : 0)
      | (task.actualStart === null ? 0 : ACTUAL_START) | (task.actualFinish === null ? 0 : ACTUAL_FINISH)
      | (task.deadline === null ? 0 : DEADLINE);
  }
}

const NUMERIC = [
  'duration', 'flags', 'constraint', 'constraintOrdinal', 'deadlineOrdinal', 'manualStart', 'manualFinish',
  'actualStart', 'actualFinish', 'percentComplete', 'levelingDelay', 'workMinutes', 'gap',
] as const satisfies readonly (keyof InputTable)[];

/** One assignment placed on its person's calendar: `minutes` of working time from the task's start. */
export interface AssignmentSpan {
  readonly cal: WorkingCalendar;
  readonly minutes: number;
}

/** Total gap of the task's splits that fall inside its work (a split at 0 or at the end interrupts nothing). */
export function splitGapMinutes(task: Task, duration: number): number {
  let gap = 0;
  for (const s of task.splits ?? []) if (s.afterWorkMinutes > 0 && s.afterWorkMinutes < duration && s.gapMinutes > 0) gap += s.gapMinutes;
  return gap;
}

/**
 * Each work assignment on its resource's calendar, when the task's people do not share one and
 * nothing else fixes the calendar (a task calendar, elapsed time, splits). An assignment lasts its
 * work divided by its units (MS Project's fixed-units rule), else the task's duration.
 */
function assignmentSpans(plan: Plan, cals: CalendarSet, task: Task, duration: number, assignments: readonly Assignment[]): AssignmentSpan[] | null {
  if (task.calendarId !== null || task.durationIsElapsed === true || (task.splits?.length ?? 0) > 0 || assignments.length < 2) return null;
  const spans: AssignmentSpan[] = [];
  const ids = new Set<CalendarId | null>();
  for (const a of assignments) {
    const r = plan.resources[a.resourceId];
    if (!r || r.type !== 'work') continue;
    ids.add(r.calendarId);
    const minutes = a.workMinutes !== null && a.units > 0 ? a.workMinutes / a.units : duration;
    spans.push({ cal: cals.get(r.calendarId), minutes });
  }
  return ids.size > 1 ? spans : null;
}

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
 * The id of the calendar a task is scheduled on. MS Project schedules a resourced task on its
 * resources' calendars; Plotline uses ELAPSED_CALENDAR_ID for elapsed durations (they ignore every
 * calendar, the task's own included, as in MS Project), else the task's own calendar, else the
 * calendar every assigned work resource shares (the common "this person's vacations" case), else
 * null (the project's). Views that measure a task's working time (slack tails) use this id, so
 * they agree with the engine.
 */
export function taskCalendarId(plan: Plan, task: Task, assignments: readonly Assignment[]): CalendarId | null {
  if (task.durationIsElapsed === true) return ELAPSED_CALENDAR_ID;
  if (task.calendarId !== null) return task.calendarId;
  let shared: CalendarId | null | undefined;
  for (const a of assignments) {
    const r = plan.resources[a.resourceId];
    if (!r || r.type !== 'work') continue;
    if (shared === undefined) shared = r.calendarId;
    else if (shared !== r.calendarId) return null;
  }
  return shared ?? null;
}

export function taskCalendar(plan: Plan, cals: CalendarSet, task: Task, assignments: readonly Assignment[]): WorkingCalendar {
  return cals.get(taskCalendarId(plan, task, assignments));
}

/**
 * The calendar one task runs on, by the engine's own rule (elapsed time, its calendar, its people's
 * shared calendar, else the project's): for edits that turn a typed or dragged date into a duration.
 */
export function calendarForTask(plan: Plan, task: Task, cals: CalendarSet = compileCalendars(plan)): WorkingCalendar {
  return taskCalendar(plan, cals, task, valuesOf(plan.assignments).filter((a) => a.taskId === task.id));
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
