/**
 * Money edits: budgets and reserves, rates over time, fixed costs and actuals. Each refuses what
 * cannot be money (negative or not finite) with a message naming the task, person or field.
 */
import { castDraft } from 'immer';
import type { AssignmentId, ResourceId, TaskId } from '../model/ids';
import type { Assignment, CostAccrual, EarnedValueMethod, Plan, RateChange, Task } from '../model/plan';
import type { Problem } from '../model/result';
import { rateProblem } from '../money/rates';
import { MAX_MONEY } from '../formats/plan-bounds';
import type { ScheduledDates } from '../board/progress-rules';
import { defineCommand } from './command';
import { statusFollowsProgress } from './task-commands';

const isAmount = (value: number): boolean => Number.isFinite(value) && value >= 0;

// The bound the import gate holds files to (plan-bounds.ts): an edit cannot store what a file could not hold.
function amountProblem(label: string, values: Readonly<Record<string, number | null | undefined>>): Problem | undefined {
  for (const [field, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && !isAmount(value)) return { message: `${label}: ${field} must be zero or more.` };
    if (value !== undefined && value !== null && value > MAX_MONEY) return { message: `${label}: ${field} must be at most ${MAX_MONEY.toLocaleString('en-US')}.` };
  }
  return undefined;
}

export interface SetBudgetArgs {
  /** null = the project's budget and reserves. */
  readonly taskId: TaskId | null;
  /** null clears the budget. */
  readonly budget: number | null;
  readonly contingencyReserve?: number;
  readonly managementReserve?: number;
}

/**
 * The Undo label of a project budget edit names what it changes: the Costs view passes the budget
 * along with a reserve typed alone, so the args alone would call every reserve edit a budget edit.
 */
function projectMoneyLabel(args: SetBudgetArgs, plan: Plan): string {
  const { project } = plan;
  const changed = [
    ...(args.budget !== (project.budget ?? null) ? ['project budget'] : []),
    ...(args.contingencyReserve !== undefined && args.contingencyReserve !== (project.contingencyReserve ?? 0) ? ['contingency reserve'] : []),
    ...(args.managementReserve !== undefined && args.managementReserve !== (project.managementReserve ?? 0) ? ['management reserve'] : []),
  ];
  if (changed.length > 1) return 'Set project budget and reserves';
  return `Set ${changed[0] ?? 'project budget'}`;
}

export const setBudget = defineCommand<SetBudgetArgs>({
  name: 'setBudget',
  label: (args, plan) => (args.taskId === null ? projectMoneyLabel(args, plan) : 'Set budget'),
  apply(draft, args) {
    const { budget, contingencyReserve, managementReserve } = args;
    if (args.taskId === null) {
      const problem = amountProblem('Project budget', { budget, 'contingency reserve': contingencyReserve, 'management reserve': managementReserve });
      if (problem) return problem;
      if (budget === null) delete draft.project.budget;
      else draft.project.budget = budget;
      if (contingencyReserve !== undefined) draft.project.contingencyReserve = contingencyReserve;
      if (managementReserve !== undefined) draft.project.managementReserve = managementReserve;
      return undefined;
    }
    const task = draft.tasks[args.taskId];
    if (!task) return { message: 'That task no longer exists.' };
    const problem = amountProblem(`Task '${task.name}'`, { budget });
    if (problem) return problem;
    if (budget === null) delete task.budget;
    else task.budget = budget;
    return undefined;
  },
});

export const setResourceRates = defineCommand<{ readonly id: ResourceId; readonly rateChanges: readonly RateChange[] }>({
  name: 'setResourceRates',
  label: () => 'Change rates',
  apply(draft, args) {
    const resource = draft.resources[args.id];
    if (!resource) return { message: 'That team member no longer exists.' };
    const problem = rateProblem({ ...resource, rateChanges: args.rateChanges });
    if (problem) return problem;
    if (args.rateChanges.length === 0) delete resource.rateChanges;
    else resource.rateChanges = castDraft(args.rateChanges);
    return undefined;
  },
});

export type TaskCostChanges = Partial<{
  fixedCost: number;
  fixedCostAccrual: CostAccrual;
  actualCost: number | null;
  actualWorkMinutes: number | null;
  physicalPercentComplete: number;
  earnedValueMethod: EarnedValueMethod;
}>;

