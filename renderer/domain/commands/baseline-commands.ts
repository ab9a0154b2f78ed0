/**
 * Baselines: a frozen copy of every task's dates, duration, work and cost, so the Gantt can show
 * how far the plan has moved since it was agreed. Numbered 0..10 as in MS Project; saving over a
 * number replaces that baseline (and keeps its id and name, so views pointing at it keep working).
 * As in MS Project's Set Baseline, the selected tasks alone can be saved into a baseline (the other
 * tasks keep what that baseline held), optionally rolled up to their summary tasks; a baseline can
 * be cleared for all or the selected tasks, and renamed.
 * Work, cost and its accrual profile come from the money domain (costPlan + baselineEntries).
 * The dates are the engine's (one source of dates, see schedule/scheduled-plan.ts): the command
 * schedules the plan itself, so no caller can baseline the stale stored dates of auto tasks.
 */
import { current } from 'immer';
import type { BaselineId, TaskId } from '../model/ids';
import type { Baseline, BaselineTask, Plan } from '../model/plan';
import type { Problem } from '../model/result';
import { baselineEntries, costPlan } from '../money';
import { scheduleProject } from '../schedule/scheduler';
import { defineCommand } from './command';

export const MAX_BASELINE_NUMBER = 10;

export interface SaveBaselineArgs {
  /** 0 = "Baseline", 1..10 = "Baseline 1".. */
  readonly number: number;
  readonly name?: string;
  /** Only these tasks (absent = the whole plan). */
  readonly taskIds?: readonly TaskId[];
  /** With taskIds: also refresh the selected tasks' summary tasks, as MS Project's "roll up baselines" does. */
  readonly rollUp?: boolean;
}

function numberProblem(number: number): Problem | undefined {
  return Number.isInteger(number) && number >= 0 && number <= MAX_BASELINE_NUMBER
    ? undefined : { message: `Baselines are numbered 0 to ${String(MAX_BASELINE_NUMBER)}.` };
}

/** The selected tasks and, when rolling up, every summary above them. */
function savedIds(plan: Plan, taskIds: readonly TaskId[], rollUp: boolean): Set<string> {
  const ids = new Set<string>(taskIds.filter((id) => plan.tasks[id]));
  if (!rollUp) return ids;
  for (const id of [...ids]) {
    for (let parent = plan.tasks[id]?.parentId ?? null; parent !== null && !ids.has(parent); parent = plan.tasks[parent]?.parentId ?? null) ids.add(parent);
  }
  return ids;
}

export function baselineName(number: number): string {
  return number === 0 ? 'Baseline' : `Baseline ${String(number)}`;
}

export const saveBaseline = defineCommand<SaveBaselineArgs>({
  name: 'saveBaseline',
  label: (args) => `Save ${baselineName(args.number)}`,
  apply(draft, args, ctx) {
    const bad = numberProblem(args.number);
    if (bad) return bad;
    if (Object.keys(draft.tasks).length === 0) return { message: 'There are no tasks to save in a baseline yet.' };
    if (args.taskIds?.length === 0) return { message: 'Select the tasks to save in the baseline first.' };
    const plan: Plan = current(draft);
    const schedule = scheduleProject(plan);
    // The money domain prices the plan (rates over time, material and cost resources, fixed cost,
    // roll-up) and says how each cost accrues, so planned value can be time-phased from the baseline.
    const all = baselineEntries(schedule, costPlan(plan, schedule));
    const existing = Object.values(draft.baselines).find((b) => b.number === args.number);
    let tasks: Record<string, BaselineTask> = all;
    if (args.taskIds) {
      const ids = savedIds(plan, args.taskIds, args.rollUp === true);
      tasks = { ...(existing ? current(existing).tasks : {}) };
      for (const id of ids) if (all[id]) tasks[id] = all[id];
    }
    const id = existing?.id ?? (ctx.newId() as BaselineId);
    const name = args.name?.trim() || existing?.name || baselineName(args.number);
    const baseline: Baseline = { id, number: args.number, name, savedAt: ctx.now, tasks };
    draft.baselines[id] = baseline;
    return undefined;
  },
});

export interface ClearBaselineArgs {
  readonly number: number;
  /** Only these tasks' entries (absent = the whole baseline). */
  readonly taskIds?: readonly TaskId[];
}

/** Clears a baseline, or the selected tasks' entries in it; a baseline left with no task is removed. */
export const clearBaseline = defineCommand<ClearBaselineArgs>({
  name: 'clearBaseline',
  label: (args) => `Clear ${baselineName(args.number)}`,
  apply(draft, args) {
    const bad = numberProblem(args.number);
    if (bad) return bad;
    const existing = Object.values(draft.baselines).find((b) => b.number === args.number);
    if (!existing) return { message: `${baselineName(args.number)} is not saved.` };
    if (args.taskIds) {
      for (const id of args.taskIds) delete existing.tasks[id];
      if (Object.keys(existing.tasks).length > 0) return undefined;
    }
    delete draft.baselines[existing.id];
    return undefined;
  },
});

/** Names a saved baseline ("Signed-off plan"); an empty name restores the default. */
export const renameBaseline = defineCommand<{ readonly number: number; readonly name: string }>({
  name: 'renameBaseline',
  label: (args) => `Rename ${baselineName(args.number)}`,
  apply(draft, args) {
    const existing = Object.values(draft.baselines).find((b) => b.number === args.number);
    if (!existing) return { message: `${baselineName(args.number)} is not saved.` };
    const name = args.name.trim() || baselineName(args.number);
    if (name.length > 200) return { message: 'A baseline name is at most 200 characters.' };
    existing.name = name;
    return undefined;
  },
});
