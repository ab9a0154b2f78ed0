/** What a screen reader hears while a card moves: the task, the column (and lane) and the position. */
import type { ResolvedDrop } from '../../domain/board';

export interface SpokenPlace {
  readonly columnName: string;
  /** Null without swimlanes. */
  readonly laneLabel: string | null;
  readonly drop: Pick<ResolvedDrop, 'position' | 'count'>;
}

function where(place: SpokenPlace): string {
  const lane = place.laneLabel === null ? '' : ` in lane '${place.laneLabel}'`;
  return `'${place.columnName}'${lane}, position ${String(place.drop.position)} of ${String(place.drop.count)}`;
}

export const spoken = {
  pickedUp: (task: string, place: SpokenPlace) => `Picked up '${task}'. Over ${where(place)}.`,
  over: (task: string, place: SpokenPlace) => `'${task}' is over ${where(place)}.`,
  dropped: (task: string, place: SpokenPlace) => `Dropped '${task}' in ${where(place)}.`,
  cancelled: (task: string) => `Cancelled. '${task}' is back where it was.`,
  columnPickedUp: (column: string) => `Picked up column '${column}'.`,
  columnOver: (column: string, over: string) => `Column '${column}' is over '${over}'.`,
  columnDropped: (column: string) => `Dropped column '${column}'.`,
  instructions:
    'Press space or enter to pick up the card. Use the arrow keys to move it between columns and positions, ' +
    'space or enter to drop it, escape to cancel. Press E to open the task.',
};
