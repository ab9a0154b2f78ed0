/** The sidebar's project list: switch, create, rename, duplicate and delete (undoable). */
import { useState } from 'react';
import { useProjectList, type ProjectSummary, type ProjectTrouble } from '../../db';
import type { Project, ProjectId } from '../../domain/model';
import { ConfirmDialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { Menu } from '../../components/Menu';
import { useSession, useSessionStore } from '../../store';
import { formatDate } from '../shared/format';
import { useServices } from '../shared/services';
import { useProjectActions } from './use-project-actions';
import { useSettingsDialogs } from '../settings/settings-dialogs';
import { LOADS_HOLIDAYS_ON_INTENT } from '../settings/public-holidays';

export function ProjectList() {
  const { repository } = useServices();
  const stored = useProjectList(repository);
  const openProject = useSession((s) => s.livePlan?.project ?? null);
  const projects = withOpenProject(stored, openProject);
  const activeId = useSession((s) => s.projectId ?? s.trouble?.projectId ?? null);
  const actions = useProjectActions();
  const [menuFor, setMenuFor] = useState<{ id: ProjectId; anchor: HTMLElement; focus: 'first' | 'last' } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<ProjectSummary | null>(null);
  const [renaming, setRenaming] = useState<ProjectId | null>(null);
  const session = useSessionStore();
  const settings = useSettingsDialogs();

  /** Renaming is a plan edit (undoable), so the project is opened first. */
  const rename = async (id: ProjectId, name: string): Promise<void> => {
    setRenaming(null);
    if (!name.trim()) return;
    if (session.getState().projectId !== id) await actions.open(id);
    session.getState().dispatch('updateProject', { changes: { name: name.trim() } });
  };

  /** Settings are edits of the open plan (undoable), so the project is opened first. */
  const openSettings = async (id: ProjectId): Promise<void> => {
    if (session.getState().projectId !== id) await actions.open(id);
    settings.show({ kind: 'project' });
  };

  return (
    <nav className="sidebar-section projects" aria-label="Projects">
      <div className="sidebar-heading">
        <span>Projects</span>
        <button type="button" className="icon-button" aria-label="New project" title="New project" {...LOADS_HOLIDAYS_ON_INTENT} onClick={() => settings.show({ kind: 'new-project' })}>
          <Icon name="plus" />
        </button>
      </div>
      <ul className="sidebar-list">
        {projects.map((p) => (
          <li key={p.id} className="project-row">
            {renaming === p.id ? (
              <input className="text-input rename-input" aria-label="Project name" defaultValue={p.name} autoFocus
                onBlur={(e) => void rename(p.id, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void rename(p.id, e.currentTarget.value);
                  if (e.key === 'Escape') setRenaming(null);
                }} />
            ) : (
              <button type="button" className="project-item" aria-current={p.id === activeId} onClick={() => void actions.open(p.id)}
                onDoubleClick={() => setRenaming(p.id)} aria-describedby={p.trouble ? `trouble-${p.id}` : undefined}>
                <span className="project-name">{p.name}</span>
              </button>
            )}
            {p.trouble ? <TroubleFlag id={`trouble-${p.id}`} trouble={p.trouble} /> : null}
            <button type="button" className="icon-button" aria-label={`Actions for ${p.name}`} aria-haspopup="menu" aria-expanded={menuFor?.id === p.id}
              disabled={!p.stored} title={p.stored ? undefined : 'Saving…'}
              onClick={(e) => setMenuFor(menuFor?.id === p.id ? null : { id: p.id, anchor: e.currentTarget, focus: 'first' })}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                e.preventDefault();
                setMenuFor({ id: p.id, anchor: e.currentTarget, focus: e.key === 'ArrowUp' ? 'last' : 'first' });
              }}>
              <Icon name="more" />
            </button>
            {menuFor?.id === p.id ? (
              <Menu anchor={menuFor.anchor} label={`Actions for ${p.name}`} focusFirst={menuFor.focus} onClose={() => setMenuFor(null)} entries={[
                { label: 'Rename', onSelect: () => setRenaming(p.id) },
                { label: 'Settings…', onSelect: () => void openSettings(p.id) },
                { label: 'Duplicate', onSelect: () => void actions.duplicate(p.id) },
                { label: 'Delete…', onSelect: () => setConfirmDelete(p) },
              ]} />
            ) : null}
          </li>
        ))}
      </ul>
      {confirmDelete ? (
        <ConfirmDialog
          title="Delete project?"
          // Undo as the toolbar and Ctrl+Z offer it (the browser build has no Edit menu), and only
          // while the window is open: a reload starts a new undo history.
          message={<>“{confirmDelete.name}”, starting {formatDate(confirmDelete.start)}, will be removed from the list. Undo (Ctrl+Z) brings it back while this window stays open.</>}
          confirmLabel="Delete project"
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() => { void actions.remove(confirmDelete.id); setConfirmDelete(null); }}
        />
      ) : null}
    </nav>
  );
}

type ListedProject = ProjectSummary & { readonly stored: boolean };

/**
 * The stored projects, and the open one while its first write is still in flight (a file opened as
 * a new project is shown before it is stored): the sidebar always lists what the window shows.
 * Until stored it has no actions (duplicating or deleting need its rows); renaming edits the open plan.
 * While the stored list is still loading (start-up) nothing is listed, rather than the open project alone as "Saving…".
 */
function withOpenProject(stored: readonly ProjectSummary[] | undefined, open: Project | null): readonly ListedProject[] {
  if (!stored) return [];
  const listed = stored.map((p) => ({ ...p, stored: true }));
  if (!open || listed.some((p) => p.id === open.id)) return listed;
  return [{ id: open.id, name: open.name, updatedAt: open.updatedAt, start: open.start, trouble: null, revision: '', stored: false }, ...listed];
}

/** The flag under a project whose stored data is wrong: what, in a few words, and the whole message on hover. */
function TroubleFlag({ id, trouble }: { id: string; trouble: ProjectTrouble }) {
  const what = trouble.kind === 'unopenable' ? 'Cannot be opened' : 'Damaged data set aside';
  const full = `${what}: ${trouble.message}${trouble.where ? ` (${trouble.where})` : ''}`;
  return (
    <span id={id} className="project-flag" data-kind={trouble.kind} title={full}>
      <span aria-hidden="true">⚠ </span>{what}<span className="visually-hidden">: {trouble.message}{trouble.where ? ` Where: ${trouble.where}` : ''}</span>
    </span>
  );
}
