/**
 * The engine's results as every view reads them. One incremental scheduler for the session:
 * immer keeps unchanged tasks identical, so rescheduling after an edit reuses most of the work.
 */
import { createScheduler, type ScheduleResult } from '../../domain/schedule';
import type { Plan } from '../../domain/model';

export type DisplaySchedule = ScheduleResult;

const scheduler = createScheduler();

export function scheduleForDisplay(plan: Plan): DisplaySchedule {
  return scheduler.schedule(plan);
}
