/**
 * One source of dates: the plan as every writer must see it, with each task's start, finish and
 * (for summaries) duration taken from the engine's schedule.
 *
 * Why the writers take the schedule instead of the session writing dates back into the plan: an
 * auto task's stored start/finish is an input nobody reads (the engine ignores it), so keeping
 * it current would turn every edit that moves a chain into thousands of extra row writes and
 * undo patches. Instead the stored copy is treated as stale by definition, and every writer
 * (.plotline, MS Project XML, CSV, iCalendar, baselines) passes the plan through this function
 * first; the exporters call it themselves, so a caller cannot forget it.
 */
import type { Plan, Task } from '../model';
import { scheduleProject } from './scheduler';
import type { ScheduleResult } from './types';

/** A schedule of this very plan, when the caller already has one (saves a scheduling run). */
export type KnownSchedule = Pick<ScheduleResult, 'tasks'>;

/**
 * The plan with the engine's dates on every task. Given no schedule, schedules the plan itself
 * (with the plan's own status date, as the screen does). Unchanged tasks keep their identity,
 * and a plan whose stored dates are already current is returned as is.
 */
export function planWithScheduledDates(plan: Plan, schedule?: KnownSchedule): Plan {
  return withSchedule(plan, schedule ?? scheduleProject(plan), false);
}

/**
 * The plan as the task table shows it: the engine's dates, and each summary's % complete rolled
 * up from its subtasks. For the table formats (CSV, Excel), whose readers show a number as it is
 * written and roll nothing up: a summary with half its work done read 0 there. Our own file and
 * the scheduling tools' formats keep the stored value; their readers roll summaries up themselves.
 */
export function planAsShown(plan: Plan, schedule?: KnownSchedule): Plan {
  return withSchedule(plan, schedule ?? scheduleProject(plan), true);
}

function withSchedule(plan: Plan, known: KnownSchedule, summaryProgress: boolean): Plan {
  // The record is copied at the first task whose figures moved: a plan already dated (a writer
  // handed what `convert` dated, a plan saved as scheduled) is returned without a 10,000-key copy.
  let tasks: Record<string, Task> | null = null;
  for (const [id, task] of Object.entries(plan.tasks)) {
    const dates = known.tasks.get(task.id);
    if (dates === undefined) continue;
    const isSummary = dates.isSummary;
    const durationMinutes = isSummary ? dates.durationMinutes : task.durationMinutes;
    // Whole percents, as the table shows them and MS Project writes them.
    const percentComplete = isSummary && summaryProgress ? Math.round(dates.percentComplete) : task.percentComplete;
    if (dates.start === task.start && dates.finish === task.finish && durationMinutes === task.durationMinutes && percentComplete === task.percentComplete) continue;
    tasks ??= { ...plan.tasks };
    tasks[id] = { ...task, start: dates.start, finish: dates.finish, durationMinutes, percentComplete };
  }
  return tasks === null ? plan : { ...plan, tasks };
}
