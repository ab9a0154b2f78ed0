/**
 * Baselines: a frozen copy of every task's dates, duration, work and cost, so the Gantt can show
 * how far the plan has moved since it was agreed. Numbered 0..10 as in MS Project; saving over a
 * number replaces that baseline (and keeps its id, so views pointing at it keep working).
 * Work, cost and its accrual profile come from the money domain (costPlan + baselineEntries).
 * The dates are the engine's (one source of dates, see schedule/scheduled-plan.ts): the command
 * schedules the plan itself, so no caller can baseline the stale stored dates of auto tasks.
 */
import { current } from 'immer';
import type { BaselineId } from '../model/ids';
import type { Baseline, Plan } from '../model/plan';
import { baselineEntries, costPlan } from '../money';
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
    // The money domain prices the plan (rates over time, material and cost resources, fixed cost,
    // roll-up) and says how each cost accrues, so planned value can be time-phased from the baseline.
    const tasks = baselineEntries(schedule, costPlan(plan, schedule));
    const existing = Object.values(draft.baselines).find((b) => b.number === args.number);
    const id = existing?.id ?? (ctx.newId() as BaselineId);
    const baseline: Baseline = { id, number: args.number, name: args.name?.trim() || baselineName(args.number), savedAt: ctx.now, tasks };
    draft.baselines[id] = baseline;
    return undefined;
  },
});
