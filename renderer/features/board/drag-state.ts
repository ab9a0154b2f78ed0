/**
 * Which card is being dragged, outside React state: the board does not re-render on pick-up or
 * drop, only the dragged card (its look) and the list holding it (which keeps it mounted).
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

let dragged: DraggedCard | null = null;
const listeners = new Set<() => void>();

export function setDraggedCard(card: DraggedCard | null): void {
  if (card?.taskId === dragged?.taskId && card?.cell === dragged?.cell) return;
  dragged = card;
  for (const listener of listeners) listener();
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
