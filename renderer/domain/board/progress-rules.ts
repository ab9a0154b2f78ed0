/**
 * Status and progress agree: moving a card between columns of different categories updates the
 * task's progress the way a PM would by hand, and by MS Project's rules.
 *
 * - Entering a 'started' column sets the actual start if there is none: the day of the move, or
 *   the scheduled start when the person chose to keep it (see start-check.ts) or when the task
 *   already shows progress (it started as scheduled).
 * - Entering a 'done' column completes the task as MS Project does when you mark it 100%: the
 *   actual start (if none) and actual finish are the scheduled dates, so its duration is its
 *   actual duration. "Start anyway" instead records the day of the move for both, and the
 *   command sets the duration to the working time between them. The % complete it had is
 *   remembered (Task.reopenPercentComplete).
 * - Leaving a 'done' column reopens the task at the remembered % complete and clears the actual
 *   finish; reopened into a 'not-started' column at 0 % it also loses its actual start.
 *
 * Dates are the project's status date, or else the date of the edit, at the project's default
 * start/finish time: wall-clock values, as everything in a plan (the domain never reads the clock).
 */
import type { ColumnCategory, Project, Task } from '../model/plan';
import { atTime, type LocalDate, type LocalDateTime } from '../model/time';

/** The fields the rules may change. */
export type ProgressFields = Pick<Task, 'percentComplete' | 'actualStart' | 'actualFinish' | 'reopenPercentComplete'>;

/** The day a board move is recorded on: the status date when set, else the (ISO) date of the edit. */
export function progressDate(project: Pick<Project, 'statusDate'>, nowIso: string): LocalDate {
  return project.statusDate ?? (nowIso.slice(0, 10) as LocalDate);
}

/**
 * The engine's dates of a task, as a caller that has the schedule passes them to a rule that may
 * record them as actual dates (a completion on the board, typed progress).
 */
export interface ScheduledDates {
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
}

/** How a move that would start a task earlier than the schedule allows is resolved. */
export type StartChoice = 'anyway' | 'scheduled';

export interface MoveContext {
  readonly from: ColumnCategory;
  readonly to: ColumnCategory;
  readonly date: LocalDate;
  readonly project: Pick<Project, 'defaultStartTime' | 'defaultFinishTime'>;
  /** The engine's dates of the task, when the caller has them. */
  readonly scheduled?: ScheduledDates;
  /** Absent: no conflict was found (or none was checked); 'anyway' = the day of the move. */
  readonly choice?: StartChoice;
}

/** The progress fields after a move; unchanged fields keep their values. Pure. */
export function progressAfterMove(task: ProgressFields, move: MoveContext): ProgressFields {
  if (move.from === move.to) return task;
  const today = atTime(move.date, move.project.defaultStartTime);
  const todayFinish = atTime(move.date, move.project.defaultFinishTime);
  const isAnyway = move.choice === 'anyway' || move.scheduled === undefined;
  let next: ProgressFields = { ...task };
  if (move.from === 'done') next = reopen(next, move.to);
  if (move.to === 'started' && next.actualStart === null) {
    // A task that already shows progress has evidently started, and as scheduled (MS Project sets
    // the actual start to the scheduled start when progress is entered): the day of the move
    // would move its done work, and its successors with it.
    const asScheduled = move.scheduled && (move.choice === 'scheduled' || task.percentComplete > 0);
    next = { ...next, actualStart: asScheduled ? move.scheduled.start : today };
  }
  if (move.to === 'done') {
    next = isAnyway || !move.scheduled ? complete(next, today, todayFinish) : complete(next, move.scheduled.start, move.scheduled.finish);
  }
  return next;
}

function reopen(task: ProgressFields, to: ColumnCategory): ProgressFields {
  // A task completed outside the board (no memo) reopens at 0 % rather than staying at 100%.
  const percentComplete = task.reopenPercentComplete ?? 0;
  const clearStart = to === 'not-started' && percentComplete === 0;
  return {
    percentComplete,
    actualStart: clearStart ? null : task.actualStart,
    actualFinish: null,
    reopenPercentComplete: undefined,
  };
}

function complete(task: ProgressFields, start: LocalDateTime, finish: LocalDateTime): ProgressFields {
  const actualStart = task.actualStart ?? start;
  return {
    percentComplete: 100,
    actualStart,
    // An actual start recorded later in the day than the default finish must not end after it.
    actualFinish: finish < actualStart ? actualStart : finish,
    reopenPercentComplete: task.percentComplete,
  };
}

/**
 * The column category a task's progress puts it in when nothing names its status (an import
 * without a Status column): 100% is done; any progress, or an actual start at 0 %, is started.
 * MS Project treats a task with an actual start as in progress whatever its % complete (its
 * Status field reads "On schedule"/"Late", not "Future task"), so such a task is not "To do".
 */
export function categoryOfProgress(task: Pick<Task, 'percentComplete' | 'actualStart'>): ColumnCategory {
  if (task.percentComplete >= 100) return 'done';
  return task.percentComplete > 0 || task.actualStart !== null ? 'started' : 'not-started';
}

