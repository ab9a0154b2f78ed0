/**
 * The undo/redo timelines. Each project has its own: Ctrl+Z in one project never changes another
 * (one shared timeline once undid a baseline saved in another project and switched to it).
 * Workspace edits that remove a project from the list (delete) go on a workspace timeline: Edit →
 * Undo reaches them when they are newer than the open project's last edit (so Ctrl+Z right after
 * deleting a project brings it back), or while no project is open; the deletion notice's Undo too.
 * A project's creation (new, import, duplicate, restore) is the first entry of its own timeline:
 * undoing it removes that project and shows the one open before.
 */
import type { Patch } from 'immer';
import type { ProjectId } from '../domain/model';
import type { EntityState } from './entity-states';

export const HISTORY_LIMIT = 200;

export type HistoryEntry =
  | {
      readonly kind: 'plan';
      readonly projectId: ProjectId;
      readonly label: string;
      readonly patches: readonly Patch[];
      readonly inverse: readonly Patch[];
      /** The touched entities before and after the edit: undo/redo only replay onto what they left. */
      readonly before: readonly EntityState[];
      readonly after: readonly EntityState[];
    }
  | {
      readonly kind: 'workspace';
      readonly label: string;
      /** The project this entry created, when it belongs on that project's own timeline. */
      readonly projectId?: ProjectId;
      readonly undo: () => Promise<void>;
      readonly redo: () => Promise<void>;
    };

export type PlanEntry = Extract<HistoryEntry, { kind: 'plan' }>;

export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export const emptyHistory: History = { undo: [], redo: [] };

/** Every timeline: one per project, plus the workspace's. */
export interface Histories {
  readonly byProject: Readonly<Record<ProjectId, History>>;
  readonly workspace: History;
}

export const emptyHistories: Histories = { byProject: {}, workspace: emptyHistory };

/**
 * When each entry last went onto a stack, to interleave the workspace timeline with a project's.
 * Entries are compared by identity, so a WeakMap keeps this off the entries themselves.
 */
const stamps = new WeakMap<HistoryEntry, number>();
let lastStamp = 0;
function stamp(entry: HistoryEntry): void {
  stamps.set(entry, ++lastStamp);
}

/** A new edit clears the redo stack; the oldest entries fall off past the limit. */
export function pushEntry(history: History, entry: HistoryEntry): History {
  stamp(entry);
  const undo = [...history.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}

/** Which timeline an entry belongs on. */
export function timelineOf(entry: HistoryEntry): ProjectId | null {
  return entry.projectId ?? null;
}

/** One timeline: a project's, or the workspace's (null). */
export function activeHistory(histories: Histories, timeline: ProjectId | null): History {
  return timeline === null ? histories.workspace : histories.byProject[timeline] ?? emptyHistory;
}

function byStamp(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  return [...a, ...b].sort((x, y) => (stamps.get(x) ?? 0) - (stamps.get(y) ?? 0));
}

/**
 * What Edit → Undo and Redo see with `projectId` open: its own timeline interleaved with the
 * workspace's, newest last. Never another project's edits.
 */
export function visibleHistory(histories: Histories, projectId: ProjectId | null): History {
  const own = activeHistory(histories, projectId);
  const { workspace } = histories;
  if (projectId === null || (workspace.undo.length === 0 && workspace.redo.length === 0)) return own;
  return { undo: byStamp(own.undo, workspace.undo), redo: byStamp(own.redo, workspace.redo) };
}

/** The histories with one timeline replaced. */
export function withTimeline(histories: Histories, timeline: ProjectId | null, history: History): Histories {
  return timeline === null ? { ...histories, workspace: history } : { ...histories, byProject: { ...histories.byProject, [timeline]: history } };
}

/** Records an entry on its own timeline. */
export function recordEntry(histories: Histories, entry: HistoryEntry): Histories {
  const timeline = timelineOf(entry);
  return withTimeline(histories, timeline, pushEntry(activeHistory(histories, timeline), entry));
}

/** Removes one entry wherever it is (an edit that was never saved leaves no way to undo it). */
export function forgetEntry(histories: Histories, entry: HistoryEntry): Histories {
  const timeline = timelineOf(entry);
  const history = activeHistory(histories, timeline);
  return withTimeline(histories, timeline, { undo: history.undo.filter((e) => e !== entry), redo: history.redo.filter((e) => e !== entry) });
}

/** Moves the newest entry of one stack of a timeline onto the other (undo: undo -> redo). */
export function moveTop(histories: Histories, timeline: ProjectId | null, direction: 'undo' | 'redo'): { histories: Histories; entry: HistoryEntry | null } {
  const history = activeHistory(histories, timeline);
  const from = direction === 'undo' ? history.undo : history.redo;
  const entry = from.at(-1);
  if (!entry) return { histories, entry: null };
  stamp(entry);
  const rest = from.slice(0, -1);
  const moved = direction === 'undo' ? { undo: rest, redo: [...history.redo, entry] } : { undo: [...history.undo, entry], redo: rest };
  return { histories: withTimeline(histories, timeline, moved), entry };
}
