/**
 * Flags a card shows: critical, late, blocked, milestone. Critical and late come from the
 * schedule when one is computed; without it a card is late when its finish has passed unfinished.
 */
import type { TaskId } from '../model/ids';
import type { Link, Plan, Task } from '../model/plan';
import type { LocalDate } from '../model/time';

export interface CardFlags {
  readonly isCritical: boolean;
  readonly isLate: boolean;
  readonly isBlocked: boolean;
  readonly isMilestone: boolean;
}

/** The parts of a schedule result the board reads (kept structural so the engine can evolve). */
export interface ScheduleFlags {
  readonly tasks: ReadonlyMap<TaskId, { readonly isCritical: boolean; readonly isLate: boolean; readonly finish: string }>;
}

/** Predecessor links of each task. */
export function predecessorsByTask(links: Plan['links']): Map<TaskId, Link[]> {
  const out = new Map<TaskId, Link[]>();
  for (const link of Object.values(links)) {
    const list = out.get(link.successorId);
    if (list) list.push(link);
    else out.set(link.successorId, [link]);
  }
  return out;
}

/**
 * A task is blocked when a predecessor holds it back: a finish-to-start or finish-to-finish
 * predecessor that is not finished, or a start-to-start / start-to-finish one that has not
 * started. A finished task is never blocked.
 */
export function isBlocked(task: Task, tasks: Plan['tasks'], predecessors: readonly Link[] | undefined): boolean {
  if (!predecessors || task.percentComplete >= 100) return false;
  return predecessors.some((link) => {
    const pred = tasks[link.predecessorId];
    if (!pred) return false;
    const needsFinish = link.type === 'FS' || link.type === 'FF';
    return needsFinish ? pred.percentComplete < 100 : pred.percentComplete === 0 && pred.actualStart === null;
  });
}

export function finishOf(task: Task, schedule: ScheduleFlags | null): string {
  return schedule?.tasks.get(task.id)?.finish ?? task.finish;
}

function isPastFinish(task: Task, today: LocalDate): boolean {
  return task.finish.slice(0, 10) < today || (task.deadline !== null && task.deadline.slice(0, 10) < today);
}

export function cardFlags(
  task: Task, plan: Pick<Plan, 'tasks'>, predecessors: readonly Link[] | undefined,
  schedule: ScheduleFlags | null, today: LocalDate,
): CardFlags {
  const scheduled = schedule?.tasks.get(task.id);
  const isDone = task.percentComplete >= 100;
  return {
    isCritical: scheduled?.isCritical ?? false,
    isLate: !isDone && (scheduled ? scheduled.isLate : isPastFinish(task, today)),
    isBlocked: isBlocked(task, plan.tasks, predecessors),
    isMilestone: task.kind === 'milestone',
  };
}
