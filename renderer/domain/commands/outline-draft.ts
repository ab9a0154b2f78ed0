/** Helpers for commands that restructure the outline inside an immer draft. */
import type { TaskId } from '../model/ids';
import { rankBetween } from '../model/rank';
import type { Task } from '../model/plan';
import type { PlanDraft } from './command';

type DraftTask = PlanDraft['tasks'][string];

type Sortable = { readonly id: string; readonly rank: string; readonly parentId: string | null };

/** Children of a parent (in a draft or a plan), by rank then id. */
export function draftChildren<T extends Sortable = DraftTask>(draft: { readonly tasks: Readonly<Record<string, T>> }, parentId: TaskId | null): T[] {
  return Object.values(draft.tasks)
    .filter((t) => t.parentId === parentId)
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
}

/** A rank placing a task right after `afterId` among the children of `parentId` (null = first). */
export function rankAfter(draft: PlanDraft, parentId: TaskId | null, afterId: TaskId | null): string {
  const siblings = draftChildren(draft, parentId).filter((t) => t.id !== afterId || afterId !== null);
  if (afterId === null) return rankBetween(null, siblings[0]?.rank ?? null);
  const index = siblings.findIndex((t) => t.id === afterId);
  const after = siblings[index];
  if (!after) return rankBetween(siblings[siblings.length - 1]?.rank ?? null, null);
  return rankBetween(after.rank, siblings[index + 1]?.rank ?? null);
}

/** A rank placing a task right before `beforeId` among the children of `parentId`. */
export function rankBefore(draft: PlanDraft, parentId: TaskId | null, beforeId: TaskId): string {
  const siblings = draftChildren(draft, parentId);
  const index = siblings.findIndex((t) => t.id === beforeId);
  return rankBetween(siblings[index - 1]?.rank ?? null, siblings[index]?.rank ?? null);
}

/** A rank after the last child of a parent. */
export function rankAtEnd(draft: PlanDraft, parentId: TaskId | null): string {
  const siblings = draftChildren(draft, parentId);
  return rankBetween(siblings[siblings.length - 1]?.rank ?? null, null);
}

export function isDescendant(draft: PlanDraft, id: TaskId, ancestorId: TaskId): boolean {
  const seen = new Set<string>();
  for (let p = draft.tasks[id]?.parentId ?? null; p !== null && !seen.has(p); p = draft.tasks[p]?.parentId ?? null) {
    if (p === ancestorId) return true;
    seen.add(p);
  }
  return false;
}

/**
 * Keeps `kind` consistent with the outline: a task with children is a summary; a summary that
 * lost its last child becomes a task again (with the rolled-up duration it showed).
 */
export function syncSummaryKinds(draft: PlanDraft, ids: Iterable<TaskId | null>): void {
  const parents = new Set<string>();
  for (const t of Object.values(draft.tasks)) if (t.parentId !== null) parents.add(t.parentId);
  for (const id of ids) {
    if (id === null) continue;
    const task = draft.tasks[id];
    if (!task) continue;
    if (parents.has(id)) task.kind = 'summary';
    else if (task.kind === 'summary') task.kind = task.durationMinutes === 0 ? 'milestone' : 'task';
  }
}

export function taskLabel(task: Pick<Task, 'name'> | undefined): string {
  return task ? `'${task.name}'` : 'the task';
}
