/**
 * The engine's results as every view reads them. One incremental scheduler for the session:
 * immer keeps unchanged tasks identical, so rescheduling after an edit reuses most of the work.
 */
import { createScheduler, type PlanEdit, type ScheduleResult } from '../../domain/schedule';
import type { Plan } from '../../domain/model';

export type DisplaySchedule = ScheduleResult;

const scheduler = createScheduler();

/** `edit`, when known (the command path's patches), lets the scheduler skip comparing every task. */
export function scheduleForDisplay(plan: Plan, edit?: PlanEdit | null): DisplaySchedule {
  return scheduler.schedule(plan, undefined, edit ?? undefined);
}
