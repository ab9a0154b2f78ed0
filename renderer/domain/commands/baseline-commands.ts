/**
 * Baselines: a frozen copy of every task's dates, duration, work and cost, so the Gantt can show
 * how far the plan has moved since it was agreed. Numbered 0..10 as in MS Project; saving over a
 * number replaces that baseline (and keeps its id, so views pointing at it keep working).
 */
import type { BaselineId } from '../model/ids';
import type { Baseline, BaselineTask, Plan } from '../model/plan';
import { defineCommand } from './command';

export const MAX_BASELINE_NUMBER = 10;

export interface SaveBaselineArgs {
  /** 0 = "Baseline", 1..10 = "Baseline 1".. */
  readonly number: number;
  readonly name?: string;
}

export function baselineName(number: number): string {
  return number === 0 ? 'Baseline' : `Baseline ${String(number)}`;
}

/** Work and cost per task from its assignments; cost = work hours x rate + per-use cost. */
function workAndCost(plan: Pick<Plan, 'assignments' | 'resources'>, taskId: string, durationMinutes: number): [number, number] {
  let work = 0;
  let cost = 0;
  for (const a of Object.values(plan.assignments)) {
    if (a.taskId !== taskId) continue;
    const minutes = a.workMinutes ?? durationMinutes * a.units;
    const resource = plan.resources[a.resourceId];
    work += minutes;
    if (resource) cost += (minutes / 60) * resource.costPerHour + resource.costPerUse;
  }
  return [work, cost];
}

export const saveBaseline = defineCommand<SaveBaselineArgs>({
  name: 'saveBaseline',
  label: (args) => `Save ${baselineName(args.number)}`,
  apply(draft, args, ctx) {
    if (!Number.isInteger(args.number) || args.number < 0 || args.number > MAX_BASELINE_NUMBER) {
      return { message: `Baselines are numbered 0 to ${String(MAX_BASELINE_NUMBER)}.` };
    }
    if (Object.keys(draft.tasks).length === 0) return { message: 'There are no tasks to save in a baseline yet.' };
    const tasks: Record<string, BaselineTask> = {};
    for (const task of Object.values(draft.tasks)) {
      const [workMinutes, cost] = workAndCost(draft, task.id, task.durationMinutes);
      tasks[task.id] = { start: task.start, finish: task.finish, durationMinutes: task.durationMinutes, workMinutes, cost };
    }
    const existing = Object.values(draft.baselines).find((b) => b.number === args.number);
    const id = existing?.id ?? (ctx.newId() as BaselineId);
    const baseline: Baseline = { id, number: args.number, name: args.name?.trim() || baselineName(args.number), savedAt: ctx.now, tasks };
    draft.baselines[id] = baseline;
    return undefined;
  },
});
