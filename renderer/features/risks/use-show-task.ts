/**
 * "Show in Gantt" for a task named in the RAID log: selects it, opens its summaries so its row is
 * on screen, and switches to the Gantt, which scrolls its grid cursor to the selection.
 */
import { useCallback } from 'react';
import type { TaskId } from '../../domain/model';
import { useSessionStore, useUiStore } from '../../store';

export function useShowTask(): (id: TaskId) => void {
  const session = useSessionStore();
  const ui = useUiStore();
  return useCallback((id: TaskId) => {
    const tasks = session.getState().plan?.tasks ?? {};
    const state = ui.getState();
    const collapsed = new Set(state.collapsed);
    for (let parent = tasks[id]?.parentId ?? null, steps = 0; parent !== null && steps < 1000; parent = tasks[parent]?.parentId ?? null, steps++) {
      collapsed.delete(parent);
    }
    if (collapsed.size !== state.collapsed.size) state.setCollapsed(collapsed);
    state.select([id]);
    state.setView('gantt');
  }, [session, ui]);
}
