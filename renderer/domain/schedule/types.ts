/** What the scheduling engine returns. All dates are wall-clock LocalDateTime; all minutes are working minutes. */
import type { LinkId, LocalDate, LocalDateTime, TaskId } from '../model';

export interface TaskSchedule {
  /** Scheduled dates: early dates, late dates for ALAP, the user's dates for manual tasks. */
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  readonly earlyStart: LocalDateTime;
  readonly earlyFinish: LocalDateTime;
  readonly lateStart: LocalDateTime;
  readonly lateFinish: LocalDateTime;
  /** Working minutes on the task's calendar; summaries: rolled up from their children. */
  readonly durationMinutes: number;
  /** Negative when constraints or deadlines conflict with the links. */
  readonly totalSlackMinutes: number;
  readonly freeSlackMinutes: number;
  readonly isCritical: boolean;
  /** 0..100; summaries: weighted by work, or by duration when nothing has work. */
  readonly percentComplete: number;
  /** Finishes after its deadline, or its unfinished work had to move past the status date. */
  readonly isLate: boolean;
  /** Planned work of all assignments; summaries: the sum of their children. */
  readonly workMinutes: number;
  readonly isSummary: boolean;
  readonly isMilestone: boolean;
}

/**
 * What a chart draws of a task's schedule, as numbers (dates in wall minutes, as toWallMinutes
 * reads the TaskSchedule's). ScheduleTable.figuresOf reads them from the engine's rows without
 * building the TaskSchedule and its six date texts, which a 10,000-task Gantt never shows.
 */
export interface ChartFigures {
  readonly startMinutes: number;
  readonly finishMinutes: number;
  readonly durationMinutes: number;
  readonly percentComplete: number;
  readonly isCritical: boolean;
  readonly totalSlackMinutes: number;
  readonly isLate: boolean;
}

export type ScheduleIssueKind =
  | 'cycle'
  | 'missed-deadline'
  | 'constraint-conflict'
  | 'over-allocation'
  | 'invalid-link'
  /** An actual date earlier than a link allows (a task started before its predecessor let it). */
  | 'violated-link'
  /** Tasks pushed outside the plannable years (1900-2200) by constraints, lags or durations. */
  | 'horizon';

export interface ScheduleIssue {
  readonly kind: ScheduleIssueKind;
  readonly taskIds: readonly TaskId[];
  /** A sentence a PM can act on, naming tasks by name. */
  readonly message: string;
  /** The links an issue is about (violated links), for the Gantt to mark. */
  readonly linkIds?: readonly LinkId[];
  /** A loop's tasks in order, from the ignored link's successor back to it, for a reader that names them by its rows. */
  readonly loop?: readonly TaskId[];
  /**
   * The message in pieces with its dates apart, so a screen writes each date as it writes dates
   * ("Mon, Jan 4, 27") while the message, read by the CLI and files, keeps ISO; joined with ISO
   * dates, the pieces are `message`. Absent when the message names no date.
   */
  readonly messageParts?: readonly IssueMessagePart[];
}

/** Text, or a day to be written as the reader writes dates. */
export type IssueMessagePart = string | { readonly date: LocalDate };

export interface ScheduleResult {
  readonly tasks: ReadonlyMap<TaskId, TaskSchedule>;
  readonly projectStart: LocalDateTime;
  /**
   * The earliest start of a task (summaries excluded); absent in a plan with no tasks. Later than
   * projectStart when no work starts on the project's start day: a status date moved the unstarted
   * work past it, or constraints hold the first tasks back.
   */
  readonly firstTaskStart?: LocalDateTime;
  readonly projectFinish: LocalDateTime;
  /** Working minutes from project start to finish on the project calendar. */
  readonly criticalPathMinutes: number;
  /** Critical leaf tasks (summaries excluded), in start order. */
  readonly criticalTaskIds: readonly TaskId[];
  readonly issues: readonly ScheduleIssue[];
}

export interface ScheduleOptions {
  /** "As of" date for progress; defaults to the plan's status date. Unfinished work moves after it. */
  readonly statusDate?: LocalDate;
}
