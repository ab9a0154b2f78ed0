/** The undo/redo timeline: plan edits (patches) and workspace edits (project create/delete). */
import type { Patch } from 'immer';
import type { ProjectId } from '../domain/model';

export const HISTORY_LIMIT = 200;

export type HistoryEntry =
  | {
      readonly kind: 'plan';
      readonly projectId: ProjectId;
      readonly label: string;
      readonly patches: readonly Patch[];
      readonly inverse: readonly Patch[];
    }
  | {
      readonly kind: 'workspace';
      readonly label: string;
      readonly undo: () => Promise<void>;
      readonly redo: () => Promise<void>;
    };

export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export const emptyHistory: History = { undo: [], redo: [] };

/** A new edit clears the redo stack; the oldest entries fall off past the limit. */
export function pushEntry(history: History, entry: HistoryEntry): History {
  const undo = [...history.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}
