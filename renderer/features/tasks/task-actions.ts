/**
 * Outline edits on the current selection, shared by the task table's keys, the toolbar and the
 * native Edit menu, so each path dispatches the very same commands.
 */
import { useCallback, useMemo } from 'react';
import { moveTaskByOne } from '../../domain/commands';
import { ancestorIds, childIndex, descendantIds, fullOutline, type TaskId } from '../../domain/model';
import { useSessionStore, useUiStore } from '../../store';

/**
 * The row insertBelow added, until the task table opens its name editor: a toolbar button or menu
 * item that adds a row would otherwise keep the focus, and a name typed next would press it again
 * (a row per Space, the name lost). One task table shows at a time, so one slot serves.
 */
let rowToName: TaskId | null = null;

/** True once for the row insertBelow just added, when `id` is it: the table then opens its name editor. */
export function takeRowToName(id: TaskId | undefined): boolean {
  if (id === undefined || id !== rowToName) return false;
  rowToName = null;
  return true;
}

export interface TaskActions {
  readonly insertBelow: (options?: { milestone?: boolean }) => TaskId | null;
  readonly deleteSelected: () => void;
  readonly indentSelected: () => void;
  readonly outdentSelected: () => void;
  readonly moveSelected: (direction: 'up' | 'down') => void;
}

export function useTaskActions(): TaskActions {
  const session = useSessionStore();
  const ui = useUiStore();

  const selected = useCallback((): TaskId[] => {
    const plan = session.getState().plan;
    if (!plan) return [];
    // Display order, so multi-row indent/outdent works top to bottom as on screen.
    const wanted = new Set(ui.getState().selectedTaskIds);
    return fullOutline(plan.tasks).filter((r) => wanted.has(r.task.id)).map((r) => r.task.id);
  }, [session, ui]);

  const insertBelow = useCallback((options: { milestone?: boolean } = {}): TaskId | null => {
    const plan = session.getState().plan;
    if (!plan) return null;
    const before = new Set(Object.keys(plan.tasks));
    const after = selected().at(-1) ?? null;
    const name = options.milestone ? 'New milestone' : 'New task';
    const problem = session.getState().dispatch('insertTask', {
      name, ...(after ? { afterId: after } : {}), ...(options.milestone ? { fields: { kind: 'milestone' } } : {}),
    });
    if (problem) return null;
    const created = Object.keys(session.getState().plan?.tasks ?? {}).find((id) => !before.has(id)) as TaskId | undefined;
    rowToName = created ?? null;
    if (created) ui.getState().select([created]);
    return created ?? null;
  }, [session, ui, selected]);

  const deleteSelected = useCallback(() => {
    const ids = selected();
    if (ids.length === 0) return;
    const tasks = session.getState().plan?.tasks ?? {};
    const rows = fullOutline(tasks);
    const index = rows.findIndex((r) => r.task.id === ids[0]);
    const children = childIndex(tasks);
    const subtasks = new Set(ids.flatMap((id) => descendantIds(children, id)).filter((id) => !ids.includes(id)));
    if (session.getState().dispatch('deleteTasks', { ids }) === null) {
      const remaining = fullOutline(session.getState().plan?.tasks ?? {});
      const next = remaining[Math.min(index, remaining.length - 1)];
      ui.getState().select(next ? [next.task.id] : []);
      // A summary goes with its subtasks, rows the person may not have seen (collapsed): say so, and how to get them back.
      if (subtasks.size > 0) {
        const what = ids.length === 1 ? `“${tasks[ids[0] ?? '']?.name ?? ''}”` : `${String(ids.length)} tasks`;
        ui.getState().notify({ tone: 'info', message: `Deleted ${what} and ${subtasks.size === 1 ? 'its subtask' : `${ids.length === 1 ? 'its' : 'their'} ${String(subtasks.size)} subtasks`}. Undo (Ctrl+Z) brings them back.` });
      }
    }
  }, [session, ui, selected]);

  const indentSelected = useCallback(() => {
    const ids = selected();
    if (ids.length === 0 || session.getState().dispatch('indentTasks', { ids }) !== null) return;
    // Indented under a collapsed summary, the rows would vanish with the cursor on them (it fell
    // back to the first row): the summary opens instead, so the rows stay where the person looks.
    const tasks = session.getState().plan?.tasks ?? {};
    ui.getState().expandSummaries(ids.flatMap((id) => ancestorIds(tasks, id)));
  }, [session, ui, selected]);

  const outdentSelected = useCallback(() => {
    const ids = selected();
    if (ids.length) session.getState().dispatch('outdentTasks', { ids });
  }, [session, selected]);

  const moveSelected = useCallback((direction: 'up' | 'down') => {
    const plan = session.getState().plan;
    const id = selected()[0];
    if (!plan || !id) return;
    const target = moveTaskByOne(plan, id, direction);
    if ('message' in target) session.setState({ lastProblem: target });
    else session.getState().dispatch('moveTask', target);
  }, [session, selected]);

  return useMemo(() => ({ insertBelow, deleteSelected, indentSelected, outdentSelected, moveSelected }),
    [insertBelow, deleteSelected, indentSelected, outdentSelected, moveSelected]);
}
