/**
 * The File menu's actions: read a file (dialog, OS, drop, recent, snapshot), parse it off the main
 * thread, and show what it holds; nothing is added until the user chooses "Open as new project".
 * Save As and Export write through the platform (a download in the browser).
 */
import { useMemo } from 'react';
import { planHash, withSavedRevision } from '../../domain/diff';
import { admitPlan } from '../../domain/formats';
import { planAsTemplate } from '../../domain/lifecycle';
import { nameNotTaken, type Plan } from '../../domain/model';
import { planWithScheduledDates } from '../../domain/schedule';
import type { FileOpenOutcome, OpenFileResult, SnapshotInfo } from '../../platform';
import { useSessionStore, useUiStore } from '../../store';
import { knownLineage, rememberSave } from '../merge';
import { saidAsItOpens, useProjectActions } from '../projects/use-project-actions';
import { exportSource } from '../shared/export-source';
import { formatDateTime } from '../shared/format';
import { useServices } from '../shared/services';
import { asNewProject, buildPlotlineSave } from './export-plan';
import { useFileDialogs, type FileDialog } from './file-dialogs';
import { warmUpParser } from './parse-off-thread';
import { sizeRule } from './import-limits';
import { problemText, readFileToDialog } from './read-file';

export interface FileActions {
  readonly open: () => Promise<void>;
  /** Files over LARGE_FILE_CHARS ask first (import-limits.ts); `isLargeConfirmed` is the person's yes. */
  readonly receive: (outcome: OpenFileResult | FileOpenOutcome, snapshot?: SnapshotInfo, isLargeConfirmed?: boolean) => Promise<void>;
  /**
   * Adds a parsed plan as a new project in one transaction; false when the write failed.
   * `isAdmitted`: the import worker already ran the gate on this very plan (a file's plan as its
   * reader admitted it, a table import), so the window does not check it again; the session
   * schedules it before showing it, and refuses it when it cannot.
   */
  readonly addAsNewProject: (plan: Plan, fileName: string, snapshot?: SnapshotInfo, isAdmitted?: boolean) => Promise<boolean>;
  readonly saveAs: () => Promise<void>;
  /** Writes the plan as a template file (lifecycle/templates.ts): relative timing kept, this run's facts out. */
  readonly saveAsTemplate: () => Promise<void>;
  readonly openRecent: (path: string) => Promise<void>;
  readonly restoreSnapshot: (info: SnapshotInfo) => Promise<void>;
}


