/**
 * The editing session: which project is open, its plan (a cache of what IndexedDB holds), the
 * computed schedule, and the undo/redo timelines (one per project). Every edit arrives through
 * dispatch(): run the named command, record its inverse, write the touched rows through to
 * storage, based on the stored revision this window last saw (see write-recovery.ts for what
 * happens when storage refuses).
 */
import { applyPatches, type Patch } from 'immer';
import { createStore } from 'zustand/vanilla';
import {
  CHANGE_COMMAND_NAMES, freezeEdited, planCommands, runCommand, touchedKeys, type ArgsOf, type CommandName, type CommandSpec,
} from '../domain/commands';
import { isProposalOpen } from '../domain/changes';
import { recordPlanEdit, withBareCollections, type ChangeRequestId, type Plan, type Problem, type ProjectId } from '../domain/model';
import { planEditOf, type PlanEdit } from '../domain/schedule';
import { entitiesMatch, entityStates, mismatchedNames } from './entity-states';
import {
  activeHistory, emptyHistories, forgetEntry, moveTop, recordEntry, timelineOf, visibleHistory, withTimeline,
  type Histories, type HistoryEntry, type PlanEntry,
} from './history';
import type { AddOptions, SessionDeps, StoredRevision, StoredTrouble } from './persistence';
import { proposeEdit, sandboxOf } from './proposal-sandbox';
import { scheduleProblem } from './schedule-trouble';
import type { SessionState, SessionStore } from './session-state';
import { createWriteRecovery, type PendingWrite } from './write-recovery';

export type { PlanPersistence, SessionDeps } from './persistence';
export type { OpenProposal } from './proposal-sandbox';
export type { AddOutcome, OpenTrouble, SessionState, SessionStore } from './session-state';

/** The fields a shown plan sets together. */
type Shown = 'plan' | 'schedule' | 'livePlan' | 'liveSchedule' | 'proposal';
/** Nothing open: the live fields cleared along with plan and schedule. */
const NO_PLAN = { livePlan: null, liveSchedule: null, proposal: null } as const;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Resolves once every write the session has sent has landed or been refused (pendingWrites back to 0). */
export function whenWritesLand(store: SessionStore<unknown>): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().pendingWrites === 0) {
      resolve();
      return;
    }
    const stop = store.subscribe((state) => {
      if (state.pendingWrites > 0) return;
      stop();
      resolve();
    });
  });
}

