/** Where a card goes in a column, shared by the board's moves and by status following progress (task-commands.ts). */
import { current, original } from 'immer';
import type { ColumnId, TaskId } from '../model/ids';
import { fullOutline, outlineIndexOf } from '../model/outline';
import type { Plan, Task } from '../model/plan';
import { rankBetween } from '../model/rank';
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
  const others = cardsOf(plan, columnId).filter((t) => t.id !== id);
  const { rank, renumbered } = rankAt(others, placementIndex(others, placement), id);
  for (const [otherId, otherRank] of renumbered ?? []) {
    const other = draft.tasks[otherId];
    if (other && other.boardRank !== otherRank) other.boardRank = otherRank;
  }
  const task = draft.tasks[id];
  if (task && task.boardRank !== rank) task.boardRank = rank;
}

const columnsOfPlans = new WeakMap<Plan, Map<ColumnId, readonly Task[]>>();

/**
 * A column's cards of a plan that no longer changes (a command's base plan), sorted once: a paste
 * that adds 500 rows places 500 cards in the same column of the same plan.
 */
function cardsOf(plan: Plan, columnId: ColumnId): readonly Task[] {
  let columns = columnsOfPlans.get(plan);
  if (!columns) columnsOfPlans.set(plan, (columns = new Map<ColumnId, readonly Task[]>()));
  let cards = columns.get(columnId);
  if (!cards) columns.set(columnId, (cards = columnCards(plan, columnId)));
  return cards;
}

/** A rank after the last card of a column of `plan`: where a task added at the end of the plan goes. */
export function rankAtColumnEnd(plan: Plan, columnId: ColumnId): string {
  return rankBetween(cardsOf(plan, columnId).at(-1)?.boardRank ?? null, null);
}

/**
 * Where a task added to the plan shows on the board. Added at the end of the outline (typing a plan
 * row by row), its card goes after the column's last card, so Backlog reads in the order typed.
 * Inserted among the rows (`outlineSlot`, the index its row takes in the full outline), it goes
 * right after the card of the nearest task above it in the column, or at the top when none is: a
 * column that follows the plan keeps following it. null = at the end (also when the row it was
 * placed by was itself added in the same edit and is not in `plan` yet).
 */
export function newCardPlacement(plan: Plan, columnId: ColumnId, outlineSlot: number | null): CardPlacement {
  const rows = fullOutline(plan.tasks);
  if (outlineSlot === null || outlineSlot >= rows.length) return { at: 'bottom' };
  const inColumn = new Set<string>(cardsOf(plan, columnId).map((t) => t.id));
  for (let i = outlineSlot - 1; i >= 0; i--) {
    const above = rows[i]?.task.id;
    if (above !== undefined && inColumn.has(above)) return { afterId: above };
  }
  return { at: 'top' };
}

/**
 * The index a new row takes in `plan`'s full outline: above `beforeId`, or after the whole subtree
 * of `afterId` (its next sibling) or of `parentId` (its last child). null = at the very end, or a
 * row not in `plan`.
 */
export function outlineSlotOf(plan: Plan, at: { readonly beforeId?: TaskId; readonly afterId?: TaskId; readonly parentId: TaskId | null }): number | null {
  const rows = fullOutline(plan.tasks);
  const index = outlineIndexOf(rows);
  if (at.beforeId !== undefined) return index.get(at.beforeId) ?? null;
  const anchor = at.afterId ?? at.parentId;
  if (anchor === null) return null;
  const i = index.get(anchor);
  const depth = i === undefined ? undefined : rows[i]?.depth;
  if (i === undefined || depth === undefined) return null;
  let end = i + 1;
  while (end < rows.length && (rows[end]?.depth ?? 0) > depth) end++;
  return end;
}
