/**
 * Storage as the session needs it; the app wires the Dexie repository (renderer/db) in. Declared
 * here so the store does not depend on the database layer, only on this shape.
 */
import type { TouchedKey } from '../domain/commands';
import type { IdFactory, Plan, ProjectId } from '../domain/model';
import type { PlanEdit } from '../domain/schedule';

/** An opaque token for the stored state of a project; every write leaves a new one. */
export type StoredRevision = string;

/** Stored data set aside when a project was read: a whole unreadable row (id null) or one entity. */
export interface DroppedItem {
  readonly collection: string;
  readonly bucket: number;
  readonly id: string | null;
  readonly problem: string;
}

/** What is wrong with a stored project; the project list shows it beside the name. */
export interface StoredTrouble {
  readonly kind: 'unopenable' | 'damaged';
  readonly message: string;
  readonly where?: string;
}

export type PlanOpenOutcome =
  | { readonly kind: 'opened'; readonly stored: { readonly plan: Plan; readonly revision: StoredRevision; readonly dropped: readonly DroppedItem[] } }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly message: string; readonly where?: string };

/** `ok: false`: another window wrote first (revision: what storage holds now; null once the project is gone). */
export type PlanWriteOutcome = { readonly ok: true; readonly revision: StoredRevision } | { readonly ok: false; readonly revision: StoredRevision | null };

export interface PlanPersistence {
  openPlan(projectId: ProjectId): Promise<PlanOpenOutcome>;
  /**
   * Writes a whole plan as a project not stored before, sent whole (and committed) before this
   * returns; resolves to the revision it leaves. Throws when storage fails.
   */
  addPlan(plan: Plan): Promise<StoredRevision>;
  /** The revision addPlan leaves, so edits made while it is written can be based on it. */
  addedRevision(): StoredRevision;
  /**
   * Refuses (ok: false) unless storage is still at `basedOn`; throws when storage itself fails.
   * `confirmed`: `basedOn` is known to be stored (read, or left by a write that landed), so the
   * write can be sent whole, and committed, before this returns (db/revision-claims.ts).
   */
  applyChanges(plan: Plan, touched: readonly TouchedKey[], basedOn: StoredRevision, confirmed: boolean): Promise<PlanWriteOutcome>;
  /** The revision a successful write based on `revision` leaves, so edits can be pipelined. */
  followingRevision(revision: StoredRevision): StoredRevision;
  /** Calls back whenever the stored revision changes, in any window; returns the unsubscribe. */
  watchRevision(projectId: ProjectId, onChange: (revision: StoredRevision | null) => void): () => void;
  setTrouble(projectId: ProjectId, trouble: StoredTrouble | null): Promise<void>;
  discardDamaged(plan: Plan, basedOn: StoredRevision): Promise<PlanWriteOutcome>;
}

/**
 * Where a project given to addProject comes from, which decides when it is written. 'made-here'
 * (the default: New project, a template, a duplicate) exists nowhere else, so its write is sent
 * before it is shown, as an edit's is, not a frame later when a reload or crash may already have
 * come. 'file' (a plan read from a file or a snapshot) is still on disk, so its write may wait for
 * the first paint (SessionDeps.afterPaint) and its rows show before that work.
 */
export interface AddOptions {
  readonly source?: 'made-here' | 'file';
}

/** Something the person must be told about their data. */
export interface SessionNotice {
  readonly tone: 'info' | 'error';
  readonly message: string;
  /** Runs the edit again on the plan now shown (a write that failed and was rolled back). */
  readonly retry?: () => void;
  /** 'project-gone': the open project was deleted elsewhere; the app opens another. */
  readonly kind?: 'project-gone';
}

/** What the editing session is given: storage, ids and clock, the scheduler, and its listeners. */
export interface SessionDeps<Schedule> {
  readonly persistence: PlanPersistence;
  readonly newId: IdFactory;
  readonly now: () => string;
  /**
   * Computes dates from the plan after every change. May throw on a plan it cannot schedule.
   * `edit` says which tasks and links an edit touched (from its patches), when known.
   */
  readonly schedule: (plan: Plan, edit?: PlanEdit | null) => Schedule;
  /** Tells the person something happened to their data: a failed or refused write, another window's change. */
  readonly notify: (notice: SessionNotice) => void;
  /**
   * Hears that a project was left for another with all its writes done: the plan and schedule
   * as stored at `revision` (the portfolio keeps its digest, so it need not read and schedule it).
   */
  readonly left?: (plan: Plan, schedule: Schedule, revision: string) => void;
  /**
   * Resolves once what was just shown has been painted (boot: after the next animation frame, or
   * a short timer when the window is hidden and frames do not come). Only a project added from a
   * file or a snapshot (`source: 'file'`) waits for it: shown first, written after this, so a big
   * plan's rows are on screen before the write's JSON and IndexedDB work runs on the main thread.
   * The file is still on disk if the window goes in that frame; a project made in the app is not
   * anywhere else, so its write never waits for this. Absent (tests): at once.
   */
  readonly afterPaint?: () => Promise<void>;
  /**
   * Reads what a project's views need before they draw (the Gantt's remembered zoom), alongside
   * its plan when it is opened, so they draw in their first render instead of after one more
   * database round trip. Never rejects.
   */
  readonly readAlongside?: (projectId: ProjectId) => Promise<unknown>;
}