/** A task has started when it has an actual start or any progress. */
const hasStarted = (task: Pick<Task, 'actualStart' | 'percentComplete'>): boolean => task.actualStart !== null || task.percentComplete > 0;

export interface UpdateTaskCostsArgs {
  readonly id: TaskId;
  readonly changes: TaskCostChanges;
  /**
   * The engine's dates of the task (features/shared/schedule.ts scheduledDates). An actual cost or
   * work typed on a task that has not started marks it started on its scheduled start; without
   * them the edit is refused (a task's stored dates may be older than the schedule).
   */
  readonly scheduled?: ScheduledDates;
}

/**
 * Fixed costs, accrual, physical % complete and actuals of a task. Actual cost or work typed on a
 * task that has not started is kept, and the task is marked started on its scheduled start (at 0 %,
 * its card moved to a started column), in the same undo step: MS Project takes actuals on a
 * not-started task so (it sets the Actual Start to the scheduled start), and a person coming from
 * it or from a spreadsheet expects what they typed to stay. Refusing it left them to find the
 * Actual start field first, and the amount typed was lost.
 */
export const updateTaskCosts = defineCommand<UpdateTaskCostsArgs>({
  name: 'updateTaskCosts',
  label: (args) => (args.changes.actualCost !== undefined || args.changes.actualWorkMinutes !== undefined ? 'Enter actuals' : 'Edit costs'),
  apply(draft, { id, changes, scheduled }) {
    const task = draft.tasks[id];
    if (!task) return { message: 'That task no longer exists.' };
    const label = `Task '${task.name}'`;
    const problem = amountProblem(label, {
      'fixed cost': changes.fixedCost, 'actual cost': changes.actualCost, 'actual work': changes.actualWorkMinutes,
    });
    if (problem) return problem;
    const physical = changes.physicalPercentComplete;
    if (physical !== undefined && !(physical >= 0 && physical <= 100)) return { message: `${label}: physical % complete is between 0 and 100.` };
    const typesActuals = (changes.actualCost ?? null) !== null || (changes.actualWorkMinutes ?? null) !== null;
    const isStartedByActuals = typesActuals && !hasStarted(task);
    if (isStartedByActuals && !scheduled) {
      return { message: `${label} has not started: give it an actual start or % complete before entering actual cost or work.` };
    }
    Object.assign(task, changes);
    if (isStartedByActuals && scheduled) {
      task.actualStart = scheduled.start;
      statusFollowsProgress(draft, id, true);
    }
    return undefined;
  },
});

export type AssignmentCostChanges = Partial<Pick<Assignment, 'units' | 'costAmount' | 'actualWorkMinutes' | 'actualCost'>>;

export const updateAssignmentCosts = defineCommand<{ readonly id: AssignmentId; readonly changes: AssignmentCostChanges }>({
  name: 'updateAssignmentCosts',
  label: () => 'Edit assignment',
  apply(draft, { id, changes }) {
    const assignment = draft.assignments[id];
    if (!assignment) return { message: 'That assignment no longer exists.' };
    const task = draft.tasks[assignment.taskId];
    const who = draft.resources[assignment.resourceId]?.name ?? 'someone';
    const label = `${who} on '${task?.name ?? 'a task'}'`;
    const problem = amountProblem(label, {
      units: changes.units, amount: changes.costAmount, 'actual work': changes.actualWorkMinutes, 'actual cost': changes.actualCost,
    });
    if (problem) return problem;
    const typesActuals = (changes.actualCost ?? null) !== null || (changes.actualWorkMinutes ?? null) !== null;
    if (typesActuals && task && !hasStarted(task)) {
      return { message: `Task '${task.name}' has not started: give it an actual start or % complete before entering actuals for ${who}.` };
    }
    Object.assign(assignment, changes);
    return undefined;
  },
});

export const chooseCostBaseline = defineCommand<{ readonly number: number }>({
  name: 'chooseCostBaseline',
  label: () => 'Measure against another baseline',
  apply(draft, { number }) {
    if (!Number.isInteger(number) || number < 0 || number > 10) return { message: 'Baselines are numbered 0 to 10.' };
    draft.project.costBaseline = number;
    return undefined;
  },
});
