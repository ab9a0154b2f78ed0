/**
 * The editing session: which project is open, its plan (a cache of what IndexedDB holds), the
 * computed schedule, and the undo/redo history. Every edit arrives through dispatch(): run the
 * named command, record its inverse, write the touched rows through to storage.
 */
import { applyPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  planCommands, runCommand, touchedKeys, type ArgsOf, type CommandName, type CommandSpec, type TouchedKey,
} from '../domain/commands';
import type { IdFactory, Plan, Problem, ProjectId } from '../domain/model';
import { emptyHistory, pushEntry, type History, type HistoryEntry } from './history';

/** Storage as the store needs it; the app wires the Dexie repository in. */
export interface PlanPersistence {
  loadPlan(projectId: ProjectId): Promise<Plan | null>;
  applyChanges(plan: Plan, touched: readonly TouchedKey[]): Promise<void>;
}

export interface SessionDeps<Schedule> {
  readonly persistence: PlanPersistence;
  readonly newId: IdFactory;
  readonly now: () => string;
  /** Computes dates from the plan after every change; null when no engine is wired. */
  readonly schedule: (plan: Plan) => Schedule;
  /** A write that failed: the session reloads from storage, so nothing unsaved is shown. */
  readonly onWriteError: (problem: Problem) => void;
}

export interface SessionState<Schedule> {
  readonly projectId: ProjectId | null;
  readonly plan: Plan | null;
  readonly schedule: Schedule | null;
  readonly history: History;
  /** Bumped by every change; compared with savedRevision for the "unsaved changes" dot. */
  readonly revision: number;
  /** Revision last exported to a .plotline file. */
  readonly savedRevision: number;
  readonly pendingWrites: number;
  readonly lastProblem: Problem | null;
  readonly openProject: (projectId: ProjectId | null) => Promise<void>;
  /** Shows a plan that was just written to storage, without reading it back. */
  readonly adoptSavedPlan: (plan: Plan) => void;
  /** Runs a command; returns the refusal, or null when it applied (or changed nothing). */
  readonly dispatch: <N extends CommandName>(name: N, args: ArgsOf<N>) => Problem | null;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly pushWorkspaceEntry: (entry: Extract<HistoryEntry, { kind: 'workspace' }>) => void;
  readonly markSaved: () => void;
  readonly clearProblem: () => void;
}

export type SessionStore<Schedule> = StoreApi<SessionState<Schedule>>;

export function createSessionStore<Schedule>(deps: SessionDeps<Schedule>): SessionStore<Schedule> {
  return createStore<SessionState<Schedule>>()((set, get) => {
    /**
     * Writes a change; on failure reloads the plan from storage so the screen never lies. The
     * caller counts the write in pendingWrites in the same set() that shows the change, so
     * subscribers (menu state, dirty marker) never see "changed, nothing pending" in between.
     * Callers write first and show second: the write's IndexedDB requests then go out before
     * React renders the change (a sync render in the next microtask), and run beside it.
     */
    const persist = (before: Plan, after: Plan, patches: readonly Patch[]): void => {
      deps.persistence
        .applyChanges(after, touchedKeys(patches, before, after))
        .catch(async (error: unknown) => {
          deps.onWriteError({ message: `Could not save the last change: ${String(error)}` });
          await get().openProject(after.project.id);
        })
        .finally(() => set((s) => ({ pendingWrites: s.pendingWrites - 1 })));
    };

    const showPlan = (plan: Plan): Pick<SessionState<Schedule>, 'plan' | 'schedule'> => ({ plan, schedule: deps.schedule(plan) });

    /** Applies recorded patches (undo or redo) to the open plan, switching to its project first. */
    const replay = async (entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<void> => {
      if (entry.kind === 'workspace') {
        await (direction === 'undo' ? entry.undo() : entry.redo());
        return;
      }
      if (get().projectId !== entry.projectId) await get().openProject(entry.projectId);
      const before = get().plan;
      if (!before) return;
      const patches = direction === 'undo' ? entry.inverse : entry.patches;
      const after = applyPatches(before, patches as Patch[]);
      persist(before, after, patches);
      set((s) => ({ ...showPlan(after), revision: s.revision + 1, pendingWrites: s.pendingWrites + 1 }));
    };

    return {
      projectId: null,
      plan: null,
      schedule: null,
      history: emptyHistory,
      revision: 0,
      savedRevision: 0,
      pendingWrites: 0,
      lastProblem: null,

      async openProject(projectId) {
        if (projectId === null) {
          set({ projectId: null, plan: null, schedule: null });
          return;
        }
        const plan = await deps.persistence.loadPlan(projectId);
        if (!plan) {
          set({ projectId: null, plan: null, schedule: null, lastProblem: { message: 'That project no longer exists.' } });
          return;
        }
        set((s) => ({ projectId, ...showPlan(plan), revision: s.revision + 1, savedRevision: s.revision + 1 }));
      },

      adoptSavedPlan(plan) {
        set((s) => ({ projectId: plan.project.id, ...showPlan(plan), revision: s.revision + 1, savedRevision: s.revision + 1 }));
      },

      dispatch(name, args) {
        const { plan, projectId } = get();
        if (!plan || !projectId) return { message: 'Open a project first.' };
        // The registry maps each name to its own spec; TypeScript cannot correlate the two generically.
        const spec = planCommands[name] as CommandSpec<ArgsOf<typeof name>>;
        const result = runCommand(spec, plan, args, { newId: deps.newId, now: deps.now() });
        if (!result.ok) {
          set({ lastProblem: result.error });
          return result.error;
        }
        const outcome = result.value;
        if (outcome.patches.length === 0) return null;
        const entry: HistoryEntry = { kind: 'plan', projectId, label: outcome.label, patches: outcome.patches, inverse: outcome.inverse };
        persist(plan, outcome.plan, outcome.patches);
        set((s) => ({
          ...showPlan(outcome.plan), history: pushEntry(s.history, entry), revision: s.revision + 1, pendingWrites: s.pendingWrites + 1, lastProblem: null,
        }));
        return null;
      },

      async undo() {
        const entry = get().history.undo.at(-1);
        if (!entry) return;
        set((s) => ({ history: { undo: s.history.undo.slice(0, -1), redo: [...s.history.redo, entry] } }));
        await replay(entry, 'undo');
      },

      async redo() {
        const entry = get().history.redo.at(-1);
        if (!entry) return;
        set((s) => ({ history: { undo: [...s.history.undo, entry], redo: s.history.redo.slice(0, -1) } }));
        await replay(entry, 'redo');
      },

      pushWorkspaceEntry(entry) {
        set((s) => ({ history: pushEntry(s.history, entry) }));
      },

      markSaved() {
        set((s) => ({ savedRevision: s.revision }));
      },

      clearProblem() {
        set({ lastProblem: null });
      },
    };
  });
}
