/** The open project's title (click to rename), its dates and counts, save state, undo/redo and theme. */
import { useState } from 'react';
import { Icon } from '../components/Icon';
import { formatCount, formatDate } from '../features/shared/format';
import { FileMenu } from '../features/files';
import { ScheduleIssues } from '../features/schedule/ScheduleIssues';
import { formatDuration, type Plan } from '../domain/model';
import { useServices } from '../features/shared/services';
import { useSettingsDialogs } from '../features/settings';
import { useSession, useSessionStore, useUiStore } from '../store';
import { useShownTheme } from './use-theme';

export function TopBar() {
  const plan = useSession((s) => s.plan);
  const pending = useSession((s) => s.pendingWrites);
  const undoLabel = useSession((s) => s.history.undo.at(-1)?.label ?? null);
  const redoLabel = useSession((s) => s.history.redo.at(-1)?.label ?? null);
  const session = useSessionStore();
  const ui = useUiStore();
  const shownTheme = useShownTheme();
  // The button names what it does: the theme it switches to, the opposite of the one on screen.
  const otherTheme = shownTheme === 'dark' ? 'light' : 'dark';
  const { platform } = useServices();
  const [editing, setEditing] = useState(false);
  const settings = useSettingsDialogs();
  const mod = platform.os === 'mac' ? '⌘' : 'Ctrl+';
  const commitName = (name: string): void => {
    setEditing(false);
    if (name.trim() && name !== plan?.project.name) session.getState().dispatch('updateProject', { changes: { name: name.trim() } });
  };
  return (
    <header className="topbar">
      {/* The name and, under it in a narrow window, the plan's dates (app.css). */}
      <div className="topbar-heading">
        {plan && editing ? (
          <input className="text-input title-input" aria-label="Project name" defaultValue={plan.project.name} autoFocus
            onBlur={(e) => commitName(e.currentTarget.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') commitName(e.currentTarget.value); if (e.key === 'Escape') setEditing(false); }} />
        ) : (
          <h1 title={`${plan?.project.name ?? ''} (click to rename)`} onClick={() => setEditing(true)}>{plan?.project.name ?? 'No project open'}</h1>
        )}
        {plan ? <PlanSummary plan={plan} /> : null}
      </div>
      <span className="spacer" />
      <ScheduleIssues />
      {plan ? <span className="save-state" data-state={pending > 0 ? 'saving' : 'saved'}>{pending > 0 ? 'Saving…' : 'Saved'}</span> : null}
      <FileMenu />
      {plan ? (
        <button type="button" className="icon-button" aria-label="Project settings" title={`Project settings (${mod},)`}
          onClick={() => settings.show({ kind: 'project' })}><Icon name="settings" /></button>
      ) : null}
      <button type="button" className="icon-button" aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'} title={`${undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'} (${mod}Z)`}
        disabled={!undoLabel} onClick={() => void session.getState().undo()}><Icon name="undo" /></button>
      <button type="button" className="icon-button" aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'} title={`${redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'} (${mod}Shift+Z)`}
        disabled={!redoLabel} onClick={() => void session.getState().redo()}><Icon name="redo" /></button>
      <button type="button" className="button ghost" aria-label={`Switch to ${otherTheme} theme`} title={`Switch to ${otherTheme} theme`}
        onClick={() => ui.getState().setTheme(otherTheme)}>
        {shownTheme === 'dark' ? '☀ Light' : '☾ Dark'}
      </button>
    </header>
  );
}

/**
 * The plan's dates (start → finish, the status date when it has one), then its critical path and
 * task count. A narrow bar cuts the line from its end ("…"): the dates go first, and the tooltip
 * holds the whole line.
 */
function PlanSummary({ plan }: { plan: Plan }) {
  const projectFinish = useSession((s) => s.schedule?.projectFinish ?? null);
  const firstTaskStart = useSession((s) => s.schedule?.firstTaskStart ?? null);
  const criticalMinutes = useSession((s) => s.schedule?.criticalPathMinutes ?? null);
  const finish = projectFinish ? formatDate(projectFinish) : '…';
  // Only a status date the plan has: without one, progress is read as of today.
  const status = plan.project.statusDate ? ` · status date ${formatDate(plan.project.statusDate)}` : '';
  const facts = `${criticalMinutes !== null ? ` · critical path ${formatDuration(criticalMinutes, plan.project)}` : ''} · ${formatCount(Object.keys(plan.tasks).length, 'task')}`;
  return (
    <span className="meta" title={`${startTitle(plan.project.start, firstTaskStart)} → ${finish}${status}${facts}`}>
      <span className="meta-dates">
        {formatDate(shownStart(plan.project.start, firstTaskStart))} → <span title="Project finish">{finish}</span>{status}
      </span>
      {facts}
    </span>
  );
}

/**
 * The start the top bar shows: the project's, or the first task's when no work starts on the
 * project's start day any more (a status date moved the unstarted work past it), so the bar does
 * not show a day on which nothing happens.
 */
function shownStart(projectStart: string, firstTaskStart: string | null): string {
  return firstTaskStart !== null && firstTaskStart.slice(0, 10) > projectStart.slice(0, 10) ? firstTaskStart : projectStart;
}

function startTitle(projectStart: string, firstTaskStart: string | null): string {
  const shown = shownStart(projectStart, firstTaskStart);
  return shown === projectStart ? formatDate(projectStart) : `First task starts ${formatDate(shown)} (project start ${formatDate(projectStart)})`;
}
