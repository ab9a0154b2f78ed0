/** Transient messages (refused edits, failed writes, "Project deleted — Undo"). */
import { useEffect } from 'react';
import { useSession, useSessionStore, useUi, useUiStore } from '../store';

const NOTICE_MS = 6000;

export function Notices() {
  const notices = useUi((s) => s.notices);
  const ui = useUiStore();
  const problem = useSession((s) => s.lastProblem);
  const session = useSessionStore();

  // A refused edit becomes a notice, so every view reports refusals the same way.
  useEffect(() => {
    if (!problem) return;
    ui.getState().notify({ tone: 'error', message: problem.where ? `${problem.where}: ${problem.message}` : problem.message });
    session.getState().clearProblem();
  }, [problem, ui, session]);

  useEffect(() => {
    const oldest = notices.find((n) => n.sticky !== true);
    if (!oldest) return;
    const timer = setTimeout(() => ui.getState().dismiss(oldest.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notices, ui]);

  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-tone={n.tone} role={n.tone === 'error' ? 'alert' : undefined}>
          <span style={{ flex: 1 }}>{n.message}</span>
          {n.action ? (
            <button type="button" className="button" onClick={() => { n.action?.run(); ui.getState().dismiss(n.id); }}>{n.action.label}</button>
          ) : null}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => ui.getState().dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
