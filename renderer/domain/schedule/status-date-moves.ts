/**
 * What setting, moving or clearing the status date did to the schedule. The engine follows
 * Primavera's data date rule (work not started by the status date starts after it), where MS
 * Project moves nothing: a person who expects the latter needs to be told which tasks moved.
 *
 * The plan is compared with itself scheduled under the previous status date, so other fields
 * changed in the same edit (a new project start in Project settings) are not counted as the status
 * date's doing.
 */
import type { LocalDate, Plan, TaskId } from '../model';
import { scheduleProject } from './scheduler';
import type { ScheduleResult } from './types';

export interface StatusDateMoves {
  /** Leaf tasks that start later than under the previous status date (summaries follow their children). */
  readonly later: readonly TaskId[];
  /**
   * Of `later`, those the status date holds itself: due to start by then and not started. The rest
   * follow them through their links.
   */
  readonly held: readonly TaskId[];
  /** Leaf tasks that start earlier: the status date moved back or was cleared, and no longer holds them. */
  readonly earlier: readonly TaskId[];
}

const NONE: StatusDateMoves = { later: [], held: [], earlier: [] };

/**
 * The tasks of `plan` (as edited, with its new status date) whose scheduled start differs from the
 * same plan scheduled with `previous` as its status date. Empty when the status date did not change
 * or the plan cannot be scheduled (the schedule's own issues say why). `scheduled` is `plan`'s
 * schedule when the caller has it (the session scheduled the edit already): then only the previous
 * status date's schedule is computed here.
 */
export function statusDateMoves(plan: Plan, previous: LocalDate | null, scheduled?: ScheduleResult): StatusDateMoves {
  if (plan.project.statusDate === previous) return NONE;
  let now: ScheduleResult;
  let before: ScheduleResult;
  try {
    now = scheduled ?? scheduleProject(plan);
    before = scheduleProject({ ...plan, project: { ...plan.project, statusDate: previous } });
  } catch {
    return NONE; // a bug in the engine: the edit itself stands, only this account of it is lost
  }
  const later: TaskId[] = [];
  const held: TaskId[] = [];
  const earlier: TaskId[] = [];
  const statusDate = plan.project.statusDate;
  for (const [id, row] of now.tasks) {
    const old = before.tasks.get(id);
    if (row.isSummary || old === undefined || old.start === row.start) continue;
    // LocalDateTime texts have one fixed width: they compare as the instants they name.
    if (row.start > old.start) {
      later.push(id);
      if (statusDate !== null && old.start.slice(0, 10) <= statusDate) held.push(id);
    } else earlier.push(id);
  }
  return { later, held, earlier };
}
