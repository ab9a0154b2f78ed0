/**
 * Work and cost of a task from its assignments, the one rule the table's columns and the MS Project
 * writer share: an assignment's work is its own figure or the task's duration x its units; cost is
 * work hours x the person's standard rate plus their cost per use.
 */
import type { Assignment, Plan } from './plan';

export function assignmentWorkMinutes(plan: Pick<Plan, 'tasks'>, a: Assignment): number {
  return a.workMinutes ?? Math.round((plan.tasks[a.taskId]?.durationMinutes ?? 0) * a.units);
}

export interface WorkAndCost {
  readonly workMinutes: number;
  readonly cost: number;
}

/** Work and cost per task id, for every task that has people (one pass over the assignments). */
export function workAndCostByTask(plan: Pick<Plan, 'tasks' | 'assignments' | 'resources'>): Map<string, WorkAndCost> {
  const out = new Map<string, WorkAndCost>();
  for (const a of Object.values(plan.assignments)) {
    const minutes = assignmentWorkMinutes(plan, a);
    const resource = plan.resources[a.resourceId];
    const cost = resource ? (minutes / 60) * resource.costPerHour + resource.costPerUse : 0;
    const sum = out.get(a.taskId) ?? { workMinutes: 0, cost: 0 };
    out.set(a.taskId, { workMinutes: sum.workMinutes + minutes, cost: sum.cost + cost });
  }
  return out;
}
