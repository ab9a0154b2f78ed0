/**
 * "Show in Gantt" for a task named in the RAID log: selects it, opens its summaries so its row is
 * on screen, and switches to the Gantt, which scrolls its grid cursor to the selection.
 */
import { useCallback } from 'react';
import { ancestorIds, type TaskId } from '../../domain/model';
import { useSessionStore, useUiStore } from '../../store';

export function useShowTask(): (id: TaskId) => void {
  const session = useSessionStore();
  const ui = useUiStore();
  return useCallback((id: TaskId) => {
    const state = ui.getState();
    state.expandSummaries(ancestorIds(session.getState().plan?.tasks ?? {}, id));
    state.select([id]);
    state.setView('gantt');
  }, [session, ui]);
}