/**
 * The column category a card's % complete puts it in, typed in the grid or Task Information, or
 * null when its column already agrees: 100% is done, any progress short of it is started, and a
 * done task set back to 0 % has not started. A started task at 0 % stays (work begun, none done).
 * An actual start typed in the same edit (`isStartTyped`) makes a 0 % task started, as
 * categoryOfProgress reads it; without one, a done task set back to 0 % loses the start its
 * completion recorded (actualsForProgress) and is not started.
 */
export function categoryForProgress(from: ColumnCategory, percentComplete: number, isStartTyped = false): ColumnCategory | null {
  if (percentComplete >= 100) return from === 'done' ? null : 'done';
  if (percentComplete > 0 || isStartTyped) return from === 'started' ? null : 'started';
  return from === 'done' ? 'not-started' : null;
}

/**
 * The progress an actual finish typed on its own implies, by MS Project's rule that a task is
 * complete when, and only when, it has an actual finish (its Actual Finish reads NA until then).
 * `task` holds the actual finish as the edit left it.
 *
 * - Set: the task is 100 % complete and started as scheduled if it has no actual start
 *   (actualsForProgress, which needs the engine's `scheduled` dates); the % it had is remembered,
 *   as a completion on the board remembers it.
 * - Cleared on a complete task: it is no longer finished, so it cannot stay at 100 % (a done card
 *   with no finish would count as done in every report while the Gantt draws it unfinished). It
 *   reopens at the remembered % (else 0 %), as a card taken out of 'done' does, and keeps its
 *   actual start: the person withdrew the finish, not the start.
 */
export function progressForActualFinish(task: ProgressFields, scheduled: ScheduledDates | undefined): ProgressFields {
  if (task.actualFinish === null) {
    if (task.percentComplete < 100) return task;
    return { ...task, percentComplete: task.reopenPercentComplete ?? 0, reopenPercentComplete: undefined };
  }
  const started = actualsForProgress(task, 100, 'done', scheduled).actualStart;
  return {
    ...task,
    percentComplete: 100,
    actualStart: started ?? task.actualStart,
    reopenPercentComplete: task.percentComplete < 100 ? task.percentComplete : task.reopenPercentComplete,
  };
}

/** The rules in words, for the tooltip on the board. */
export const PROGRESS_RULES_TEXT = [
  'Moving a card into a “started” column sets its actual start (if it has none): its scheduled start when it already shows progress, else the day of the move.',
  'Moving a card into a “done” column sets it to 100%, with its scheduled dates as actual dates (as MS Project does).',
  'A move that would start a task before its predecessors or the project allow asks first.',
  'Moving a card out of “done” reopens it at the progress it had before.',
  'Typing a % complete moves the card to match: 100% to the first “done” column, less to the first “started” one.',
  'Typing a % complete records the scheduled start as the actual start, and at 100% the scheduled finish as the actual finish.',
  'Typing an actual finish sets the task to 100% and moves its card to the first “done” column; clearing it reopens the task.',
  'Dates use the project status date, or today when none is set.',
] as const;

/** The actual dates a typed % complete changes; a field left out keeps its value. */
export type ImpliedActuals = Partial<Pick<Task, 'actualStart' | 'actualFinish'>>;

/**
 * The actual dates a % complete typed in the grid, Task Information or on a Gantt bar implies, by
 * MS Project's rules: progress on a task with no actual start means it started as scheduled;
 * 100% means it also finished as scheduled; less than 100% clears the actual finish. 0 % clears
 * the actual start too when the task is back in a 'not-started' column (`category`, after the
 * status followed the progress); a started card at 0 % keeps it (work begun, none done), as the
 * board's reopen rule does. Without the engine's dates (`scheduled` undefined) nothing is set,
 * only cleared: a task's stored dates may be older than the schedule, and an actual date pins the
 * task where it is written.
 */
export function actualsForProgress(
  task: Pick<Task, 'actualStart' | 'actualFinish'>, percentComplete: number, category: ColumnCategory,
  scheduled: ScheduledDates | undefined,
): ImpliedActuals {
  const implied: { actualStart?: LocalDateTime | null; actualFinish?: LocalDateTime | null } = {};
  if (percentComplete < 100 && task.actualFinish !== null) implied.actualFinish = null;
  if (percentComplete <= 0) {
    if (category === 'not-started' && task.actualStart !== null) implied.actualStart = null;
    return implied;
  }
  if (task.actualStart === null && scheduled) {
    // A task already given an actual finish before its scheduled start cannot have started after it.
    implied.actualStart = task.actualFinish !== null && task.actualFinish < scheduled.start ? task.actualFinish : scheduled.start;
  }
  if (percentComplete >= 100 && task.actualFinish === null && scheduled) {
    const start = implied.actualStart ?? task.actualStart ?? scheduled.start;
    // An actual start typed after the scheduled finish must not leave the task ending before it began.
    implied.actualFinish = scheduled.finish < start ? start : scheduled.finish;
  }
  return implied;
}
