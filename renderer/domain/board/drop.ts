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

/**
 * The card slot under a point in a cell whose cards all have the same pitch (height plus gap):
 * `offsetPx` is measured from the top of the cell's first card, scrolled content included. The gap
 * below a card belongs to it. Null below the last card: the cell's end.
 */
export function cardSlotAt(offsetPx: number, pitchPx: number, count: number): number | null {
  if (count === 0) return null;
  const index = Math.floor(Math.max(0, offsetPx) / pitchPx);
  return index < count ? index : null;
}
