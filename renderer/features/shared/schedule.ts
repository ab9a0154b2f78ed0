/**
 * The engine's results as every view reads them. One incremental scheduler for the session:
 * immer keeps unchanged tasks identical, so rescheduling after an edit reuses most of the work.
 */
import { asScheduledDates, createScheduler, type PlanEdit, type ScheduleResult, type Scheduler } from '../../domain/schedule';
import type { ScheduledDates } from '../../domain/board';
import type { Plan, TaskId } from '../../domain/model';

export type DisplaySchedule = ScheduleResult;

let scheduler = createScheduler();

/**
 * A plan about to be shown, scheduled ahead on a scheduler of its own: a file's plan while the
 * person reads its summary. The session's scheduler keeps the open plan's work meanwhile, so a
 * summary closed with Cancel costs the open project nothing.
 */
let ahead: { readonly tasks: Plan['tasks']; readonly scheduler: Scheduler } | null = null;

/**
 * A task's dates "as scheduled", spread into an edit that records them as actual dates (typed
 * progress, an actual finish or cost): the engine's, or for a task not started in a plan with a
 * status date, where the plan has it before that date moved it (domain/schedule/as-scheduled.ts).
 */
export function scheduledDates(plan: Plan, schedule: ScheduleResult | null, id: TaskId): { scheduled?: ScheduledDates } {
  const dates = asScheduledDates(plan, schedule, id);
  return dates ? { scheduled: dates } : {};
}

/** `edit`, when known (the command path's patches), lets the scheduler skip comparing every task. */
export function scheduleForDisplay(plan: Plan, edit?: PlanEdit | null): DisplaySchedule {
  // The plan scheduled ahead, or one made from it (a new project id and name, people linked to
  // the pool): that scheduler takes over and only compares, instead of running the plan afresh.
  if (ahead?.tasks === plan.tasks) {
    scheduler = ahead.scheduler;
    ahead = null;
  }
  return scheduler.schedule(plan, undefined, edit ?? undefined);
}

/**
 * Schedules `plan` before it is shown: a 10,000-task file's first run (engine code still cold)
 * took ~160 ms of the click on "Open as new project" (Chromium, December 2026). A plan that
 * cannot be scheduled is left to the session, which says why when the plan is opened.
 */
export function scheduleAhead(plan: Plan): DisplaySchedule | null {
  const own = createScheduler();
  try {
    const result = own.schedule(plan);
    ahead = { tasks: plan.tasks, scheduler: own };
    return result;
  } catch {
    ahead = null;
    return null;
  }
}

/** Lets go of the work scheduled ahead for `plan` (its summary closed without opening it). */
export function dropScheduledAhead(plan: Plan): void {
  if (ahead?.tasks === plan.tasks) ahead = null;
}
