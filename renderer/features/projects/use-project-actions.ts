/**
 * Project-level operations (create, duplicate, delete). They change the list of projects rather
 * than one plan: a creation is the first entry of the new project's own undo timeline (undoing it
 * removes that project), a deletion goes on the workspace timeline (its notice's Undo, or Edit →
 * Undo while no project is open), so Ctrl+Z in one project never changes another.
 */
import { useCallback } from 'react';
import { instantiateTemplate, templateInfoOf } from '../../domain/lifecycle';
import { emptyPlan, withDefaultPhases, type CalendarException, type LocalDateTime, type Plan, type ProjectId } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { useSessionStore, useUiStore, type AddOptions, type SessionStore } from '../../store';
import { useServices } from '../shared/services';

/** What the new-project dialog asks once: a name, the start date and the holidays of a region. */
export interface NewProjectOptions {
  readonly name?: string;
  /** YYYY-MM-DD; default next Monday. */
  readonly startDate?: string;
  /** Public holidays to put in the project calendar from the start. */
  readonly holidays?: readonly CalendarException[];
  /** The region they came from ('US', 'GB-ENG'). */
  readonly holidayRegion?: string;
  /** A template plan (built-in or read from a file) to start from instead of an empty plan. */
  readonly template?: Plan;
}

/** How a whole plan is added: where it comes from (when it is written, AddOptions) and who waits to see it. */
export interface AddPlanOptions extends AddOptions {
  /** Runs once the plan is on screen (its write may still be landing): a dialog that asked can close. */
  readonly onShown?: () => void;
}

export interface ProjectActions {
  /** `onShown` runs once the new project is on screen (its write already sent): the dialog that asked closes then. */
  readonly create: (options?: NewProjectOptions, onShown?: () => void) => Promise<void>;
  readonly duplicate: (projectId: ProjectId) => Promise<void>;
  readonly remove: (projectId: ProjectId) => Promise<void>;
  readonly open: (projectId: ProjectId) => Promise<void>;
  /**
   * Adds a whole plan (new, template, duplicate; `source: 'file'` for an import or a snapshot) as a
   * new project and opens it; undoable. The plan is on screen at once (`onShown` runs then: a dialog
   * can close); resolves to null once stored, or to why nothing was added (then the project shown
   * before is back).
   */
  readonly addPlan: (plan: Plan, label: string, options?: AddPlanOptions) => Promise<string | null>;
}

/** Next Monday 09:00, where a new plan starts by default. */
export function nextMonday(today: string): LocalDateTime {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return `${d.toISOString().slice(0, 10)}T09:00` as LocalDateTime;
}

/**
 * What a plan brought in whole says as it is shown (an opened file, a project made from a template
 * file): tasks pushed to the scheduling horizon and a loop among its links, one link of it ignored,
 * each task named with its row. Nothing when another project is shown by then.
 */
export function saidAsItOpens(session: SessionStore<ScheduleResult>, projectId: ProjectId): string[] {
  const shown = session.getState();
  if (shown.projectId !== projectId) return [];
  return (shown.liveSchedule?.issues ?? []).filter((issue) => issue.kind === 'horizon' || issue.kind === 'cycle').map((issue) => issue.message);
}

