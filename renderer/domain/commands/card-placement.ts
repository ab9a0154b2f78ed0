/** Where a card goes in a column, shared by the board's moves and by status following progress (task-commands.ts). */
import { current, original } from 'immer';
import type { ColumnId, TaskId } from '../model/ids';
import type { Plan } from '../model/plan';
import { columnCards } from '../board/columns';
import { placementIndex, rankAt, type CardPlacement } from '../board/placement';
import type { PlanDraft } from './command';

/**
 * The plan as it stands, for a command that has written nothing to its draft yet: the draft's
 * base, free to read (current() would copy the whole task table first).
 */
export function unwritten(draft: PlanDraft): Plan {
  return original(draft) ?? current(draft);
}

/**
 * Gives the card its new rank in the column (renumbering the column only when ranks collide).
 * Reads the column from `plan`, a plain plan equal to the draft (original() or current()): walking
 * the draft would make an immer proxy of every task (~10 ms a drop at 2,000 cards) to write one.
 */
export function placeCard(draft: PlanDraft, plan: Plan, id: TaskId, columnId: ColumnId, placement: CardPlacement): void {
  const others = columnCards(plan, columnId).filter((t) => t.id !== id);
  const { rank, renumbered } = rankAt(others, placementIndex(others, placement), id);
  for (const [otherId, otherRank] of renumbered ?? []) {
    const other = draft.tasks[otherId];
    if (other && other.boardRank !== otherRank) other.boardRank = otherRank;
  }
  const task = draft.tasks[id];
  if (task && task.boardRank !== rank) task.boardRank = rank;
}
