/** Board edits as commands: quick add, column edits and card moves all go through dispatch. */
import { useMemo } from 'react';
import { columnCards, progressAfterMove, progressDate, rankAt } from '../../domain/board';
import type { ArgsOf, CommandName } from '../../domain/commands';
import type { ColumnCategory, ColumnId, Plan, Problem, TaskId } from '../../domain/model';
import type { ColumnActions } from './ColumnMenu';

type Dispatch = <N extends CommandName>(name: N, args: ArgsOf<N>) => Problem | null;

/** Fields for a card quick-added at the top of a column, with progress matching the column. */
export function quickAddFields(plan: Plan, columnId: ColumnId, nowIso: string) {
  const column = plan.columns[columnId];
  const boardRank = rankAt(columnCards(plan, columnId), 0, '' as TaskId).rank;
  const progress = progressAfterMove(
    { percentComplete: 0, actualStart: null, actualFinish: null },
    { from: 'not-started', to: column?.category ?? 'not-started', date: progressDate(plan.project, nowIso), project: plan.project },
  );
  const { reopenPercentComplete: _memo, ...fields } = progress;
  return { statusId: columnId, boardRank, ...fields };
}

export function useBoardActions(plan: Plan, dispatch: Dispatch, now: () => string) {
  const columnActions = useMemo<ColumnActions>(() => ({
    update: (id, changes) => void dispatch('updateColumn', { id, changes }),
    move: (id, afterId) => void dispatch('moveColumn', { id, afterId }),
    remove: (id, moveCardsTo) => void dispatch('deleteColumn', { id, moveCardsTo }),
  }), [dispatch]);
  const quickAdd = (columnId: ColumnId, name: string): boolean =>
    dispatch('insertTask', { name, fields: quickAddFields(plan, columnId, now()) }) === null;
  const addColumn = (name: string, category: ColumnCategory): boolean => dispatch('addColumn', { name, category }) === null;
  return { columnActions, quickAdd, addColumn };
}