export function useProjectActions(): ProjectActions {
  const { repository, newId, now, today } = useServices();
  const session = useSessionStore();
  const ui = useUiStore();

  const open = useCallback(async (projectId: ProjectId) => {
    await session.getState().openProject(projectId);
    ui.getState().select([]);
  }, [session, ui]);

  /** The most recent project that is not flagged as unopenable, or none. */
  const openAnother = useCallback(async () => {
    const usable = (await repository.listProjects()).find((p) => p.trouble?.kind !== 'unopenable');
    await session.getState().openProject(usable?.id ?? null);
  }, [repository, session]);

  const addPlan = useCallback(async (plan: Plan, label: string, { onShown, ...options }: AddPlanOptions = {}): Promise<string | null> => {
    const previous = session.getState().projectId;
    ui.getState().select([]);
    // The plan in hand is what gets written and shown, never read back.
    const added = session.getState().addProject(plan, options);
    if (!added.ok) return added.problem.message;
    // A plan from a file is shown at once; one made here once it is stored (plan-store addProject):
    // the dialog is told when the project is on screen.
    const isShownAtOnce = session.getState().projectId === plan.project.id;
    let shownAt = performance.now();
    if (isShownAtOnce) onShown?.();
    const refused = await added.stored;
    if (!isShownAtOnce && !refused) {
      shownAt = performance.now();
      onShown?.();
    }
    // User Timing: the benches split an open into the part before the plan is shown and the write behind it.
    performance.measure('plotline:plan-write', { start: shownAt });
    if (refused) return `the database refused the write (${refused.message})`;
    session.getState().pushWorkspaceEntry({
      kind: 'workspace',
      label,
      projectId: plan.project.id,
      undo: async () => {
        session.getState().releaseProject();
        await repository.trashProject(plan.project.id, now());
        await session.getState().openProject(previous);
      },
      redo: async () => {
        await repository.restoreProject(plan.project.id);
        await open(plan.project.id);
      },
    });
    return null;
  }, [repository, session, ui, open, now]);

  /** A project the person asked for that could not be added: said, and nothing else changed. */
  const addOrSay = useCallback(async (plan: Plan, label: string, onShown?: () => void) => {
    const refused = await addPlan(plan, label, { onShown });
    if (refused) ui.getState().notify({ tone: 'error', sticky: true, message: `“${plan.project.name}” was not added: ${refused}.` });
  }, [addPlan, ui]);

  const create = useCallback(async (options: NewProjectOptions = {}, onShown?: () => void) => {
    const start = options.startDate ? `${options.startDate}T09:00` as LocalDateTime : nextMonday(today());
    const name = options.name?.trim() || 'Untitled project';
    const plan = options.template
      ? instantiateTemplate(options.template, { name, start, now: now(), newId })
      : withDefaultPhases(emptyPlan({ name, start, now: now(), newId }), newId);
    await addOrSay(withHolidays(plan, options), 'New project', onShown);
    // A template file may carry a loop (any .plotline serves as one): said as an opened file says it.
    const said = options.template ? saidAsItOpens(session, plan.project.id) : [];
    if (said.length === 0) return;
    const template = options.template ? templateInfoOf(options.template)?.name : undefined;
    const from = template === undefined ? 'from its template' : `from the template “${template}”`;
    ui.getState().notify({ tone: 'info', message: [`Started “${plan.project.name}” ${from}.`, ...said].join(' ') });
  }, [addOrSay, newId, now, today, session, ui]);

  const duplicate = useCallback(async (projectId: ProjectId) => {
    const outcome = await repository.openPlan(projectId);
    if (outcome.kind === 'unreadable') {
      ui.getState().notify({ tone: 'error', sticky: true, message: `Cannot duplicate a project that cannot be read: ${outcome.message}` });
      return;
    }
    if (outcome.kind === 'missing') return;
    const { plan } = outcome.stored;
    // Entity ids are unique per project ([projectId+id] keys), so the copy keeps them.
    const copy: Plan = { ...plan, project: { ...plan.project, id: newId() as ProjectId, name: `${plan.project.name} (copy)`, createdAt: now(), updatedAt: now() } };
    await addOrSay(copy, 'Duplicate project');
  }, [repository, addOrSay, newId, now, ui]);

  const remove = useCallback(async (projectId: ProjectId) => {
    const wasOpen = session.getState().projectId === projectId;
    // This window deletes it: no "deleted in another window" notice for its own deletion.
    if (wasOpen) session.getState().releaseProject();
    await repository.trashProject(projectId, now());
    if (wasOpen) await openAnother();
    const restore = async (): Promise<void> => {
      await repository.restoreProject(projectId);
      await open(projectId);
    };
    const entry = {
      kind: 'workspace' as const,
      label: 'Delete project',
      undo: restore,
      redo: async () => {
        if (session.getState().projectId === projectId) session.getState().releaseProject();
        await repository.trashProject(projectId, now());
        if (session.getState().projectId === projectId || session.getState().projectId === null) await openAnother();
      },
    };
    session.getState().pushWorkspaceEntry(entry);
    // The notice's Undo undoes this deletion even if other edits came after it.
    const undoThis = (): void => void session.getState().undoEntry(entry);
    ui.getState().notify({ tone: 'info', message: 'Project deleted.', action: { label: 'Undo', run: undoThis } });
  }, [repository, session, ui, open, now, openAnother]);

  return { create, duplicate, remove, open, addPlan };
}

/** A new plan's project calendar with the chosen region's holidays, and the region remembered. */
function withHolidays(plan: Plan, options: NewProjectOptions): Plan {
  const calendar = plan.calendars[plan.project.calendarId];
  if (!calendar || !options.holidays || options.holidays.length === 0) return plan;
  return {
    ...plan,
    project: options.holidayRegion ? { ...plan.project, holidayRegion: options.holidayRegion } : plan.project,
    calendars: { ...plan.calendars, [calendar.id]: { ...calendar, exceptions: [...calendar.exceptions, ...options.holidays] } },
  };
}
