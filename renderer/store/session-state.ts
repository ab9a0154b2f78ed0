/**
 * What the editing session holds and offers (plan-store.ts makes it): the open project, its plan
 * and schedule, the undo timelines, and the calls the views make.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ArgsOf, CommandName } from '../domain/commands';
import type { ChangeRequestId, Plan, Problem, ProjectId } from '../domain/model';
import type { Histories, History, HistoryEntry } from './history';
import type { AddOptions, DroppedItem, StoredTrouble } from './persistence';
import type { OpenProposal } from './proposal-sandbox';

/** A project added by addProject: shown at once, or not at all when it cannot be scheduled. */
export type AddOutcome =
  | { readonly ok: false; readonly problem: Problem }
  /** `stored` resolves to null once storage holds the project, or to why it refused (the project was then taken off screen). */
  | { readonly ok: true; readonly stored: Promise<Problem | null> };

/** A project that could not be opened, shown in place of a view with what is wrong and where. */
export interface OpenTrouble extends StoredTrouble {
  readonly projectId: ProjectId;
}

export interface SessionState<Schedule> {
  readonly projectId: ProjectId | null;
  /** What the views show: the live plan, or while a proposal is open the live plan with its edits (proposal-sandbox.ts). */
  readonly plan: Plan | null;
  readonly schedule: Schedule | null;
  /** The plan as stored and its schedule: what saving, snapshots and impact measure against. */
  readonly livePlan: Plan | null;
  readonly liveSchedule: Schedule | null;
  /** The change request whose proposed edits the views are editing, or null. */
  readonly proposal: OpenProposal | null;
  /** Shows the request's proposal in every view; edits then go into it. The refusal, or null. */
  readonly openProposal: (changeId: ChangeRequestId) => Problem | null;
  /** Back to the live plan (the proposal's edits stay recorded on the request). */
  readonly closeProposal: () => void;
  /** Every timeline; `history` is the one Edit → Undo acts on now (the open project's). */
  readonly histories: Histories;
  readonly history: History;
  /** Bumped by every change; compared with savedRevision for the "unsaved changes" dot. */
  readonly revision: number;
  /** Revision last exported to a .plotline file. */
  readonly savedRevision: number;
  readonly pendingWrites: number;
  readonly lastProblem: Problem | null;
  /** Stored data set aside when the open project was read (damaged rows, entities failing the model checks). */
  readonly dropped: readonly DroppedItem[];
  /** The project the person tried to open that could not be shown. */
  readonly trouble: OpenTrouble | null;
  /** Opens a project; false when it is missing or cannot be shown (then `trouble` says why). */
  readonly openProject: (projectId: ProjectId | null) => Promise<boolean>;
  /** Stops following the open project's stored changes (this window is about to delete it). */
  readonly releaseProject: () => void;
  /**
   * Opens a plan as a new project, shown at once; its write is sent before it is shown, or for a
   * plan from a file (`source: 'file'`) behind its first paint (AddOptions says why). Counted in
   * pendingWrites until it lands, so the top bar says "Saving…" and quitting waits. Edits made
   * before the write lands are written after it. When storage refuses, nothing of the project
   * stays: it leaves the screen and the project shown before comes back.
   */
  readonly addProject: (plan: Plan, options?: AddOptions) => AddOutcome;
  /** Runs a command; returns the refusal, or null when it applied (or changed nothing). */
  readonly dispatch: <N extends CommandName>(name: N, args: ArgsOf<N>) => Problem | null;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly pushWorkspaceEntry: (entry: Extract<HistoryEntry, { kind: 'workspace' }>) => void;
  /** Undoes this workspace entry even if others came after it (a notice's Undo); nothing if already undone. */
  readonly undoEntry: (entry: Extract<HistoryEntry, { kind: 'workspace' }>) => Promise<void>;
  /** Rewrites the damaged stored rows of the open project without what was set aside. */
  readonly discardDropped: () => Promise<void>;
  readonly markSaved: () => void;
  readonly clearProblem: () => void;
}

export type SessionStore<Schedule> = StoreApi<SessionState<Schedule>>;
