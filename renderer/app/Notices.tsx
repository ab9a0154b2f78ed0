/** Transient messages (refused edits, failed writes, "Project deleted — Undo"). */
import { useEffect, useRef } from 'react';
import { useSession, useSessionStore, useUi, useUiStore } from '../store';

const NOTICE_MS = 6000;

export function Notices() {
  const notices = useUi((s) => s.notices);
  const ui = useUiStore();
  const problem = useSession((s) => s.lastProblem);
  const session = useSessionStore();

  // A refusal is about the edit just tried: once an edit goes through (a new step to undo), the
  // person has moved on or corrected it, and "'abc' is not a duration" must not sit over the
  // corrected cell. Sticky notices (data not saved) stay until dismissed.
  // Only notices shown before that step go: one raised with it (the same event) is about it, and stays.
  const lastStep = useSession((s) => s.history.undo[s.history.undo.length - 1]);
  const seenStep = useRef(lastStep);
  const shownBefore = useRef<ReadonlySet<number>>(new Set());
  useEffect(() => {
    const earlier = shownBefore.current;
    shownBefore.current = new Set(notices.map((n) => n.id));
    if (lastStep === seenStep.current) return;
    seenStep.current = lastStep;
    if (lastStep === undefined) return;
    for (const n of notices) if (n.tone === 'error' && n.sticky !== true && earlier.has(n.id)) ui.getState().dismiss(n.id);
  }, [lastStep, notices, ui]);

  // A refused edit becomes a notice, so every view reports refusals the same way.
  useEffect(() => {
    if (!problem) return;
    ui.getState().notify({ tone: 'error', message: problem.where ? `${problem.where}: ${problem.message}` : problem.message });
    session.getState().clearProblem();
  }, [problem, ui, session]);

  // Each notice times out on its own clock from when it appeared: a later notice (or a re-render)
  // must not restart an earlier one's ("Baseline saved." stayed up while other notices came and went).
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const live = new Set(notices.map((n) => n.id));
    for (const [id, timer] of timers.current) {
      if (!live.has(id)) { clearTimeout(timer); timers.current.delete(id); }
    }
    for (const n of notices) {
      if (n.sticky === true || timers.current.has(n.id)) continue;
      timers.current.set(n.id, setTimeout(() => { timers.current.delete(n.id); ui.getState().dismiss(n.id); }, NOTICE_MS));
    }
  }, [notices, ui]);
  useEffect(() => {
    const all = timers.current;
    return () => { for (const timer of all.values()) clearTimeout(timer); all.clear(); };
  }, []);

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
