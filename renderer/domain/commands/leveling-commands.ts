/**
 * Resource leveling as an ordinary, undoable edit: the engine proposes leveling delays (tasks
 * move within their slack first, by priority), and this command writes them to the tasks.
 */
import { current } from 'immer';
import { levelResources as proposeLeveling, scheduleProject } from '../schedule';
import { otherLoadByResource, type OtherBookings } from '../lifecycle/pool';
import type { Plan } from '../model/plan';
import { defineCommand } from './command';

export interface LevelResourcesArgs {
  /** Other projects' work per pool person per day, counted against this plan's people's capacity; absent = this plan alone. */
  readonly otherBookings?: OtherBookings;
}

export const levelResources = defineCommand<LevelResourcesArgs>({
  name: 'levelResources',
  label: () => 'Level resources',
  apply(draft, args) {
    // The engine reads a plain plan, not immer proxies (as the link commands do).
    const plan: Plan = current(draft);
    const otherLoad = args.otherBookings ? otherLoadByResource(plan.resources, args.otherBookings) : undefined;
    const changes = proposeLeveling(plan, scheduleProject(plan), otherLoad ? { otherLoad } : {});
    if (changes.length === 0) {
      return { message: args.otherBookings ? 'Nothing to level: no one is over-allocated here or across projects, or no task can move.' : 'Nothing to level: no one is over-allocated, or no task can move.' };
    }
    for (const change of changes) {
      const task = draft.tasks[change.taskId];
      if (task) task.levelingDelayMinutes = change.levelingDelayMinutes;
    }
    return undefined;
  },
});

export const clearLeveling = defineCommand<Record<string, never>>({
  name: 'clearLeveling',
  label: () => 'Clear leveling',
  apply(draft) {
    const leveled = Object.values(draft.tasks).filter((t) => (t.levelingDelayMinutes ?? 0) !== 0);
    if (leveled.length === 0) return { message: 'No task has a leveling delay.' };
    for (const task of leveled) task.levelingDelayMinutes = 0;
    return undefined;
  },
});