export function createSessionStore<Schedule>(deps: SessionDeps<Schedule>): SessionStore<Schedule> {
  return createStore<SessionState<Schedule>>()((set, get) => {
    /** The stored revision the next write is based on: the last one read, plus this window's writes in flight. */
    let basedOn = '';
    /** The last revision known to be stored (read, or left by a write that landed): a write based on it skips the read. */
    let confirmed = '';
    /** A project added in this window whose first write is in flight: its later writes wait for it (true once stored). */
    let adding: { readonly projectId: ProjectId; readonly stored: Promise<boolean> } | null = null;
    let stopWatching: (() => void) | null = null;
    /** The open proposal's request; showPlan clears it when the request is gone or decided. */
    let proposalId: ChangeRequestId | null = null;

    const setHistories = (histories: Histories): Pick<SessionState<Schedule>, 'histories' | 'history'> => ({
      histories, history: visibleHistory(histories, get().projectId),
    });

    /** Schedules a plan for display; a plan the engine cannot schedule is a Problem, not a crash. */
    const showPlan = (plan: Plan, edit: PlanEdit | null = null): { ok: true; shown: Pick<SessionState<Schedule>, Shown> } | { ok: false; problem: Problem } => {
      try {
        const liveSchedule = deps.schedule(plan, edit);
        const sandbox = sandboxOf(plan, proposalId);
        if (!sandbox.proposal) proposalId = null;
        const schedule = sandbox.plan === plan ? liveSchedule : deps.schedule(sandbox.plan);
        return { ok: true, shown: { plan: sandbox.plan, schedule, livePlan: plan, liveSchedule, proposal: sandbox.proposal } };
      } catch (error) {
        return { ok: false, problem: scheduleProblem(plan, error) };
      }
    };

    const reportTrouble = async (projectId: ProjectId, trouble: StoredTrouble): Promise<void> => {
      set((s) => ({ projectId: null, plan: null, schedule: null, ...NO_PLAN, dropped: [], trouble: { projectId, ...trouble }, history: s.histories.workspace }));
      await deps.persistence.setTrouble(projectId, { kind: 'unopenable', message: trouble.message, ...(trouble.where ? { where: trouble.where } : {}) });
    };

    /** Follows another window's writes to the open project (within a second: Dexie broadcasts them). */
    const watch = (projectId: ProjectId): void => {
      stopWatching?.();
      stopWatching = deps.persistence.watchRevision(projectId, (revision) => {
        const state = get();
        // Own writes, and refusals being recovered, are handled where they were made.
        if (state.projectId !== projectId || state.pendingWrites > 0 || revision === basedOn) return;
        const name = state.plan?.project.name ?? 'This project';
        if (revision === null) {
          stopWatching?.();
          stopWatching = null;
          set((s) => ({ projectId: null, plan: null, schedule: null, ...NO_PLAN, dropped: [], history: s.histories.workspace }));
          deps.notify({ tone: 'error', message: `“${name}” was deleted in another window.`, kind: 'project-gone' });
          return;
        }
        void reload(projectId);
      });
    };

    /** Reads the open project again (another window changed it); its timelines are kept, guarded by entity checks. */
    const reload = async (projectId: ProjectId): Promise<'reloaded' | 'gone' | 'broken'> => {
      const outcome = await deps.persistence.openPlan(projectId);
      if (get().projectId !== projectId && get().trouble?.projectId !== projectId) return 'gone';
      if (outcome.kind === 'missing') {
        set((s) => ({ projectId: null, plan: null, schedule: null, ...NO_PLAN, dropped: [], history: s.histories.workspace }));
        return 'gone';
      }
      if (outcome.kind === 'unreadable') {
        await reportTrouble(projectId, { kind: 'unopenable', message: outcome.message, ...(outcome.where ? { where: outcome.where } : {}) });
        return 'broken';
      }
      const shown = showPlan(outcome.stored.plan);
      if (!shown.ok) {
        await reportTrouble(projectId, { kind: 'unopenable', ...shown.problem });
        return 'broken';
      }
      basedOn = confirmed = outcome.stored.revision;
      set((s) => ({ ...shown.shown, dropped: outcome.stored.dropped, revision: s.revision + 1, savedRevision: s.revision + 1 }));
      return 'reloaded';
    };

    const recovery = createWriteRecovery({
      reload,
      currentPlan: () => get().livePlan,
      isOpen: (projectId) => get().projectId === projectId,
      forget: (entry, direction) => set((s) => {
        if (direction === 'do') return setHistories(forgetEntry(s.histories, entry));
        // A failed undo or redo puts its entry back where it was, so the menu offers it again.
        const timeline = timelineOf(entry);
        const back = moveTop(s.histories, timeline, direction === 'undo' ? 'redo' : 'undo');
        return setHistories(back.entry === entry ? back.histories : forgetEntry(s.histories, entry));
      }),
      notify: deps.notify,
    });

    /**
     * Writes a change based on the revision this window holds. The caller counts the write in
     * pendingWrites in the same set() that shows the change, so subscribers (menu state, dirty
     * marker) never see "changed, nothing pending" in between. Callers write first and show
     * second: the write's IndexedDB requests then go out before React renders the change.
     */
    const persist = (write: Omit<PendingWrite, 'generation'>): void => {
      const revision = basedOn;
      basedOn = deps.persistence.followingRevision(revision);
      const pending: PendingWrite = { ...write, generation: recovery.generation() };
      const send = (): Promise<void> => deps.persistence
        .applyChanges(write.after, touchedKeys(write.patches, write.before, write.after), revision, revision === confirmed)
        .then(
          (outcome) => {
            if (!outcome.ok) return recovery.refused(pending, outcome.revision === null ? 'gone' : 'stale');
            confirmed = outcome.revision;
            return undefined;
          },
          (error: unknown) => recovery.refused(pending, 'failed', describe(error)),
        );
      // An edit to a project whose first write is still on its way goes after it; if that write
      // failed, the project is gone from storage and from the screen, and the edit with it.
      const first = adding?.projectId === write.after.project.id ? adding.stored : null;
      const sent = first ? first.then((isStored) => (isStored ? send() : undefined)) : send();
      void sent.finally(() => set((s) => ({ pendingWrites: s.pendingWrites - 1 })));
    };

    /** A new project's first write: sent now, or for a plan still on disk once it is painted. */
    const saveAdded = async (added: Plan, source: AddOptions['source']): Promise<StoredRevision> => {
      if (source === 'file') await deps.afterPaint?.();
      return deps.persistence.addPlan(added);
    };

    /** Hands the project being left to `left` when all its writes have landed (only then is it what storage holds at basedOn). */
    const leave = (next: ProjectId | null): void => {
      const leaving = get();
      if (leaving.projectId !== null && leaving.projectId !== next && leaving.pendingWrites === 0 && leaving.livePlan && leaving.liveSchedule) {
        deps.left?.(leaving.livePlan, leaving.liveSchedule, basedOn);
      }
      stopWatching?.();
      stopWatching = null;
      proposalId = null;
    };

    /** An edit made while a proposal is open: run in the sandbox, then recorded on the request as one live command. */
    const proposeIn = (changeId: ChangeRequestId, name: string, args: unknown): Problem | null => {
      const sandbox = get().plan;
      if (!sandbox) return { message: 'Open a project first.' };
      const edit = proposeEdit(sandbox, name, args, { newId: deps.newId, now: deps.now() });
      if (!edit.ok) {
        set({ lastProblem: edit.error });
        return edit.error;
      }
      return edit.value === null ? null : dispatch('recordProposedEdit', { id: changeId, edit: edit.value });
    };

    const dispatch = <N extends CommandName>(name: N, args: ArgsOf<N>): Problem | null => {
      const { livePlan: plan, projectId } = get();
      if (!plan || !projectId) return { message: 'Open a project first.' };
      if (proposalId !== null && !CHANGE_COMMAND_NAMES.has(name)) return proposeIn(proposalId, name, args);
      // The registry maps each name to its own spec; TypeScript cannot correlate the two generically.
      const spec = planCommands[name] as CommandSpec<ArgsOf<typeof name>>;
      const result = runCommand(spec, plan, args, { newId: deps.newId, now: deps.now() });
      if (!result.ok) {
        set({ lastProblem: result.error });
        return result.error;
      }
      const outcome = result.value;
      if (outcome.patches.length === 0) return null;
      const shown = showPlan(outcome.plan, planEditOf(plan, outcome.patches));
      if (!shown.ok) {
        const problem = { ...shown.problem, message: `${outcome.label} was not applied: ${shown.problem.message}` };
        set({ lastProblem: problem });
        return problem;
      }
      const states = entityStates(outcome.patches, plan, outcome.plan);
      const entry: PlanEntry = { kind: 'plan', projectId, label: outcome.label, patches: outcome.patches, inverse: outcome.inverse, ...states };
      persist({ before: plan, after: outcome.plan, patches: outcome.patches, entry, direction: 'do', redo: () => get().dispatch(name, args) });
      set((s) => ({
        ...shown.shown, ...setHistories(recordEntry(s.histories, entry)), revision: s.revision + 1, pendingWrites: s.pendingWrites + 1, lastProblem: null,
      }));
      return null;
    };

    /** Replays an undo or redo of the open project, when its entities are still as the entry left them. */
    const replay = async (entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<void> => {
      if (entry.kind === 'workspace') {
        await (direction === 'undo' ? entry.undo() : entry.redo());
        return;
      }
      const before = get().livePlan;
      if (!before || get().projectId !== entry.projectId) return;
      const expected = direction === 'undo' ? entry.after : entry.before;
      if (!entitiesMatch(before, expected)) {
        // Another window changed what this entry would restore: replaying it would overwrite that silently.
        set((s) => ({
          ...setHistories(forgetEntry(s.histories, entry)),
          lastProblem: { message: `Cannot ${direction} “${entry.label}”: ${mismatchedNames(before, expected).join(', ')} changed since (in another window).` },
        }));
        return;
      }
      const patches = direction === 'undo' ? entry.inverse : entry.patches;
      const after = applyPatches(before, patches as Patch[]);
      freezeEdited(after, patches);
      recordPlanEdit(before, after, patches);
      const shown = showPlan(after, planEditOf(before, patches));
      if (!shown.ok) {
        set({ lastProblem: shown.problem });
        return;
      }
      persist({ before, after, patches, entry, direction });
      set((s) => ({ ...shown.shown, revision: s.revision + 1, pendingWrites: s.pendingWrites + 1 }));
    };

    const step = async (direction: 'undo' | 'redo'): Promise<void> => {
      const top = visibleHistory(get().histories, get().projectId)[direction].at(-1);
      if (!top) return;
      const moved = moveTop(get().histories, timelineOf(top), direction);
      if (!moved.entry) return;
      set(setHistories(moved.histories));
      await replay(moved.entry, direction);
    };

    return {
      projectId: null,
      plan: null,
      schedule: null,
      ...NO_PLAN,
      histories: emptyHistories,
      history: emptyHistories.workspace,
      revision: 0,
      savedRevision: 0,
      pendingWrites: 0,
      lastProblem: null,
      dropped: [],
      trouble: null,

      async openProject(projectId) {
        leave(projectId);
        if (projectId === null) {
          set((s) => ({ projectId: null, plan: null, schedule: null, ...NO_PLAN, dropped: [], trouble: null, history: s.histories.workspace }));
          return false;
        }
        const [outcome] = await Promise.all([deps.persistence.openPlan(projectId), deps.readAlongside?.(projectId)]);
        if (outcome.kind === 'missing') {
          set((s) => ({ projectId: null, plan: null, schedule: null, ...NO_PLAN, dropped: [], trouble: null, history: s.histories.workspace, lastProblem: { message: 'That project no longer exists.' } }));
          return false;
        }
        if (outcome.kind === 'unreadable') {
          await reportTrouble(projectId, { kind: 'unopenable', message: outcome.message, ...(outcome.where ? { where: outcome.where } : {}) });
          return false;
        }
        const shown = showPlan(outcome.stored.plan);
        if (!shown.ok) {
          await reportTrouble(projectId, { kind: 'unopenable', ...shown.problem });
          return false;
        }
        basedOn = confirmed = outcome.stored.revision;
        const { dropped } = outcome.stored;
        set((s) => ({
          projectId, ...shown.shown, dropped, trouble: null, history: visibleHistory(s.histories, projectId),
          revision: s.revision + 1, savedRevision: s.revision + 1,
        }));
        watch(projectId);
        await deps.persistence.setTrouble(projectId, dropped.length === 0 ? null : {
          kind: 'damaged', message: `${String(dropped.length)} damaged stored item${dropped.length === 1 ? ' was' : 's were'} set aside when it was opened.`,
        });
        return true;
      },

      releaseProject() {
        stopWatching?.();
        stopWatching = null;
      },

      addProject(added, { source = 'made-here' } = {}) {
        const plan = withBareCollections(added); // shown and edited as if read from storage; `added` is written
        const previous = get().projectId;
        const projectId = plan.project.id;
        // Shown as a plan of its own (no proposal of the project shown now); a plan that cannot be
        // scheduled leaves that project as it was, still followed and with its proposal open.
        const openProposalId = proposalId;
        proposalId = null;
        const shown = showPlan(plan);
        if (!shown.ok) {
          proposalId = openProposalId;
          return { ok: false, problem: shown.problem };
        }
        // A project made here exists nowhere else, so it is shown once IndexedDB has it: a page that
        // goes in the task that draws it (a crash, a reload) cannot lose it then. Sent before the
        // render was not enough in Chromium 156 while any earlier write was still waiting to commit
        // (revision-claims.ts; leaving a project writes one). A plan read from a file is still on
        // disk: shown first, written after its first paint (saveAdded).
        const isShownFirst = source === 'file';
        const expected = deps.persistence.addedRevision();
        const show = (): void => {
          leave(projectId);
          basedOn = expected;
          confirmed = '';
          set((s) => ({
            projectId, ...shown.shown, dropped: [], trouble: null, history: visibleHistory(s.histories, projectId),
            revision: s.revision + 1, savedRevision: s.revision + 1,
          }));
        };
        const saved = saveAdded(added, source);
        // Counted from the start either way: a window asked to close waits for it (snapshots.ts).
        set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
        if (isShownFirst) show();
        else proposalId = openProposalId; // the project shown now stays, with its proposal, until the new one is stored
        let settle: (isStored: boolean) => void = () => undefined;
        const first = { projectId, stored: new Promise<boolean>((resolve) => { settle = resolve; }) };
        adding = first;
        let isShown = isShownFirst;
        const write = async (): Promise<Problem | null> => {
          try {
            const revision = await saved;
            if (!isShown) {
              proposalId = null;
              show();
              isShown = true;
            }
            // Edits made meanwhile were based on `expected`; a project that somehow had rows gets refused edits, then a reload.
            if (get().projectId === projectId) {
              confirmed = revision;
              if (basedOn === expected) basedOn = revision;
            }
            settle(true);
            if (get().projectId === projectId) watch(projectId);
            return null;
          } catch (error) {
            settle(false);
            // Nothing was stored: the project leaves the screen, and what was shown before it comes back.
            if (isShown && get().projectId === projectId) await get().openProject(previous);
            return { message: describe(error) };
          } finally {
            if (adding === first) adding = null;
            set((s) => ({ pendingWrites: s.pendingWrites - 1 }));
          }
        };
        return { ok: true, stored: write() };
      },

      dispatch,

      openProposal(changeId) {
        const live = get().livePlan;
        const change = live?.changes[changeId];
        if (!live || !change) return { message: 'That change request no longer exists.' };
        if (!isProposalOpen(change.status)) return { message: `This request is ${change.status}: its proposal can no longer be edited.` };
        proposalId = changeId;
        const shown = showPlan(live);
        if (!shown.ok) {
          proposalId = null;
          set({ lastProblem: shown.problem });
          return shown.problem;
        }
        set(shown.shown);
        return null;
      },

      closeProposal() {
        proposalId = null;
        set((s) => ({ plan: s.livePlan, schedule: s.liveSchedule, proposal: null }));
      },

      undo: () => step('undo'),
      redo: () => step('redo'),

      pushWorkspaceEntry(entry) {
        set((s) => setHistories(recordEntry(s.histories, entry)));
      },

      async undoEntry(entry) {
        const timeline = timelineOf(entry);
        const history = activeHistory(get().histories, timeline);
        if (!history.undo.includes(entry)) return;
        const moved = { undo: history.undo.filter((e) => e !== entry), redo: [...history.redo, entry] };
        set((s) => setHistories(withTimeline(s.histories, timeline, moved)));
        await entry.undo();
      },

      async discardDropped() {
        const { livePlan: plan } = get();
        if (!plan) return;
        const outcome = await deps.persistence.discardDamaged(plan, basedOn);
        if (outcome.ok) {
          basedOn = confirmed = outcome.revision;
          set({ dropped: [] });
          deps.notify({ tone: 'info', message: 'The damaged stored data was removed.' });
        } else {
          await reload(plan.project.id);
          deps.notify({ tone: 'error', message: 'Nothing was removed: another window changed this project first. It has been reloaded.' });
        }
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

