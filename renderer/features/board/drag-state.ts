/**
 * Which card is being dragged, and where a pointer drag would drop it, outside React state: the
 * board does not re-render on pick-up, move or drop, only the dragged card (its look), the list
 * holding it (which keeps it mounted) and the cards or cell ends whose drop-target mark changes.
 *
 * A useSyncExternalStore update renders synchronously, so the dragged look lands in the same task
 * as the input that started the drag. dnd-kit's own `isDragSource` reaches React at the input's
 * priority instead (a later task for a pointermove), a frame behind the lifted card.
 */
import { useSyncExternalStore } from 'react';
import type { TaskId } from '../../domain/model';

export interface DraggedCard {
  readonly taskId: TaskId;
  /** cellKey(lane, column) of the list the card was picked up from. */
  readonly cell: string;
}

/** Where a pointer drag would drop: on a card (taking its slot) or at the end of a cell. */
export interface PointerDropTarget {
  /** cellKey(lane, column). */
  readonly cell: string;
  /** Null: the end of the cell. */
  readonly taskId: TaskId | null;
}

let dragged: DraggedCard | null = null;
let dropTarget: PointerDropTarget | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function setDraggedCard(card: DraggedCard | null): void {
  if (card?.taskId === dragged?.taskId && card?.cell === dragged?.cell) return;
  dragged = card;
  notify();
}

/** Set on every pointer move over a cell; notifies only when the target changes. */
export function setPointerDropTarget(target: PointerDropTarget | null): void {
  if (target?.cell === dropTarget?.cell && target?.taskId === dropTarget?.taskId) return;
  dropTarget = target;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Each subscriber selects a primitive, so only the card and list whose answer changed re-render. */
export function useIsDragged(taskId: TaskId): boolean {
  return useSyncExternalStore(subscribe, () => dragged?.taskId === taskId, () => false);
}

/** The dragged card's id when it comes from this cell, else null. */
export function useDraggedIn(cell: string): TaskId | null {
  return useSyncExternalStore(subscribe, () => (dragged?.cell === cell ? dragged.taskId : null), () => null);
}

/** Whether a pointer drag is over this card. */
export function useIsPointerDropTarget(taskId: TaskId): boolean {
  return useSyncExternalStore(subscribe, () => dropTarget?.taskId === taskId, () => false);
}

/** Whether a pointer drag is over the end of this cell (below its last card, or an empty cell). */
export function useIsPointerDropEnd(cell: string): boolean {
  return useSyncExternalStore(subscribe, () => dropTarget?.cell === cell && dropTarget.taskId === null, () => false);
}
