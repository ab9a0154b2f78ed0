/**
 * What a drop on the board means: the target column and lane, where in the column the card
 * lands, and the position a screen reader announces ("position 2 of 5"). Shared by the pointer
 * and keyboard drags, so both place a card the same way.
 */
import type { ColumnId, TaskId } from '../model/ids';
import type { BoardLayout } from './board-layout';
import { cellIds } from './board-layout';
import { laneChange, type LaneChange, type LaneMode } from './lanes';
import type { CardPlacement } from './placement';

export interface CardSlot {
  readonly taskId: TaskId;
  readonly columnId: ColumnId;
  readonly laneKey: string;
}

/** Over another card (take its slot), or over the empty end of a cell (go last). */
export type DropTarget =
  | ({ readonly kind: 'card' } & CardSlot)
  | { readonly kind: 'end'; readonly columnId: ColumnId; readonly laneKey: string };

export interface ResolvedDrop {
  readonly columnId: ColumnId;
  readonly laneKey: string;
  readonly placement: CardPlacement;
  readonly lane: LaneChange | null;
  /** 1-based position in the target cell, and how many cards the cell will hold. */
  readonly position: number;
  readonly count: number;
  /** The card would land where it already is: nothing to dispatch. */
  readonly isNoop: boolean;
}

/**
 * Sortable semantics: dropping on a card below the source in the same cell puts the card after
 * it, anywhere else before it (the card takes the target's slot, as an array move does).
 */
export function resolveDrop(layout: BoardLayout, laneMode: LaneMode, source: CardSlot, target: DropTarget): ResolvedDrop {
  const ids = cellIds(layout, target.laneKey, target.columnId);
  const sameCell = source.columnId === target.columnId && source.laneKey === target.laneKey;
  const others = ids.filter((id) => id !== source.taskId);
  const count = others.length + 1;
  const lane = laneChange(laneMode, source.laneKey, target.laneKey);
  const sourceIndex = sameCell ? ids.indexOf(source.taskId) : -1;
  const base = { columnId: target.columnId, laneKey: target.laneKey, lane, count };
  if (target.kind === 'card') {
    const targetIndex = ids.indexOf(target.taskId);
    const after = sameCell && sourceIndex < targetIndex;
    return {
      ...base,
      placement: after ? { afterId: target.taskId } : { beforeId: target.taskId },
      position: targetIndex + 1,
      isNoop: target.taskId === source.taskId,
    };
  }
  const last = others[others.length - 1];
  return { ...base, placement: last ? { afterId: last } : { at: 'bottom' }, position: count, isNoop: sameCell && sourceIndex === count - 1 };
}

/** A card drawn in a cell: its index among the cell's cards and its bottom edge (px), the gap below it included. */
export interface DrawnSlot {
  readonly index: number;
  readonly bottomPx: number;
}

/**
 * The card slot under a point in a cell, from the cards drawn there, top to bottom: cards are as
 * tall as what they show, so the slot is found by their edges, not by a fixed pitch. `yPx` is on
 * the same axis as the bottoms; the gap below a card belongs to it. Below the last card: null, the
 * cell's end (also when nothing is drawn); below the last drawn card of a longer list, the next card.
 */
export function cardSlotAt(yPx: number, slots: readonly DrawnSlot[], count: number): number | null {
  if (count === 0) return null;
  const under = slots.find((slot) => yPx < slot.bottomPx);
  if (under) return under.index;
  const last = slots.at(-1);
  return last && last.index + 1 < count ? last.index + 1 : null;
}
