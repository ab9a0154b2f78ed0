/** The data each draggable/droppable carries, so drag handlers know what moved where. */
import type { ColumnId, TaskId } from '../../domain/model';

export type DragData =
  | { readonly kind: 'card'; readonly taskId: TaskId; readonly columnId: ColumnId; readonly laneKey: string }
  | { readonly kind: 'end'; readonly columnId: ColumnId; readonly laneKey: string }
  | { readonly kind: 'column'; readonly columnId: ColumnId };

/** dnd-kit types entity data as a loose record; this checks it is one of ours. */
export function asDragData(data: unknown): DragData | null {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return null;
  const kind = (data).kind;
  return kind === 'card' || kind === 'end' || kind === 'column' ? (data as DragData) : null;
}

/** DOM id of a card, for returning focus to it after a drop re-renders it elsewhere. */
export function cardDomId(taskId: TaskId): string {
  return `board-card-${taskId}`;
}
