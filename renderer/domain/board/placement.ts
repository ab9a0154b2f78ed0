/**
 * Where a dropped card goes in its column's fractional order. A drop writes the moving card only:
 * its new rank lies between its new neighbours in the whole column (lanes and filters show
 * subsets of a column, so "after A" means right after A among all of the column's cards).
 */
import type { TaskId } from '../model/ids';
import type { Task } from '../model/plan';
import { initialRanks, rankBetween } from '../model/rank';

/** Right after a card, right before a card, or at an end of the column. */
export type CardPlacement =
  | { readonly afterId: TaskId }
  | { readonly beforeId: TaskId }
  | { readonly at: 'top' | 'bottom' };

export interface PlacementResult {
  /** The moving card's new rank. */
  readonly rank: string;
  /**
   * Set only when neighbours share a rank (files from other tools, concurrent edits) so nothing fits
   * between them: new ranks for the whole column in order, the moving card included.
   */
  readonly renumbered?: ReadonlyMap<TaskId, string>;
}

/** Index in `others` (the column without the moving card) where the card is inserted. */
export function placementIndex(others: readonly Pick<Task, 'id'>[], placement: CardPlacement): number {
  if ('at' in placement) return placement.at === 'top' ? 0 : others.length;
  if ('afterId' in placement) {
    const i = others.findIndex((t) => t.id === placement.afterId);
    return i < 0 ? others.length : i + 1;
  }
  const i = others.findIndex((t) => t.id === placement.beforeId);
  return i < 0 ? others.length : i;
}

/**
 * The rank for a card inserted at `index` among `others` (sorted, without the moving card).
 * Falls back to renumbering the column only when the neighbours leave no room.
 */
export function rankAt(others: readonly Pick<Task, 'id' | 'boardRank'>[], index: number, movingId: TaskId): PlacementResult {
  const before = others[index - 1]?.boardRank ?? null;
  const after = others[index]?.boardRank ?? null;
  const hasRoom = after === null || (after !== '' && (before === null || before < after));
  if (hasRoom) return { rank: rankBetween(before, after) };
  const ids = others.map((t) => t.id);
  ids.splice(index, 0, movingId);
  const ranks = initialRanks(ids.length);
  const renumbered = new Map(ids.map((id, i) => [id, ranks[i] ?? rankBetween(null, null)]));
  return { rank: renumbered.get(movingId) ?? rankBetween(null, null), renumbered };
}
