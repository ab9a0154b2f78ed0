/**
 * Board moves that respect the schedule: a move into a started or done column records an actual
 * start. When that day is earlier than the engine allows the task to start (its predecessors'
 * links, or the project start), the move is not applied silently: the board asks whether to
 * start anyway (the link is then violated, and the schedule lists it) or keep the scheduled date.
 *
 * The check is one schedule lookup and a string comparison in the common case (a card already
 * started, moving within its category, or starting on or after its scheduled start), so it adds
 * nothing measurable to a drop.
 */
import type { ColumnCategory, Link, Plan, Task } from '../model/plan';
import { atTime, type LocalDate, type LocalDateTime } from '../model/time';
import type { ScheduledDates } from './progress-rules';

export interface StartConflict {
  /** The actual start the move would record. */
  readonly proposedStart: LocalDateTime;
  /** The earliest start the schedule allows (the engine's start). */
  readonly scheduledStart: LocalDateTime;
  readonly scheduledFinish: LocalDateTime;
  /** Predecessors whose links hold the task later than the proposed start, by name. */
  readonly predecessorNames: readonly string[];
  readonly isBeforeProjectStart: boolean;
}

export interface StartCheckInput {
  readonly plan: Plan;
  readonly task: Task;
  readonly from: ColumnCategory;
  readonly to: ColumnCategory;
  /** The day the move is recorded on (progressDate). */
  readonly date: LocalDate;
  readonly scheduled: ScheduledDates | undefined;
  /** Incoming links of the task; read only when a conflict is possible. */
  readonly incoming: () => readonly Link[];
}

/** The conflict a move would create, or null when the move can be applied as it is. */
export function startConflict({ plan, task, from, to, date, scheduled, incoming }: StartCheckInput): StartConflict | null {
  // A task already showing progress starts as scheduled (progress-rules.ts): nothing to ask.
  if (from === to || to === 'not-started' || task.actualStart !== null || task.percentComplete > 0 || !scheduled) return null;
  const proposedStart = atTime(date, plan.project.defaultStartTime);
  if (proposedStart >= scheduled.start) return null;
  const isBeforeProjectStart = proposedStart < plan.project.start;
  const predecessorNames = incoming().map((l) => plan.tasks[l.predecessorId]?.name).filter((n): n is string => n !== undefined);
  if (!isBeforeProjectStart && predecessorNames.length === 0) return null;
  return { proposedStart, scheduledStart: scheduled.start, scheduledFinish: scheduled.finish, predecessorNames, isBeforeProjectStart };
}

/** What the prompt says, naming what holds the task back. */
export function describeStartConflict(task: Pick<Task, 'name'>, conflict: StartConflict, formatDate: (value: LocalDateTime) => string): string {
  const reasons: string[] = [];
  if (conflict.predecessorNames.length > 0) {
    const names = conflict.predecessorNames.map((n) => `‘${n}’`).join(', ');
    reasons.push(`its predecessor${conflict.predecessorNames.length > 1 ? 's' : ''} ${names} allow${conflict.predecessorNames.length > 1 ? '' : 's'} it to start on ${formatDate(conflict.scheduledStart)} at the earliest`);
  }
  if (conflict.isBeforeProjectStart) reasons.push('the project has not started yet');
  return `‘${task.name}’ would start on ${formatDate(conflict.proposedStart)}, but ${reasons.join(', and ')}.`;
}
