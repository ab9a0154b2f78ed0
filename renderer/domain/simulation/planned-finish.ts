/**
 * Why the plan's own finish can have (almost) no chance: the plan may take some tasks at their
 * best case. A task planned no longer than its optimistic estimate, with an estimate reaching past
 * the plan, meets its planned duration only when it is drawn at exactly its optimistic value (a
 * single point of a continuous distribution) or, with the optimistic above the plan, never. On
 * the critical path that holds the whole finish to the plan's date in (almost) no run.
 */
import { outlineRows, type Plan, type Task } from '../model';

/**
 * The tasks a run draws (estimated leaves, not milestones, not finished) that were critical in
 * at least one run (`criticality`, from the summary) and are planned at or below their optimistic
 * estimate while their pessimistic one is longer than the plan; in the plan's outline order.
 */
export function tasksPlannedAtBestCase(plan: Plan, criticality: Readonly<Record<string, number>>): Task[] {
  return outlineRows(plan.tasks).filter(({ task, hasChildren }) => {
    const e = task.estimate;
    if (!e || hasChildren || task.kind === 'milestone' || task.percentComplete >= 100 || !(criticality[task.id] ?? 0)) return false;
    return task.durationMinutes <= e.optimisticMinutes && e.pessimisticMinutes > task.durationMinutes;
  }).map((row) => row.task);
}

/**
 * Where a task's planned duration lies against its three-point estimate: 'below' its optimistic
 * (the plan is shorter than the best case, so no run meets it), 'above' its pessimistic (the plan
 * is padded past the worst case), or null inside the range or without an estimate. Summaries and
 * milestones are not drawn, so they are never outside.
 */
export function plannedOutsideEstimate(task: Pick<Task, 'kind' | 'durationMinutes' | 'estimate'>): 'below' | 'above' | null {
  const e = task.estimate;
  if (!e || task.kind !== 'task') return null;
  if (task.durationMinutes < e.optimisticMinutes) return 'below';
  if (task.durationMinutes > e.pessimisticMinutes) return 'above';
  return null;
}
