/**
 * What the person sees when stored data is wrong: a project that cannot be opened (in place of a
 * view) and the data set aside while opening one (a banner above the view). Each says what is
 * wrong and where, and offers the ways forward: restore a snapshot, save the raw stored data to a
 * file, or try again / discard what could not be read.
 */
import { useState } from 'react';
import { describeDropped, useProjectList } from '../../db';
import type { ProjectId } from '../../domain/model';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { useServices } from '../shared/services';

/** Saves everything stored for a project, as stored, through the platform's save dialog (a download in the browser). */
function useSaveRawData(): (projectId: ProjectId, name: string) => Promise<void> {
  const { repository, platform } = useServices();
  const ui = useUiStore();
  return async (projectId, name) => {
    const data = await repository.rawProject(projectId);
    const safeName = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80) || 'project';
    const result = await platform.saveFile({ suggestedName: `${safeName} (stored data).json`, filters: [{ name: 'JSON', extensions: ['json'] }], data });
    if (result.saved) ui.getState().notify({ tone: 'info', message: `Saved the stored data of “${name}” to “${result.name}”.` });
    else if (result.reason === 'failed') ui.getState().notify({ tone: 'error', message: `Could not save the stored data: ${result.message}`, sticky: true });
  };
}

export function ProjectTroublePanel({ onRestoreSnapshot }: { onRestoreSnapshot: () => void }) {
  const trouble = useSession((s) => s.trouble);
  const session = useSessionStore();
  const saveRaw = useSaveRawData();
  const { repository } = useServices();
  const projects = useProjectList(repository);
  if (!trouble) return null;
  const title = projects?.find((p) => p.id === trouble.projectId)?.name ?? 'This project';
  return (
    <section className="project-trouble-panel" role="alert" aria-label="Project could not be opened">
      <h2>“{title}” could not be opened</h2>
      <p>{trouble.message}</p>
      {trouble.where ? <p className="trouble-where"><strong>Where:</strong> {trouble.where}</p> : null}
      <p className="muted">Nothing was changed or deleted: the stored data stays as it is. Your other projects are not affected.</p>
      <div className="trouble-actions">
        <button type="button" className="button primary" onClick={onRestoreSnapshot}>Restore a snapshot…</button>
        <button type="button" className="button" onClick={() => void saveRaw(trouble.projectId, title)}>Save the stored data to a file…</button>
        <button type="button" className="button" onClick={() => void session.getState().openProject(trouble.projectId)}>Try again</button>
      </div>
    </section>
  );
}

/** Shown above the view while the open project has stored data that was set aside. */
export function DroppedDataBanner() {
  const dropped = useSession((s) => s.dropped);
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  const saveRaw = useSaveRawData();
  const [isOpen, setOpen] = useState(false);
  if (dropped.length === 0 || !plan) return null;
  const count = dropped.length === 1 ? 'One damaged stored item was' : `${String(dropped.length)} damaged stored items were`;
  return (
    <section className="dropped-banner" role="alert" aria-label="Damaged data set aside">
      <p>
        <strong>{count} set aside</strong> when “{plan.project.name}” was opened; everything else is here.
        {' '}The damaged data stays in storage, untouched, until you decide (edits to the tasks stored beside it wait until then).
      </p>
      <button type="button" className="button ghost" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>{isOpen ? 'Hide details' : 'Show what was set aside'}</button>
      {isOpen ? (
        <ul className="dropped-list" aria-label="Set aside">
          {dropped.map((d) => <li key={`${d.collection}/${String(d.bucket)}/${d.id ?? ''}`}>{describeDropped(d)}</li>)}
        </ul>
      ) : null}
      <div className="trouble-actions">
        <button type="button" className="button" onClick={() => void saveRaw(plan.project.id, plan.project.name)}>Save the stored data to a file…</button>
        <button type="button" className="button" onClick={() => void session.getState().discardDropped()}>Remove the damaged data</button>
      </div>
    </section>
  );
}
