/**
 * Commands of the schedule risk analysis: three-point estimates on tasks (typed, or a ± % range
 * applied to a selection) and the simulation's settings and last result kept with the plan.
 */
import { castDraft } from 'immer';
import type { TaskId } from '../model/ids';
import type { Distribution, ScheduleRisk, SimulationSummary, ThreePointEstimate } from '../model/plan';
import { checkEstimate, DEFAULT_ITERATIONS, MAX_ITERATIONS, MAX_SEED } from '../simulation';
import { defineCommand } from './command';

export interface EstimateEdit {
  readonly taskId: TaskId;
  /** null removes the estimate (the duration is then taken as certain). */
  readonly estimate: ThreePointEstimate | null;
}

export const setTaskEstimates = defineCommand<{ readonly edits: readonly EstimateEdit[] }>({
  name: 'setTaskEstimates',
  label: (args) => (args.edits.length === 1 ? 'Set estimate' : `Set ${String(args.edits.length)} estimates`),
  apply(draft, args) {
    for (const { taskId, estimate } of args.edits) {
      const task = draft.tasks[taskId];
      if (!task) return { message: `Task ${taskId} is not in the plan (deleted?).` };
      if (estimate === null) {
        delete task.estimate;
        continue;
      }
      const problem = checkEstimate(task, estimate, draft.project.minutesPerDay);
      if (problem) return problem;
      task.estimate = estimate;
    }
    return undefined;
  },
});

/** Optimistic = duration − low %, pessimistic = duration + high %, most likely = the duration. */
export function rangeEstimate(durationMinutes: number, lowPercent: number, highPercent: number, distribution: Distribution): ThreePointEstimate {
  return {
    optimisticMinutes: Math.max(0, Math.round(durationMinutes * (1 - lowPercent / 100))),
    mostLikelyMinutes: durationMinutes,
    pessimisticMinutes: Math.round(durationMinutes * (1 + highPercent / 100)),
    distribution,
  };
}

export const DEFAULT_SCHEDULE_RISK: ScheduleRisk = { iterations: DEFAULT_ITERATIONS, seed: 1, targetDate: null, last: null };

export const setScheduleRisk = defineCommand<{ readonly settings: Partial<Omit<ScheduleRisk, 'last'>>; readonly last?: SimulationSummary }>({
  name: 'setScheduleRisk',
  label: (args) => (args.last ? 'Keep simulation result' : 'Change simulation settings'),
  apply(draft, args) {
    const next: ScheduleRisk = { ...DEFAULT_SCHEDULE_RISK, ...(draft.project.scheduleRisk ?? {}), ...args.settings };
    if (!Number.isInteger(next.iterations) || next.iterations < 1 || next.iterations > MAX_ITERATIONS) {
      return { message: `Iterations must be a whole number from 1 to ${MAX_ITERATIONS.toLocaleString('en')}, not ${next.iterations.toLocaleString('en')}.` };
    }
    if (!Number.isInteger(next.seed) || next.seed < 0 || next.seed > MAX_SEED) return { message: 'The seed must be a whole number from 0 to 4294967295.' };
    draft.project.scheduleRisk = castDraft({ ...next, ...(args.last ? { last: args.last } : {}) });
    return undefined;
  },
});
