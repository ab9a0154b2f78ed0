/**
 * The dates "as scheduled" that progress records as a task's actual dates. MS Project's rule:
 * progress typed on a task with no actual start means it started as scheduled, and 100% means it
 * also finished as scheduled (board/progress-rules.ts applies it).
 *
 * With a status date, the engine moves work not started by then to after it: unfinished work
 * cannot lie in the past. A person who sets the status date first and records progress after
 * (the order of a weekly update) would then record every start and finish after the status date:
 * a kickoff "done" two weeks after it happened, and its work not earned by the status date. So a
 * task with no actual start takes the dates it has when no status date moves the plan: where the
 * plan had it before the update, as MS Project, which never moves work for a status date, has it.
 */
import type { Plan, TaskId } from '../model';
import { scheduleProject } from './scheduler';
import type { ScheduleResult, TaskSchedule } from './types';

/** A task's start and finish, as the engine writes them (board/progress-rules.ts reads them as ScheduledDates). */
export type AsScheduled = Pick<TaskSchedule, 'start' | 'finish'>;

/** The plan scheduled with no status date, kept for the plan it was made for (a paste of many rows asks once). */
const withoutStatusDate = new WeakMap<Plan, ScheduleResult | null>();

function scheduledWithoutStatusDate(plan: Plan): ScheduleResult | null {
  if (withoutStatusDate.has(plan)) return withoutStatusDate.get(plan) ?? null;
  let result: ScheduleResult | null;
  try {
    result = scheduleProject({ ...plan, project: { ...plan.project, statusDate: null } });
  } catch {
    result = null; // the plan's own schedule stands
  }
  withoutStatusDate.set(plan, result);
  return result;
}

/**
 * The task's dates to record as actual dates, from `schedule` (the plan's own) or, for a task not
 * yet started in a plan with a status date, from the plan scheduled without it. Undefined when the
 * task is not scheduled.
 */
export function asScheduledDates(plan: Plan, schedule: Pick<ScheduleResult, 'tasks'> | null, id: TaskId): AsScheduled | undefined {
  const own = schedule?.tasks.get(id);
  if (!own) return undefined;
  const task = plan.tasks[id];
  const unmoved = task && task.actualStart === null && plan.project.statusDate !== null ? scheduledWithoutStatusDate(plan)?.tasks.get(id) : undefined;
  const dates = unmoved ?? own;
  return { start: dates.start, finish: dates.finish };
}
