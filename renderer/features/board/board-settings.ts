/**
 * Board view settings (swimlanes, filter). View state, not plan data: switching to the Gantt and
 * back keeps the board as the user left it; the swimlanes are also a workspace preference that
 * outlives a restart (app/preferences.ts). Never saved in the plan.
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

export function getBoardSettings(): BoardSettings {
  return settings;
}

export function subscribeBoardSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useBoardSettings(): BoardSettings {
  return useSyncExternalStore(subscribeBoardSettings, getBoardSettings);
}
