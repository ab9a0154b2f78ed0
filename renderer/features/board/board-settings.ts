/**
 * Board view settings (swimlanes, filter). View state, not plan data: kept for the session so
 * switching to the Gantt and back keeps the board as the user left it, never saved in the plan.
 */
import { useSyncExternalStore } from 'react';
import { NO_FILTER, type BoardFilter, type LaneMode } from '../../domain/board';

export interface BoardSettings {
  readonly laneMode: LaneMode;
  readonly filter: BoardFilter;
}

let settings: BoardSettings = { laneMode: 'none', filter: NO_FILTER };
const listeners = new Set<() => void>();

export function setBoardSettings(change: Partial<BoardSettings>): void {
  settings = { ...settings, ...change };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBoardSettings(): BoardSettings {
  return useSyncExternalStore(subscribe, () => settings);
}