export function useFileActions(): FileActions {
  const { platform, newId, now, repository } = useServices();
  const dialogs = useFileDialogs();
  const session = useSessionStore();
  const ui = useUiStore();
  const { addPlan } = useProjectActions();

  return useMemo<FileActions>(() => {
    const showError = (title: string, message: string): void => dialogs.show({ kind: 'error', title, message });

    const receive = async (outcome: OpenFileResult | FileOpenOutcome, snapshot?: SnapshotInfo, isLargeConfirmed = false): Promise<void> => {
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'opened' && !isLargeConfirmed) {
        const rule = sizeRule(outcome.file.name, outcome.file.bytes?.byteLength ?? outcome.file.text.length);
        if (rule.kind === 'refuse') return showError(`Could not open “${outcome.file.name}”`, rule.message);
        if (rule.kind === 'ask') return dialogs.show({ kind: 'large-file', outcome, message: rule.message, ...(snapshot ? { snapshot } : {}) });
      }
      const reading = new AbortController();
      let busy: Extract<FileDialog, { kind: 'busy' }> | null = null;
      const onProgress = (progress: number | null): void => {
        // Only while the person still looks at this read's progress (not after Cancel).
        if (busy === null || dialogs.get() !== busy) return;
        busy = { ...busy, progress };
        dialogs.show(busy);
      };
      if (outcome.kind === 'opened') {
        busy = { kind: 'busy', message: `Reading “${outcome.file.name}”…`, onCancel: () => { reading.abort(); dialogs.show(null); } };
        dialogs.show(busy);
      }
      const next = await readFileToDialog(outcome, now(), snapshot, { onProgress, signal: reading.signal });
      if (reading.signal.aborted) {
        if (next?.kind === 'table') next.session.cancel();
        return;
      }
      dialogs.show(next);
    };

    const addAsNewProject = async (plan: Plan, fileName: string, snapshot?: SnapshotInfo, isAdmitted = false): Promise<boolean> => {
      // A file opened twice, or named as a project already here, is numbered: the sidebar never lists two alike.
      const wanted = snapshot ? `${plan.project.name} (snapshot ${formatDateTime(snapshot.createdAt)})` : plan.project.name;
      const name = nameNotTaken(wanted, (await repository.listProjects()).map((p) => p.name));
      // The gate again right before storing: whatever dialog built the plan, nothing that breaks
      // an invariant is ever saved. A plan the worker admitted passed it there; scheduling is
      // checked by addProject, which shows nothing and stores nothing it cannot schedule.
      const admitted = isAdmitted ? { ok: true as const, value: { plan } } : admitPlan(plan, 'import');
      if (!admitted.ok) {
        showError(`Could not add “${fileName}”`, `Nothing was added. ${problemText(admitted.error)}`);
        return false;
      }
      const started = performance.now();
      // The dialog closes as the plan is shown; the write goes behind its first paint ("Saving…"):
      // the file or snapshot is still there if the window goes meanwhile.
      const added = asNewProject(admitted.value.plan, newId, now(), name);
      const refused = await addPlan(added, snapshot ? 'Restore snapshot' : `Open ${fileName}`, { source: 'file', onShown: () => dialogs.show(null) });
      if (refused) {
        showError(`Could not add “${fileName}”`, `Nothing was added: ${refused}.`);
        return false;
      }
      // User Timing entries let the files bench split an import into parse and store.
      performance.measure('plotline:file-store', { start: started });
      // A .plotline, a .gan or an MS Project XML with nothing to price is first scheduled by the
      // session, not in the worker (scheduledByCaller), so tasks pushed to the scheduling horizon
      // and a loop among the links (one link of it ignored) are named here rather than in the summary.
      ui.getState().notify({ tone: 'info', message: [`Opened “${name}” as a new project.`, ...saidAsItOpens(session, added.project.id)].join(' ') });
      return true;
    };

    const saveAs = async (): Promise<void> => {
      // The live plan, never an open proposal's sandbox: saving must not bake proposed edits in.
      const { revision } = session.getState();
      const source = exportSource(session.getState(), 'live');
      if (!source) return;
      const { plan, schedule } = source;
      // Each save is a revision in the plan's lineage, its text kept here, so a colleague's copy of
      // this file can be merged from it later (features/merge).
      const saveRevision = { id: newId(), hash: planHash(plan), savedAt: now() };
      const saved = withSavedRevision(plan, await knownLineage(repository, plan), saveRevision);
      const request = buildPlotlineSave(saved, platform.appVersion, now(), schedule);
      if (!request.ok) {
        showError('Could not save the plan', request.error.message);
        return;
      }
      const result = await platform.saveFile(request.value);
      if (result.saved) {
        if (saved.project.lineage) await rememberSave(repository, plan.project.id, saved.project.lineage, saveRevision.id, typeof request.value.data === 'string' ? request.value.data : '');
        // Only mark saved when nothing changed while the dialog was open.
        if (session.getState().revision === revision) session.getState().markSaved();
        ui.getState().notify({ tone: 'info', message: `Saved “${result.name}”.` });
      } else if (result.reason === 'failed') {
        showError('Could not save the plan', result.message);
      }
    };

    const saveAsTemplate = async (): Promise<void> => {
      // The live plan, as Save As: an open proposal's edits are not the plan yet.
      const source = exportSource(session.getState(), 'live');
      if (!source) return;
      const { plan, schedule } = source;
      const name = `${plan.project.name} template`;
      const template = planAsTemplate(planWithScheduledDates(plan, schedule ?? undefined), { name, description: plan.project.description });
      const request = buildPlotlineSave({ ...template, project: { ...template.project, name } }, platform.appVersion, now());
      if (!request.ok) {
        showError('Could not save the template', request.error.message);
        return;
      }
      const result = await platform.saveFile(request.value);
      if (result.saved) ui.getState().notify({ tone: 'info', message: `Saved the template “${result.name}”. Start a project from it with New project → Template file.` });
      else if (result.reason === 'failed') showError('Could not save the template', result.message);
    };

    return {
      open: async () => {
        warmUpParser();
        await receive(await platform.openFile());
      },
      receive,
      addAsNewProject,
      saveAs,
      saveAsTemplate,
      openRecent: async (path) => receive(await platform.openRecent(path)),
      restoreSnapshot: async (info) => receive(await platform.readSnapshot({ projectId: info.projectId, id: info.id }), info),
    };
  }, [platform, newId, now, repository, dialogs, session, ui, addPlan]);
}
