/**
 * The rows last copied or cut in the task table or the Gantt's grid: a fragment of plan data (ids,
 * links, people) and the text the system clipboard got. Kept in the window's local storage as well
 * as in memory, so a reload, or another window of the app, pastes them as rows. Kept in memory
 * alone, a cut row pasted after a reload came back as clipboard text only, which pastes as
 * spreadsheet cells over the rows at the cursor: the task there took the cut row's name and the
 * cut row's links were gone (found by a helper).
 */
import type { PlanFragment } from '../../domain/commands';

export interface CopiedRows {
  readonly fragment: PlanFragment;
  /** The text form on the system clipboard: a paste of exactly this text is these rows. */
  readonly text: string;
}

const STORAGE_KEY = 'plotline.copiedRows.v1';

let inMemory: CopiedRows | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage turned off for the page: memory alone, as before.
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape pasteRows reads; the command checks the values themselves as it adds the tasks. */
function isCopiedRows(value: unknown): value is CopiedRows {
  if (!isRecord(value) || typeof value['text'] !== 'string' || !isRecord(value['fragment'])) return false;
  const { tasks, links, assignments, outsideLinks } = value['fragment'];
  return Array.isArray(tasks) && tasks.length > 0 && tasks.every((t) => isRecord(t) && isRecord(t['fields']) && typeof t['fields']['name'] === 'string')
    && Array.isArray(links) && Array.isArray(assignments) && (outsideLinks === undefined || Array.isArray(outsideLinks));
}

export function keepCopiedRows(rows: CopiedRows): void {
  inMemory = rows;
  const stored = storage();
  try {
    stored?.setItem(STORAGE_KEY, JSON.stringify(rows));
  } catch {
    // Full or refused: this window has them in memory, and an older copy left in storage must
    // not be pasted instead of them (copiedRows reads storage first).
    try {
      stored?.removeItem(STORAGE_KEY);
    } catch {
      // Storage refuses everything: memory alone, as before.
    }
  }
}

/** The rows last copied in this window or another, or null. The newest copy wins: storage is read first. */
export function copiedRows(): CopiedRows | null {
  let text: string | null = null;
  try {
    text = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text !== null) {
    try {
      const stored: unknown = JSON.parse(text);
      if (isCopiedRows(stored)) return stored;
    } catch {
      // Damaged: what this window copied, if anything.
    }
  }
  return inMemory;
}
