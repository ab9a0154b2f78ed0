/**
 * The data each draggable/droppable carries, so drag handlers know what moved where, and which
 * drags each droppable takes.
 */
import type { Draggable } from '@dnd-kit/abstract';
import { isKeyboardEvent } from '@dnd-kit/dom/utilities';
import type { ColumnId, TaskId } from '../../domain/model';

export type DragData =
  | { readonly kind: 'card'; readonly taskId: TaskId; readonly columnId: ColumnId; readonly laneKey: string }
  | { readonly kind: 'end'; readonly columnId: ColumnId; readonly laneKey: string }
  /** A whole cell, for pointer drags: the card under the pointer is worked out from its offset. */
  | { readonly kind: 'cell'; readonly columnId: ColumnId; readonly laneKey: string }
  | { readonly kind: 'column'; readonly columnId: ColumnId };

/** dnd-kit types entity data as a loose record; this checks it is one of ours. */
export function asDragData(data: unknown): DragData | null {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return null;
  const kind = (data).kind;
  return kind === 'card' || kind === 'end' || kind === 'cell' || kind === 'column' ? (data as DragData) : null;
}

function isKeyboardDrag(source: Draggable): boolean {
  return isKeyboardEvent(source.manager?.dragOperation.activatorEvent);
}

/**
 * Cards and cell ends are drop targets for keyboard drags only: SortableKeyboardPlugin steps
 * between them with the arrow keys. A pointer drag targets whole cells instead (acceptsPointerCard),
 * because dnd-kit measures and observes every droppable that accepts a drag when it starts: one
 * per mounted card made a pick-up at 2,000 cards twice as slow.
 */
export function acceptsKeyboardCard(source: Draggable): boolean {
  return source.type === 'card' && isKeyboardDrag(source);
}

export function acceptsPointerCard(source: Draggable): boolean {
  return source.type === 'card' && !isKeyboardDrag(source);
}

/** DOM id of a card, for returning focus to it after a drop re-renders it elsewhere. */
export function cardDomId(taskId: TaskId): string {
  return `board-card-${taskId}`;
}
