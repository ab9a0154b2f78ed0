/** Applying the engine's dates to the plan, for every writer that hands a plan to other programs. */
import type { Plan } from '../model/plan';
import type { ScheduleResult } from './types';

/**
 * The plan with every task's start and finish taken from the schedule. Auto-scheduled tasks keep
 * the dates of their last edit in storage, which are stale once a predecessor moves; other
 * programs must receive the dates the user sees. Summaries also take their rolled-up duration.
 */
export function withScheduledDates(plan: Plan, schedule: Pick<ScheduleResult, 'tasks'> | null): Plan {
  if (schedule === null) return plan;
  const tasks: Record<string, Plan['tasks'][string]> = {};
  let changed = false;
  for (const [id, task] of Object.entries(plan.tasks)) {
    const dates = schedule.tasks.get(task.id);
    const durationMinutes = dates?.isSummary === true ? dates.durationMinutes : task.durationMinutes;
    if (dates === undefined || (dates.start === task.start && dates.finish === task.finish && durationMinutes === task.durationMinutes)) {
      tasks[id] = task;
      continue;
    }
    changed = true;
    tasks[id] = { ...task, start: dates.start, finish: dates.finish, durationMinutes };
  }
  return changed ? { ...plan, tasks } : plan;
}
