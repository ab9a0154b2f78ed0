/**
 * Baselines: a frozen copy of every task's dates, duration, work and cost, so the Gantt can show
 * how far the plan has moved since it was agreed. Numbered 0..10 as in MS Project; saving over a
 * number replaces that baseline (and keeps its id, so views pointing at it keep working).
 * The dates are the engine's (one source of dates, see schedule/scheduled-plan.ts): the command
 * schedules the plan itself, so no caller can baseline the stale stored dates of auto tasks.
 */
import { current } from 'immer';
import type { BaselineId } from '../model/ids';
import type { Baseline, BaselineTask, Plan } from '../model/plan';
import { scheduleProject } from '../schedule/scheduler';
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

/** A summary's baseline cost is its own assignments' plus every descendant's (MS Project rolls cost up). */
function rollUpCosts(plan: Plan, tasks: Record<string, BaselineTask>, own: ReadonlyMap<string, number>): void {
  const total = new Map(own);
  for (const task of Object.values(plan.tasks)) {
    const cost = own.get(task.id) ?? 0;
    if (cost === 0) continue;
    const seen = new Set<string>([task.id]);
    for (let parent = task.parentId; parent !== null && !seen.has(parent); parent = plan.tasks[parent]?.parentId ?? null) {
      seen.add(parent);
      total.set(parent, (total.get(parent) ?? 0) + cost);
    }
  }
  for (const [id, cost] of total) {
    const row = tasks[id];
    if (row && row.cost !== cost) tasks[id] = { ...row, cost };
  }
}

export const saveBaseline = defineCommand<SaveBaselineArgs>({
  name: 'saveBaseline',
  label: (args) => `Save ${baselineName(args.number)}`,
  apply(draft, args, ctx) {
    if (!Number.isInteger(args.number) || args.number < 0 || args.number > MAX_BASELINE_NUMBER) {
      return { message: `Baselines are numbered 0 to ${String(MAX_BASELINE_NUMBER)}.` };
    }
    if (Object.keys(draft.tasks).length === 0) return { message: 'There are no tasks to save in a baseline yet.' };
    const plan: Plan = current(draft);
    const schedule = scheduleProject(plan);
    const tasks: Record<string, BaselineTask> = {};
    const costs = new Map<string, number>();
    for (const task of Object.values(plan.tasks)) {
      const dates = schedule.tasks.get(task.id);
      const durationMinutes = dates?.durationMinutes ?? task.durationMinutes;
      const [ownWork, cost] = workAndCost(plan, task.id, durationMinutes);
      costs.set(task.id, cost);
      const workMinutes = dates?.workMinutes ?? ownWork;
      tasks[task.id] = { start: dates?.start ?? task.start, finish: dates?.finish ?? task.finish, durationMinutes, workMinutes, cost };
    }
    rollUpCosts(plan, tasks, costs);
    const existing = Object.values(draft.baselines).find((b) => b.number === args.number);
    const id = existing?.id ?? (ctx.newId() as BaselineId);
    const baseline: Baseline = { id, number: args.number, name: args.name?.trim() || baselineName(args.number), savedAt: ctx.now, tasks };
    draft.baselines[id] = baseline;
    return undefined;
  },
});
