/** Board edits as commands: quick add, column edits and card moves all go through dispatch. */
import { useCallback, useMemo } from 'react';
import { joinLane, type LaneMode } from '../../domain/board';
import type { ArgsOf, CommandName } from '../../domain/commands';
import type { ColumnCategory, ColumnId, Problem } from '../../domain/model';
import type { ColumnActions } from './ColumnMenu';

type Dispatch = <N extends CommandName>(name: N, args: ArgsOf<N>) => Problem | null;

/** Where a quick add puts its card: a column, and the lane it was typed in (null from the column header). */
export interface QuickAddPlace {
  readonly columnId: ColumnId;
  readonly laneKey: string | null;
}

export function useBoardActions(dispatch: Dispatch, laneMode: LaneMode) {
  const columnActions = useMemo<ColumnActions>(() => ({
    update: (id, changes) => void dispatch('updateColumn', { id, changes }),
    move: (id, afterId) => void dispatch('moveColumn', { id, afterId }),
    remove: (id, moveCardsTo) => void dispatch('deleteColumn', { id, moveCardsTo }),
  }), [dispatch]);
  // Stable between edits, so the board's cells (memoised) do not re-render for it.
  const quickAdd = useCallback(({ columnId, laneKey }: QuickAddPlace, name: string): boolean => {
    const lane = laneKey === null ? null : joinLane(laneMode, laneKey);
    return dispatch('addCard', { name, columnId, ...(lane ? { lane } : {}) }) === null;
  }, [dispatch, laneMode]);
  const addColumn = (name: string, category: ColumnCategory): boolean => dispatch('addColumn', { name, category }) === null;
  return { columnActions, quickAdd, addColumn };
}
